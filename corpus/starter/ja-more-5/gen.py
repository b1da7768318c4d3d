#!/usr/bin/env python3
"""Render the ja-more-5 messages (spam/*.eml, ham/*.eml, labels.tsv).

Standard library only.  The texts live in texts.py; ../mailgen.py turns each
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

import mailgen  # noqa: E402
from texts import MESSAGES  # noqa: E402

# receiving side, by recipient domain: (MX host, MX address, mailbox host)
RECEIVERS = {
    "example.ne.jp": ("mx.example.ne.jp", "198.51.100.25", "mbox03.example.ne.jp"),
    "example.jp": ("mx.example.jp", "198.51.100.60", "imap.example.jp"),
    "example.co.jp": ("mx1.example.co.jp", "198.51.100.40", "mail.example.co.jp"),
    "example.or.jp": ("mx.example.or.jp", "192.0.2.90", "mbox.example.or.jp"),
    "example.com": ("mx01.example.com", "203.0.113.10", "pop.example.com"),
    "example.net": ("mx-in2.example.net", "198.51.100.110", "store1.example.net"),
    "freemail.example.com": ("mx.freemail.example.com", "203.0.113.30", "box7.freemail.example.com"),
    "hinode-seiki.example.co.jp": ("mx.hinode-seiki.example.co.jp", "203.0.113.141",
                                   "mail.hinode-seiki.example.co.jp"),
    "kumoi.test": ("mx.kumoi.test", "203.0.113.201", "imap.kumoi.test"),
    "sasanami.example": ("mx.sasanami.example", "198.51.100.171", "mail.sasanami.example"),
}


def render(m):
    return mailgen.render(m, RECEIVERS)


if __name__ == "__main__":
    mailgen.write_set(HERE, MESSAGES, render)
