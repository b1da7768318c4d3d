#!/usr/bin/env python3
"""Check the ja-holdout-2 messages against texts.py: what ../holdcheck.py
checks, under the rules of the first held-out sets (EarlySet), with Date
headers in 2024 or 2025, the brand names below, and apple.com also allowed
as bare host text.

    python3 check.py            # exit status 1 on any failure
    python3 check.py --stats    # also print counts by kind, charset,
                                # encoding, family by class, relay styles
    python3 check.py --iconv    # also decode every text part with iconv(1)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(HERE)]
sys.dont_write_bytecode = True  # keep the folders free of __pycache__

import gen  # noqa: E402
import holdcheck  # noqa: E402
from texts import MESSAGES  # noqa: E402

# real brands that spam in this set imitates; they may appear in ham bodies
# as text, but never as a ham sender's display name
BRANDS = ("amazon", "apple", "icloud", "microsoft", "onedrive", "google", "line", "zoom",
          "jcb", "sbi", "paypay", "yahoo", "三井住友", "楽天", "三菱", "ゆうちょ", "りそな",
          "野村", "佐川", "日本郵便", "ヤマト", "クロネコ", "えきねっと", "東京電力", "デジタル庁",
          "ドコモ", "ソフトバンク", "メルカリ", "ハッピーメール")

if __name__ == "__main__":
    holdcheck.main(holdcheck.EarlySet(HERE, MESSAGES, gen.render, gen.RECEIVERS,
                                     years=(2024, 2025), brands=BRANDS,
                                     brand_text={"amazon.co.jp", "amazon.com", "apple.com"}))
