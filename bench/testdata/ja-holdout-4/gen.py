#!/usr/bin/env python3
"""Render the ja-holdout-4 messages (spam/*.eml, ham/*.eml, labels.tsv).

Standard library only.  The texts live in texts.py; ../holdgen.py turns each
record into a raw RFC 5322 message with LF line ends, received by the sites
below.  Everything that looks random (queue ids, Message-IDs, MIME
boundaries) is derived from the message path, so reruns are byte-identical:

    python3 gen.py          # writes spam/, ham/, labels.tsv next to this file
    python3 check.py        # parses every message and compares with texts.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(HERE)]
sys.dont_write_bytecode = True  # keep the folders free of __pycache__

import holdgen  # noqa: E402
from texts import MESSAGES  # noqa: E402

# receiving side, by recipient domain: (MX host, MX address, mailbox host
# or None).  With a mailbox host the MX hands the message on by LMTP, which
# adds a second Received line; without one the MX stores it itself.  The
# receiving side depends only on the recipient, never on the class.
RECEIVERS = {
    "example.ne.jp": ("mx01.example.ne.jp", "198.51.100.31", None),
    "keitai.example.ne.jp": ("mx.keitai.example.ne.jp", "198.51.100.160", None),
    "hikari.example.net": ("mx.hikari.example.net", "203.0.113.150", None),
    "ichou-sekkei.test": ("mx.ichou-sekkei.test", "192.0.2.66", None),
    "mail.example.com": ("mx.mail.example.com", "198.51.100.88", "store03.mail.example.com"),
    "kawasemi-kogyo.example.co.jp": ("mx.kawasemi-kogyo.example.co.jp", "203.0.113.28",
                                     "mbx01.kawasemi-kogyo.example.co.jp"),
    "sakuranbo-soft.example": ("mx.sakuranbo-soft.example", "192.0.2.91", "imap.sakuranbo-soft.example"),
    "campus.example.ac.jp": ("mx.campus.example.ac.jp", "198.51.100.205", "mstore.campus.example.ac.jp"),
    "nanohana.example.org": ("mx.nanohana.example.org", "203.0.113.99", None),
}


def render(m):
    return holdgen.render(m, RECEIVERS)


if __name__ == "__main__":
    holdgen.write_set(HERE, MESSAGES, render)
