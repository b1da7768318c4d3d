"""Render a held-out set's messages (spam/*.eml, ham/*.eml, labels.tsv).

Standard library only; shared by the gen.py of ja-holdout, -2, -3, -4 and
-5, which hold what differs from set to set (the receiving sites).  Each
record of a set's texts.py becomes a raw RFC 5322 message with LF line ends.
Everything that looks random (queue ids, Message-IDs, MIME boundaries) is
derived from the message path, so reruns are byte-identical.

The held-out sets are independent of the starter mail in content only: the
MIME and RFC 2047 mechanics (encoded words, transfer encodings, attachment
names, multiparts, writing the set) are the starter sets' renderer,
corpus/starter/mailgen.py.  What a held-out message is made of is this
module's own: its Received chain (hop_steps), an HTML-only body when text is
None, a mislabelled body (declare), Q-encoded display names (qname) and its
own placeholder for HTML attachments.
"""
import email.utils
import os
import sys

sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, os.pardir,
                             "corpus", "starter"))

import mailgen  # noqa: E402
from mailgen import CHARSETS, addr_domain, digest, parse_date, write_set  # noqa: E402,F401

# an .html attachment of a held-out message: no script, no link
HTML_ATTACHMENT = (b"<!DOCTYPE html>\n<html><body>\n"
                   b"<!-- placeholder attachment of a test message; no script, no link -->\n"
                   b"</body></html>\n")


def placeholder(filename, kind):
    """Small, harmless attachment content standing in for a real file."""
    if kind == "html":
        return HTML_ATTACHMENT
    return mailgen.placeholder(filename, kind)


class Fallback(dict):
    """A receivers table that makes up the receiving side of a recipient
    domain it does not list (ja-holdout and -2)."""

    def __missing__(self, dom):
        return ("mx." + dom, "198.51.100.250", "mail." + dom)


def header_charset(m):
    """charset of the encoded words in headers (hcharset, default charset)"""
    return m.get("hcharset", m["charset"])


def rcpt_of(m):
    to = m["to"]
    if isinstance(to, str):
        return m["rcpt"]
    return m.get("rcpt", to[0][1])


def hop_steps(m, receivers):
    """(LMTP step, submission step) of m's Received chain.  receivers maps a
    recipient domain to (MX host, MX address, mailbox host or None).  The MX
    always adds a line; with a mailbox host it hands the message on by LMTP,
    which adds a second (unless the record says hops=1); the sender's own
    authenticated submission adds a third when the record has client or
    says hops=3."""
    hops = m.get("hops", 2)
    if hops not in (1, 2, 3):
        raise ValueError("%s: hops must be 1, 2 or 3" % m["path"])
    mbox = receivers[addr_domain(rcpt_of(m))][2]
    return mbox is not None and hops >= 2, hops == 3 or "client" in m


def hop_count(m, receivers):
    """Received lines of m: 1 to 3 (see hop_steps)."""
    lmtp, submission = hop_steps(m, receivers)
    return 1 + lmtp + submission


def received_lines(m, date, rcpt, receivers):
    mx, mx_ip, mbox = receivers[addr_domain(rcpt)]
    lmtp, submission = hop_steps(m, receivers)
    sub = None
    if submission:
        # the sender's own submission step: client machine -> outgoing relay
        cli_host, cli_ip = m.get("client", ("[192.0.2.1]", "192.0.2.1"))
        sub = (cli_host, cli_ip, m["via"][0], 12)
    return mailgen.received_chain(m, date, rcpt, mx, mx_ip, mbox, lmtp, sub)


def render(m, receivers):
    """The raw bytes of the message of record m (see hop_steps)."""
    charset = header_charset(m)
    body_cs = m["charset"]
    declare = m.get("declare")
    cte = m["cte"]
    date = parse_date(m["date"])
    name, addr = m["sender"]
    to = m["to"]
    rcpt = rcpt_of(m)
    qname = m.get("qname", False)
    if isinstance(to, str):
        to_header = to
    else:
        to_header = ",\n ".join(mailgen.mailbox(n, a, charset, qname) for n, a in to)
    h = digest(m["path"])

    lines = ["Return-Path: <%s>" % m.get("ret", addr)]
    lines += received_lines(m, date, rcpt, receivers)
    lines.append("Date: " + email.utils.format_datetime(date))
    lines.append("From: " + mailgen.mailbox(name, addr, charset, qname))
    lines.append("To: " + to_header)
    lines.append(mailgen.subject_header(m["subject"], charset, m.get("qsubj", False)))
    lines.append("Message-ID: <%s.%s@%s>" % (date.strftime("%Y%m%d%H%M%S"), h[:16], addr_domain(addr)))
    for k, v in m.get("headers", []):
        if not mailgen.is_ascii(v):
            raise ValueError("%s: extra header %s is not ASCII" % (m["path"], k))
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    head = ("\n".join(lines) + "\n").encode("ascii")

    if m.get("text") is None:
        # HTML-only message
        body_part = mailgen.text_part("html", m["html"], body_cs, cte, declare=declare)
    else:
        plain = mailgen.text_part("plain", m["text"], body_cs, cte, declare=declare)
        if m.get("html"):
            body_part = mailgen.multipart("alternative", "=_alt_" + h[16:40],
                                          [plain, mailgen.text_part("html", m["html"], body_cs, cte,
                                                                    declare=declare)])
        else:
            body_part = plain
    if m.get("attach"):
        parts = [body_part] + [mailgen.attachment_part(fn, ct, kind, m["fname"], charset, make=placeholder)
                               for fn, ct, kind in m["attach"]]
        top = mailgen.multipart("mixed", "=_mix_" + h[40:64], parts)
    else:
        top = body_part
    return head + top[0] + b"\n" + top[1]
