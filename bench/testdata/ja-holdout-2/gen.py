#!/usr/bin/env python3
"""Render the ja-holdout-2 messages (spam/*.eml, ham/*.eml, labels.tsv).

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

# receiving side, by recipient domain: (MX host, MX address, mailbox host);
# a domain not listed gets mx.<domain> and mail.<domain> (holdgen.Fallback)
RECEIVERS = holdgen.Fallback({
    "example.ne.jp": ("mx01.example.ne.jp", "198.51.100.31", "pop12.example.ne.jp"),
    "mail.example.com": ("mx.mail.example.com", "198.51.100.90", "mstore07.mail.example.com"),
    "docomo.example.ne.jp": ("mx.docomo.example.ne.jp", "198.51.100.130", "mbox.docomo.example.ne.jp"),
    "kasumi-kogyo.example.co.jp": ("mx.kasumi-kogyo.example.co.jp", "203.0.113.10",
                                   "exch01.kasumi-kogyo.example.co.jp"),
    "nishiki-soft.example.jp": ("mx1.nishiki-soft.example.jp", "192.0.2.44",
                                "mail.nishiki-soft.example.jp"),
})


def render(m):
    return holdgen.render(m, RECEIVERS)


if __name__ == "__main__":
    holdgen.write_set(HERE, MESSAGES, render)
