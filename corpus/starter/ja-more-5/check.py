#!/usr/bin/env python3
"""Check the ja-more-5 messages against texts.py: what ../setcheck.py checks,
with at least 35 hard ham and exactly 60 spam and 60 ham records, plus this
set's own rules: plain bodies may have 1 to 40 lines (the set holds one-line
and link-only mail), hosts are also looked for after HTML-entity and
%-decoding, in URL userinfo and as decimal, hex and octal IPv4 hosts
(url_tricks), and weekday dates are checked in the Subject too.  Its broken
mail (body_codec, hcodec, raw_subject, cte_lie) and inline pictures are
checked by setcheck.py wherever a record carries them.

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
    setcheck.main(setcheck.StarterSet(HERE, MESSAGES, gen.render, min_hard_ham=35, expected={"spam": 60, "ham": 60},
                                      min_lines=1, url_tricks=True, subject_dates=True))
