#!/usr/bin/env python3
"""Check the ja-holdout-3 messages against texts.py: what ../holdcheck.py
checks, with Date headers in 2025, this set's brand names and hard ham kinds
(below), bare host names looked for without the reserved top-level domains,
and no separate check of a URL's userinfo.

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
# as text, but never in a ham sender's display name
BRANDS = ("amazon", "apple", "icloud", "iphone", "microsoft", "windows", "outlook", "onedrive",
          "google", "line", "yahoo", "docomo", "ntt", "au", "kddi", "sbi", "nhk", "etc",
          "jcb", "visa", "paypay",
          "みずほ", "三井住友", "住信", "三菱", "ゆうちょ", "jaバンク", "セゾン", "イオン",
          "エポス", "マネックス", "カブコム", "ドコモ", "ソフトバンク", "メルカリ", "楽天",
          "ヤマト", "日本郵便", "佐川", "東京ガス", "東京電力", "国税庁", "年金機構",
          "デジタル庁", "受信料")
# ham kinds that share vocabulary with phishing or sales spam
HARD_HAM = ("bank-notice", "card-notice", "securities-notice", "otp", "password-reset",
            "payment-failure", "renewal", "delivery-notice", "points-expiry",
            "sale-newsletter", "winner-notice", "recruiter", "it-warning", "gov-notice")

if __name__ == "__main__":
    holdcheck.main(holdcheck.HoldoutSet(HERE, MESSAGES, gen.render, gen.RECEIVERS, years=(2025,),
                                       brands=BRANDS, hard_ham=HARD_HAM,
                                       real_tlds=holdcheck.REAL_TLDS_34, userinfo=False))
