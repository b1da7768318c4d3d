#!/usr/bin/env python3
"""Check the ja-more messages against texts.py: what ../setcheck.py checks
for each message, under this set's own, narrower rules (below): fewer
reserved names, fewer top-level domains looked for in bare host names, a
shorter brand list, and weekday dates only as 3月14日（金）.  The set was not
written to mix sender-domain families across the classes, so there are no
set-level checks.

    python3 check.py            # exit status 1 on any failure
    python3 check.py --stats    # also print counts by kind, charset, encoding,
                                # and domain families / relay styles by class
    python3 check.py --iconv    # also decode every text part with iconv(1)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(HERE)]
sys.dont_write_bytecode = True  # keep the folders free of __pycache__

import gen  # noqa: E402
import setcheck  # noqa: E402
from texts import MESSAGES  # noqa: E402

RESERVED = ("example", "example.jp", "example.co.jp", "example.ne.jp", "example.com")
REAL_TLDS = r"(?:com|net|org|jp|io|me|info|biz|cn|hk|ru|us|uk|de|co|ne|ac|go|or)"
WEEKDAY = re.compile(r"(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日[（(]([月火水木金土日])[）)]")
# real brands that may appear in spam display names but never in ham ones
BRANDS = ("三井住友", "三菱UFJ", "みずほ", "ゆうちょ", "楽天", "Amazon", "アマゾン", "Apple", "Microsoft",
          "Google", "LINE", "Instagram", "ドコモ", "docomo", "au", "ソフトバンク", "SoftBank", "ヤマト",
          "佐川", "日本郵便", "国税", "東京電力", "東京ガス", "NEXCO", "ETC", "JAL", "ANA", "エポス",
          "JCB", "イオン", "セゾン", "PayPay", "メルカリ", "NHK", "警察", "裁判所")

if __name__ == "__main__":
    setcheck.main(setcheck.StarterSet(HERE, MESSAGES, gen.render, set_checks=False, reserved=RESERVED,
                                      real_tlds=REAL_TLDS, brands=BRANDS, weekdays=(WEEKDAY,)))
