"""Render a starter set's messages (spam/*.eml, ham/*.eml, labels.tsv).

Standard library only; shared by the gen.py of every ja-more set, which
holds what differs from set to set (the receiving sites).  Each record of a
set's texts.py becomes a raw RFC 5322 message with LF line ends.
Everything that looks random (queue ids, Message-IDs, MIME boundaries) is
derived from the message path, so reruns are byte-identical.

Besides the usual fields, a record may describe broken or unusual mail
(ja-more-5): body_codec / hcodec (the codec that really makes the body
bytes / the header words when it is not the labelled charset), raw_subject
(an unencoded 8-bit Subject), cte_lie (a "7bit" label on 8-bit bytes) and
inline (pictures of a multipart/related HTML body, by Content-ID).

The MIME and RFC 2047 helpers are also used by bench/testdata/holdgen.py,
which renders the held-out sets.
"""
import base64
import datetime
import email.utils
import hashlib
import io
import os
import quopri
import struct
import zipfile
import zlib
from urllib.parse import quote

JST = datetime.timezone(datetime.timedelta(hours=9))

# charset name in texts.py -> (Python codec, label written in headers)
CHARSETS = {
    "iso-2022-jp": ("iso2022_jp", "ISO-2022-JP"),
    "shift_jis": ("shift_jis", "Shift_JIS"),
    "utf-8": ("utf-8", "UTF-8"),
    "euc-jp": ("euc_jp", "EUC-JP"),
    # what Windows mailers really send under the Shift_JIS label: CP932
    # (NEC special characters such as ① and IBM extensions included)
    "cp932": ("cp932", "Shift_JIS"),
}

def digest(*parts):
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()


def parse_date(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=JST)


def is_ascii(s):
    return all(ord(c) < 0x80 for c in s)


# ---------------------------------------------------------------------------
# character encoding
# ---------------------------------------------------------------------------
def encode_text(text, codec):
    """Encode body text; ISO-2022-JP returns to ASCII before every line end."""
    if codec == "iso2022_jp":
        return b"\n".join(line.encode(codec) for line in text.split("\n"))
    return text.encode(codec)


Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def q_word_text(b):
    out = []
    for c in b:
        if c == 0x20:
            out.append("_")
        elif c in Q_SAFE:
            out.append(chr(c))
        else:
            out.append("=%02X" % c)
    return "".join(out)


def encoded_words(s, charset, q=False, limit=75, real=None):
    """Split s into RFC 2047 encoded words of at most limit characters,
    cutting only between characters.  real: the codec that really makes the
    bytes when it differs from the labelled charset (cp932 bytes labelled
    Shift_JIS, as old Windows mailers write them)."""
    codec, label = CHARSETS[charset]
    codec = real or codec

    def enc(chunk):
        b = chunk.encode(codec)
        if q:
            return "=?%s?Q?%s?=" % (label, q_word_text(b))
        return "=?%s?B?%s?=" % (label, base64.b64encode(b).decode("ascii"))

    words, cur = [], ""
    for ch in s:
        if cur and len(enc(cur + ch)) > limit:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return words


def subject_header(value, charset, q, real=None):
    if is_ascii(value):
        return "Subject: " + value
    # a leading ASCII run ending at a space ("Re: ", "[ml:123] ") stays as is
    first = next(i for i, c in enumerate(value) if ord(c) >= 0x80)
    cut = value.rfind(" ", 0, first) + 1
    prefix, rest = value[:cut], value[cut:]
    words = encoded_words(rest, charset, q, real=real)
    return "Subject: " + prefix + "\n ".join(words)


def mailbox(name, addr, charset, q=False, real=None):
    """A From/To address; a non-ASCII display name becomes one B (or, with
    q, Q) encoded word."""
    if name is None:
        return addr
    if is_ascii(name):
        return '"%s" <%s>' % (name, addr) if any(c in name for c in ".,;:@") else "%s <%s>" % (name, addr)
    words = encoded_words(name, charset, q, real=real)
    if len(words) != 1:
        # several adjacent encoded words in a display name decode with spaces
        # between them in some parsers; keep names short enough for one word
        raise ValueError("display name too long for one encoded word: %r" % name)
    return "%s <%s>" % (words[0], addr)


# ---------------------------------------------------------------------------
# MIME parts
# ---------------------------------------------------------------------------
def transfer_encode(raw, cte, lie=False):
    """lie=True: a "7bit" label on 8-bit bytes, as broken mailers send it."""
    if cte in ("7bit", "8bit"):
        if cte == "7bit" and not lie and any(c >= 0x80 for c in raw):
            raise ValueError("7bit part carries 8-bit bytes")
        return raw if raw.endswith(b"\n") else raw + b"\n"
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        out = quopri.encodestring(raw)
        return out if out.endswith(b"\n") else out + b"\n"
    raise ValueError("unknown transfer encoding %r" % cte)


def text_part(subtype, text, charset, cte, real=None, lie=False, declare=None):
    """real: the codec that really encodes the text when it is not the
    declared charset (a "broken charset" message); declare: a charset name
    whose label is written instead of charset's (a mislabelled message whose
    bytes stay in charset); lie: see transfer_encode."""
    codec, label = CHARSETS[charset]
    if declare:
        label = CHARSETS[declare][1]
    head = "Content-Type: text/%s; charset=%s\nContent-Transfer-Encoding: %s\n" % (subtype, label, cte)
    return head.encode("ascii"), transfer_encode(encode_text(text, real or codec), cte, lie)


# 1x1 images standing in for pictures (a transparent GIF, a white PNG)
GIF_1X1 = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")


def png_1x1():
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff")) + chunk(b"IEND", b""))


def placeholder(filename, kind):
    """Small, harmless attachment content standing in for a real file."""
    if kind == "pdf":
        return (b"%PDF-1.4\n"
                b"% placeholder attachment of a test message; not a real document\n"
                b"% " + filename.encode("utf-8") + b"\n%%EOF\n")
    if kind == "ics":
        return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//example//placeholder//JA\r\n"
                "BEGIN:VEVENT\r\nUID:%s@example.jp\r\nDTSTAMP:20250101T000000Z\r\n"
                "DTSTART:20250101T010000Z\r\nDTEND:20250101T020000Z\r\n"
                "SUMMARY:placeholder\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                % digest(filename)[:16]).encode("ascii")
    if kind == "html":
        # an HTML "form" attachment as phishing mail carries it, without any form
        return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n"
                "<p>placeholder attachment of a test message; not a real page</p>\n"
                "<!-- %s -->\n</body></html>\n" % filename).encode("utf-8")
    if kind in ("zip", "xlsx"):
        # an .xlsx is a zip container too; here both hold one short text file
        inner = filename.rsplit(".", 1)[0] + ".txt"
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
            zi = zipfile.ZipInfo(inner, date_time=(2025, 1, 1, 0, 0, 0))
            zi.flag_bits |= 0x800  # UTF-8 member name
            z.writestr(zi, "placeholder attachment of a test message; nothing to run\n")
        return buf.getvalue()
    if kind == "gif":
        return GIF_1X1
    if kind == "png":
        return png_1x1()
    raise ValueError("unknown attachment kind %r" % kind)


def rfc2231_params(param, value, limit=60):
    """filename*=UTF-8''... or, when long, filename*0*= / filename*1*= ..."""
    chunks, cur = [], ""
    for ch in value:
        piece = quote(ch, safe="")
        if cur and len(cur) + len(piece) > limit:
            chunks.append(cur)
            cur = piece
        else:
            cur += piece
    chunks.append(cur)
    if len(chunks) == 1:
        return ["%s*=UTF-8''%s" % (param, chunks[0])]
    out = []
    for i, c in enumerate(chunks):
        out.append("%s*%d*=%s%s" % (param, i, "UTF-8''" if i == 0 else "", c))
    return out


def attachment_part(filename, ctype, kind, style, charset, make=placeholder):
    """An attachment whose content make(filename, kind) gives."""
    if style == "rfc2231":
        # what Thunderbird writes: an encoded word in name= for old readers,
        # RFC 2231 in filename= for everyone else
        name = " ".join(encoded_words(filename, "utf-8"))
        ct = '%s;\n name="%s"' % (ctype, name)
        cd = "attachment;\n " + ";\n ".join(rfc2231_params("filename", filename))
    elif style == "rfc2231-only":
        # RFC 2231 in both name= and filename=
        ct = ctype + ";\n " + ";\n ".join(rfc2231_params("name", filename))
        cd = "attachment;\n " + ";\n ".join(rfc2231_params("filename", filename))
    elif style == "word":
        # what many Windows mailers write: encoded words in quoted parameters
        name = " ".join(encoded_words(filename, charset))
        ct = '%s;\n name="%s"' % (ctype, name)
        cd = 'attachment;\n filename="%s"' % name
    else:
        raise ValueError("unknown filename style %r" % style)
    head = "Content-Type: %s\nContent-Disposition: %s\nContent-Transfer-Encoding: base64\n" % (ct, cd)
    return head.encode("ascii"), base64.encodebytes(make(filename, kind))


def inline_part(filename, ctype, kind, cid):
    """An inline picture of a multipart/related message, named by Content-ID."""
    head = ('Content-Type: %s;\n name="%s"\nContent-Disposition: inline;\n filename="%s"\n'
            "Content-ID: <%s>\nContent-Transfer-Encoding: base64\n" % (ctype, filename, filename, cid))
    return head.encode("ascii"), base64.encodebytes(placeholder(filename, kind))


def multipart(subtype, boundary, parts):
    head = ('Content-Type: multipart/%s;\n boundary="%s"\n' % (subtype, boundary)).encode("ascii")
    body = b"This is a multi-part message in MIME format.\n\n"
    for h, b in parts:
        # the line break before a boundary belongs to the boundary, so every
        # part ends with one more line break than its content
        body += b"--" + boundary.encode("ascii") + b"\n" + h + b"\n" + b + b"\n"
    body += b"--" + boundary.encode("ascii") + b"--\n"
    return head, body


# ---------------------------------------------------------------------------
# whole message
# ---------------------------------------------------------------------------
def addr_domain(addr):
    return addr.rsplit("@", 1)[1]


def received_chain(m, date, rcpt, mx, mx_ip, mbox, lmtp, submission=None):
    """The Received fields of m, newest first: the mailbox host's LMTP hop
    (when lmtp), the MX's ESMTP hop from m["via"], and the sender's own
    submission hop when submission is (client host, client address,
    relay, length of its queue id)."""
    helo, rdns, ip = m["via"]
    h = digest(m["path"], "received")
    t_ext = date + datetime.timedelta(seconds=2 + int(h[0:2], 16) % 9)
    t_int = t_ext + datetime.timedelta(seconds=1)

    def stamp(t):
        return email.utils.format_datetime(t) + " (JST)"

    ext_id = ("4" + h[2:14]).upper()
    lines = ["Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
             % (helo, rdns, ip, mx, ext_id, rcpt, stamp(t_ext))]
    if submission:
        cli_host, cli_ip, relay, id_len = submission
        t_sub = date + datetime.timedelta(seconds=1)
        lines.append("Received: from %s (unknown [%s])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
                     % (cli_host, cli_ip, relay, h[24:24 + id_len].upper(), rcpt, stamp(t_sub)))
    if lmtp:
        int_id = h[14:24].upper()
        lines.insert(0, "Received: from %s (%s [%s])\n\tby %s (Postfix) with LMTP id %s\n\tfor <%s>; %s"
                     % (mx, mx, mx_ip, mbox, int_id, rcpt, stamp(t_int)))
    return lines


def received_lines(m, date, rcpt, receivers):
    """The Received fields of m; receivers maps a recipient domain to its
    (MX host, MX address, mailbox host)."""
    dom = addr_domain(rcpt)
    mx, mx_ip, mbox = receivers.get(dom, ("mx." + dom, "198.51.100.250", "mail." + dom))
    hops = m.get("hops", 2)
    if hops not in (1, 2, 3):
        raise ValueError("%s: hops must be 1, 2 or 3" % m["path"])
    # with 3 hops the sender's own submission server handed the message to "via"
    submission = (m["origin"][0], m["origin"][1], m["via"][1], 10) if hops == 3 else None
    return received_chain(m, date, rcpt, mx, mx_ip, mbox, hops >= 2, submission)


def render(m, receivers):
    """The raw bytes of the message of record m (see received_lines)."""
    charset = m["charset"]
    # header charset: many mailers write ISO-2022-JP encoded words whatever the body
    hcs = m.get("hcharset", charset)
    hreal = m.get("hcodec")     # real codec of header words / raw subject
    breal = m.get("body_codec")  # real codec of the body bytes
    lie = m.get("cte_lie", False)
    cte = m["cte"]
    if lie and cte != "7bit":
        raise ValueError("%s: cte_lie needs cte 7bit" % m["path"])
    date = parse_date(m["date"])
    name, addr = m["sender"]
    to = m["to"]
    if isinstance(to, str):
        to_header = to
        rcpt = m["rcpt"]
    else:
        to_header = ",\n ".join(mailbox(n, a, hcs, real=hreal) for n, a in to)
        rcpt = m.get("rcpt", to[0][1])
    h = digest(m["path"])

    lines = ["Return-Path: <%s>" % m.get("ret", addr)]
    lines += received_lines(m, date, rcpt, receivers)
    lines.append("Date: " + email.utils.format_datetime(date))
    lines.append("From: " + mailbox(name, addr, hcs, real=hreal))
    lines.append("To: " + to_header)
    if m.get("raw_subject"):
        # unencoded 8-bit subject in the real codec (or the header charset's)
        lines.append(None)
    else:
        lines.append(subject_header(m["subject"], hcs, m.get("qsubj", False), hreal))
    lines.append("Message-ID: <%s.%s@%s>" % (date.strftime("%Y%m%d%H%M%S"), h[:16], addr_domain(addr)))
    for k, v in m.get("headers", []):
        if not is_ascii(v):
            raise ValueError("%s: extra header %s is not ASCII" % (m["path"], k))
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    head = b""
    for line in lines:
        if line is None:
            head += b"Subject: " + encode_text(m["subject"], hreal or CHARSETS[hcs][0]) + b"\n"
        else:
            head += line.encode("ascii") + b"\n"

    if m.get("html_only"):
        body_part = text_part("html", m["html"], charset, cte, breal, lie)
    elif m.get("html"):
        plain = text_part("plain", m["text"], charset, cte, breal, lie)
        body_part = multipart("alternative", "=_alt_" + h[16:40],
                              [plain, text_part("html", m["html"], charset, cte, breal, lie)])
    else:
        body_part = text_part("plain", m["text"], charset, cte, breal, lie)
    if m.get("inline"):
        if not m.get("html"):
            raise ValueError("%s: inline pictures need an HTML body" % m["path"])
        body_part = multipart("related", "=_rel_" + h[8:32],
                              [body_part] + [inline_part(*i) for i in m["inline"]])
    if m.get("attach"):
        parts = [body_part] + [attachment_part(fn, ct, kind, m["fname"], hcs)
                               for fn, ct, kind in m["attach"]]
        top = multipart("mixed", "=_mix_" + h[40:64], parts)
    else:
        top = body_part
    return head + top[0] + b"\n" + top[1]


def write_set(here, messages, render):
    """Write every record of messages, rendered by render, under here, with
    labels.tsv, and remove the .eml files no record names."""
    seen = set()
    labels = []
    for m in messages:
        path = m["path"]
        if path in seen:
            raise SystemExit("duplicate path %s" % path)
        seen.add(path)
        try:
            data = render(m)
        except (ValueError, UnicodeError) as e:
            raise SystemExit("%s: %s" % (path, e))
        full = os.path.join(here, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(data)
        labels.append("%s\t%s" % (path, path.split("/", 1)[0]))
    # remove stale .eml files no longer in texts.py
    os.makedirs(os.path.join(here, "spam"), exist_ok=True)
    os.makedirs(os.path.join(here, "ham"), exist_ok=True)
    for d in ("spam", "ham"):
        for fn in sorted(os.listdir(os.path.join(here, d))):
            if fn.endswith(".eml") and "%s/%s" % (d, fn) not in seen:
                os.remove(os.path.join(here, d, fn))
    labels.sort()
    with open(os.path.join(here, "labels.tsv"), "w", encoding="ascii", newline="\n") as f:
        f.write("\n".join(labels) + "\n")
    print("wrote %d messages" % len(labels))

