#!/usr/bin/env python3
"""Render the ja-holdout-5 messages (spam/*.eml, ham/*.eml, labels.tsv).

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
    "example.ne.jp": ("mx02.example.ne.jp", "198.51.100.52", None),
    "mobile.example.ne.jp": ("mx.mobile.example.ne.jp", "198.51.100.170", None),
    "hoshizora.example.net": ("mail-in.hoshizora.example.net", "203.0.113.140", None),
    "mail.example.com": ("mx.mail.example.com", "198.51.100.88", "store07.mail.example.com"),
    "tsubame-denki.example.co.jp": ("mx1.tsubame-denki.example.co.jp", "203.0.113.35",
                                    "mbox.tsubame-denki.example.co.jp"),
    "momiji-shoji.test": ("mx.momiji-shoji.test", "192.0.2.75", None),
    "kurumi-lab.example": ("mx.kurumi-lab.example", "192.0.2.120", "dovecot.kurumi-lab.example"),
    "univ.example.ac.jp": ("mx.univ.example.ac.jp", "198.51.100.215", "mstore.univ.example.ac.jp"),
    "aozora.example.org": ("mx.aozora.example.org", "203.0.113.101", None),
}


def render(m):
    return holdgen.render(m, RECEIVERS)


if __name__ == "__main__":
    holdgen.write_set(HERE, MESSAGES, render)
