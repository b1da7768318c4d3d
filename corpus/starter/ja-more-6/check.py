#!/usr/bin/env python3
"""Check the ja-more-6 messages against texts.py: what ../setcheck.py checks, with
at least 45 hard ham and exactly 40 spam and 80 ham records.

    python3 check.py            # exit status 1 on any failure
    python3 check.py --stats    # also print counts by kind, charset, encoding,
                                # and domain families / relay styles by class
    python3 check.py --iconv    # also decode every text part with iconv(1)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(HERE)]
sys.dont_write_bytecode = True  # keep the folders free of __pycache__

import gen  # noqa: E402
import setcheck  # noqa: E402
from texts import MESSAGES  # noqa: E402

if __name__ == "__main__":
    setcheck.main(setcheck.StarterSet(HERE, MESSAGES, gen.render, min_hard_ham=45, expected={"spam": 40, "ham": 80}))
