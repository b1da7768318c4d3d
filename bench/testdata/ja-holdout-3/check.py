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

if __name__ == "__main__":
    holdcheck.main(holdcheck.HoldoutSet(HERE, MESSAGES, gen.render, gen.RECEIVERS, years=(2025,),
                                       brands=holdcheck.BRANDS_3, hard_ham=holdcheck.HARD_HAM_3,
                                       real_tlds=holdcheck.REAL_TLDS_34, userinfo=False))
