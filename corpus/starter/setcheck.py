"""Check a starter set's messages against its texts.py.

Standard library only; shared by the check.py of every ja-more set, which
gives its numbers and, where a set differs, its own rules (StarterSet).
For every record in texts.py:

  * the .eml file is byte-identical to what gen.py renders now;
  * the raw bytes have LF line ends only, ASCII-only headers (except a
    raw_subject line), no line longer than 998 bytes, and no 8-bit byte in a
    7bit part (except cte_lie, which must really carry 8-bit bytes);
  * email.message_from_bytes(policy=email.policy.default) parses it with no
    defects (except the notes about encoded words inside quoted attachment
    names, which real mailers write; see QUOTED_WORD_NOTES, and the hcodec
    notes, see HCODEC_NOTES), and the decoded Subject, From/To display names
    and addresses, text/plain and text/html bodies (get_content()), declared
    charsets, transfer encodings, inline pictures and attachment
    names/contents equal the texts;
  * broken mail is checked against what it really is: a record with
    body_codec must decode with that codec to its text and must NOT decode
    to it with the declared charset; hcodec does the same for the header
    words (decoded by hand); raw_subject is read from the raw header bytes
    with the real codec; inline pictures (multipart/related) must match
    their cid: references in the HTML;
  * no decoded string holds U+FFFD;
  * every host name (URLs, mail addresses, Received, Message-ID, Reply-To,
    List-* headers) is under a reserved name (StarterSet.reserved, default
    RESERVED_SUFFIXES) and every IPv4 address is in a documentation range;
    with StarterSet.url_tricks also after HTML-entity and %-decoding, in the
    userinfo and the host of a URL, with decimal, hex and octal IPv4 forms
    (http://3221225985/, http://0xc0.0.2.1/) counted as addresses;
  * every date written with a weekday, like 3月14日（金） or 2025/3/14(金),
    in the bodies (and with StarterSet.subject_dates the Subject), falls on
    that weekday;
  * plain-text bodies have StarterSet.min_lines (default 5) to 40 lines, and
    no ham From display name holds a real brand name (genuine notices come
    from invented organizations).

And for the set as a whole: labels.tsv matches texts.py; unless
StarterSet.set_checks is off, no sender-domain family (see FAMILIES) with
10 or more messages is more than 70% one class, at least
StarterSet.min_hard_ham ham messages are marked hard=True, and the set
holds StarterSet.expected records per class:

    python3 check.py            # exit status 1 on any failure
    python3 check.py --stats    # also print counts by kind, charset, encoding,
                                # and domain families / relay styles by class
    python3 check.py --iconv    # also decode every text part with iconv(1)
"""
import base64
import collections
import datetime
import email
import email.policy
import html
import ipaddress
import os
import quopri
import re
import subprocess
import sys
import urllib.parse

import mailgen

# RFC 2606 / RFC 6761 names and the JPRS-reserved example names of .jp
RESERVED_SUFFIXES = ("example", "test", "invalid",
                     "example.com", "example.net", "example.org",
                     "example.jp", "example.co.jp", "example.ne.jp", "example.or.jp",
                     "example.ac.jp", "example.go.jp", "example.lg.jp")
JP_RESERVED = ("example.jp", "example.co.jp", "example.ne.jp", "example.or.jp",
               "example.ac.jp", "example.go.jp", "example.lg.jp")
COM_RESERVED = ("example.com", "example.net", "example.org")
# sender-domain families, in the order the stats print them
FAMILIES = ("jp-reserved", "example.com-family", ".example", ".test", ".invalid")
MAX_SHARE = 0.70     # no family with MIN_FAMILY+ messages may be more one class
MIN_FAMILY = 10
DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
# brand names that look like host names but appear only as text
BRAND_TEXT = {"amazon.co.jp", "amazon.com"}
REAL_TLDS = r"(?:com|net|org|jp|io|me|info|biz|cn|hk|ru|us|uk|de|co|ne|ac|go|or|lg|xyz|top|shop|site|online|cc)"

URL_HOST = re.compile(r"https?://([^/\s:?#\"'<>]+)")
# with url_tricks: the whole authority (userinfo, host, port), any case
URL_AUTHORITY = re.compile(r"https?://([^/\s?#\"'<>]+)", re.I)
MAIL_HOST = re.compile(r"[\w.+*-]+@([\w-]+(?:\.[\w-]+)+)", re.ASCII)
IPV4 = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
RECEIVED_HOSTS = re.compile(r"from (\S+) \((\S+) \[[^\]]+\]\)\s+by (\S+)")
WEEKDAY = re.compile(r"(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日\s?[（(]([月火水木金土日])[）)]")
# 2025/3/14(金), 3/14（金）
SLASH_WEEKDAY = re.compile(r"(?<![\d/])(?:(\d{4})/)?(\d{1,2})/(\d{1,2})\s?[（(]([月火水木金土日])[）)]")
# real brands that may appear in spam display names but never in ham ones
BRANDS = ("三井住友", "三菱UFJ", "みずほ", "ゆうちょ", "楽天", "Amazon", "アマゾン", "Apple", "Microsoft",
          "Google", "LINE", "Instagram", "ドコモ", "docomo", "au", "ソフトバンク", "SoftBank", "ヤマト",
          "佐川", "日本郵便", "国税", "東京電力", "東京ガス", "NEXCO", "ETC", "JAL", "ANA", "エポス",
          "JCB", "イオン", "セゾン", "PayPay", "メルカリ", "NHK", "警察", "裁判所",
          "SBI", "野村", "マネックス", "Yahoo", "ヤフー", "えきねっと", "JR", "NTT", "KDDI",
          "McAfee", "マカフィー", "Norton", "ノートン", "デジタル庁", "年金機構", "関西電力",
          "Visa", "VISA", "Mastercard", "iCloud", "Windows", "ビューカード", "e-Tax")
WEEKDAYS = "月火水木金土日"


def bare_host_pattern(real_tlds):
    """Host names ending in one of real_tlds, written without a scheme."""
    return re.compile(r"(?<![\w.%-])((?:[a-z0-9-]+\.)+" + real_tlds + r")(?![\w-]|\.\w)",
                      re.ASCII | re.IGNORECASE)


class StarterSet:
    """One starter set: its folder, its records (texts.py), its renderer
    (gen.render), the least number of ham marked hard=True, and the records
    per class it must hold (None: any).  The keyword options are the set's
    own rules where it differs from ja-more-2, -3, -4 and -6:

      min_lines      the fewest lines a plain body may have;
      url_tricks     look for hosts after HTML-entity and %-decoding, in a
                     URL's userinfo, and read numeric IPv4 hosts
                     (3221225985, 0xc0.0.2.1) as addresses;
      subject_dates  check weekday dates in the Subject too;
      set_checks     run the set-level checks (family shares, hard ham,
                     counts); off, check.py reports per message only;
      reserved, real_tlds, brands, weekdays
                     the reserved host suffixes, the top-level domains a
                     bare host name is looked for with, the brands no ham
                     display name may hold, and the weekday-date patterns.

    A set with inline pictures (multipart/related) finds its attachments by
    walking all parts, and its inline parts are checked against the records.
    """

    def __init__(self, here, messages, render, min_hard_ham=0, expected=None, *, min_lines=5,
                 url_tricks=False, subject_dates=False, set_checks=True, reserved=RESERVED_SUFFIXES,
                 real_tlds=REAL_TLDS, brands=BRANDS, weekdays=(WEEKDAY, SLASH_WEEKDAY)):
        self.here = here
        self.messages = messages
        self.render = render
        self.min_hard_ham = min_hard_ham
        self.expected = expected
        self.min_lines = min_lines
        self.url_tricks = url_tricks
        self.subject_dates = subject_dates
        self.set_checks = set_checks
        self.reserved = reserved
        self.bare_host = bare_host_pattern(real_tlds)
        self.brands = brands
        self.weekdays = weekdays
        self.related = any(m.get("inline") for m in messages)


def reserved_host(host, suffixes=RESERVED_SUFFIXES, numeric=False):
    host = host.lower().rstrip(".")
    if host.startswith("[") and host.endswith("]"):
        return reserved_ip(host[1:-1], numeric)
    return any(host == s or host.endswith("." + s) for s in suffixes)


def family(host):
    """Sender-domain family of a host name (only reserved names occur)."""
    host = host.lower().rstrip(".")
    if host.startswith("["):
        return "ip-literal"
    if any(host == s or host.endswith("." + s) for s in JP_RESERVED):
        return "jp-reserved"
    if any(host == s or host.endswith("." + s) for s in COM_RESERVED):
        return "example.com-family"
    for tld in ("example", "test", "invalid"):
        if host.endswith("." + tld) or host == tld:
            return "." + tld
    return "other"


def inet_aton(s):
    """IPv4 address of a host written as browsers read it: dotted with 1-4
    parts, each decimal, 0x-hex or 0-octal (3221225985, 0xc0000201,
    0300.0.2.1); None when s is not such a number."""
    parts = s.split(".")
    if not 1 <= len(parts) <= 4:
        return None
    nums = []
    for p in parts:
        try:
            if p.lower().startswith("0x"):
                nums.append(int(p[2:] or "0", 16))
            elif len(p) > 1 and p.startswith("0"):
                nums.append(int(p, 8))
            else:
                if not p.isdigit():
                    return None
                nums.append(int(p))
        except ValueError:
            return None
    n = 0
    for i, v in enumerate(nums[:-1]):
        if v > 255:
            return None
        n |= v << (24 - 8 * i)
    if nums[-1] >= 1 << (8 * (5 - len(nums))):
        return None
    return ipaddress.IPv4Address(n | nums[-1])


def reserved_ip(s, numeric=False):
    """s is an IP address in a documentation range; numeric: also in the
    decimal, hex and octal forms inet_aton reads."""
    try:
        ip = ipaddress.ip_address(s)
    except ValueError:
        ip = inet_aton(s) if numeric else None
        if ip is None:
            return False
    return any(ip in n for n in DOC_NETS)


def url_hosts(t):
    """(userinfo or None, host) of every http(s) URL in t, after HTML-entity
    and %-decoding, without the port."""
    out = []
    for raw in URL_AUTHORITY.findall(html.unescape(t)):
        auth = urllib.parse.unquote(raw)
        user, _, host = auth.rpartition("@")
        host = re.sub(r":\d*$", "", host)
        out.append((user.split(":")[0] or None, host))
    return out


def host_problems(s, texts, received):
    """Hosts and addresses that are not reserved, in texts (decoded strings
    and header values) and in the Received fields."""
    numeric = s.url_tricks

    def reserved(h):
        return reserved_host(h, s.reserved, numeric) or reserved_ip(h, numeric)

    bad = []
    for t in texts:
        if s.url_tricks:
            for user, h in url_hosts(t):
                for x in ([h] + ([user] if user and "." in user else [])):
                    if not reserved(x):
                        bad.append("url host " + x)
            t = urllib.parse.unquote(html.unescape(t))
        else:
            bad += ["host " + h for h in URL_HOST.findall(t) if not reserved(h)]
        for h in MAIL_HOST.findall(t):
            if not reserved(h):
                bad.append("host " + h)
        for h in s.bare_host.findall(t):
            if h.lower() not in BRAND_TEXT and not reserved_host(h, s.reserved, numeric):
                bad.append("bare host " + h)
        for ip in IPV4.findall(t):
            if not reserved_ip(ip, numeric):
                bad.append("ip " + ip)
    for r in received:
        for group in RECEIVED_HOSTS.findall(" ".join(r.split())):
            for h in group:
                if h != "unknown" and not reserved(h) and "." in h:
                    bad.append("received host " + h)
    return bad


def weekday_problems(text, msg_date, patterns=(WEEKDAY, SLASH_WEEKDAY)):
    """Dates written with a weekday (matched by patterns, whose groups are
    year, month, day, weekday) that do not fall on it.  A date without a
    month takes the month last named; one without a year is in the year of
    msg_date, or the next one when it is more than six months back."""
    bad = []
    year, month = None, None
    hits = [(mt.start(), mt.groups()) for p in patterns for mt in p.finditer(text)]
    for _, (y, mo, d, wd) in sorted(hits):
        if mo:
            month = int(mo)
            year = int(y) if y else None
        if month is None:
            continue
        yy = year
        if yy is None:
            yy = msg_date.year
            if month < msg_date.month - 6:
                yy += 1  # a December message speaking of January
        try:
            real = WEEKDAYS[datetime.date(yy, month, int(d)).weekday()]
        except ValueError:
            bad.append("no such date %d-%d-%s" % (yy, month, d))
            continue
        if real != wd:
            bad.append("%d-%02d-%s is %s, text says %s" % (yy, month, d, real, wd))
    return bad


def raw_problems(data, m):
    bad = []
    if b"\r" in data:
        bad.append("CR byte")
    head, _, _ = data.partition(b"\n\n")
    if any(any(c >= 0x80 for c in line) and not (m.get("raw_subject") and line.startswith(b"Subject: "))
           for line in head.split(b"\n")):
        bad.append("8-bit byte in header")
    if m.get("raw_subject"):
        subj = [l for l in head.split(b"\n") if l.startswith(b"Subject: ")]
        if len(subj) != 1 or all(c < 0x80 for c in subj[0]) and b"\x1b" not in subj[0]:
            bad.append("raw_subject but no unencoded subject bytes")
    for i, line in enumerate(data.split(b"\n")):
        if len(line) > 998:
            bad.append("line %d longer than 998 bytes" % (i + 1))
    return bad


# Encoded words inside quoted name=/filename= parameters are not RFC 2047
# conformant, but Outlook, Thunderbird and many other mailers write them and
# Python decodes them; policy.default records these two notes as defects.
QUOTED_WORD_NOTES = ("encoded word inside quoted string",
                     "missing trailing whitespace after encoded-word")
# cp932 bytes in words labelled Shift_JIS (hcodec): Python's notes on them
HCODEC_NOTES = tuple("Encoded word contains bytes not decodable using '%s' charset" % l
                     for l in ("Shift_JIS", "ISO-2022-JP", "EUC-JP", "UTF-8")) + (
    "Non-ASCII characters found in header token",)


def all_defects(msg, quoted_words_ok):
    out = []
    for part in msg.walk():
        out += [repr(d) for d in part.defects]
        for k, v in part.items():
            for d in getattr(v, "defects", ()):
                if (quoted_words_ok and k.lower() in ("content-type", "content-disposition")
                        and part.get_content_disposition() == "attachment"
                        and str(d) in QUOTED_WORD_NOTES):
                    continue
                out.append("%s: %s" % (k, d))
    return out


def iconv_decode(data, label):
    p = subprocess.run(["iconv", "-f", label, "-t", "UTF-8"], input=data,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        return None
    return p.stdout.decode("utf-8")


# iconv(1) names of the real byte encodings
ICONV = {"iso2022_jp": "ISO-2022-JP", "shift_jis": "SHIFT_JIS", "cp932": "CP932",
         "utf-8": "UTF-8", "euc_jp": "EUC-JP"}


def raw_header(data, name):
    """The unfolded raw value of header name, as bytes-in-latin-1 text."""
    head = data.partition(b"\n\n")[0].decode("latin-1")
    mt = re.search(r"^%s: (.*(?:\n[ \t].*)*)" % name, head, re.M | re.I)
    return re.sub(r"\n[ \t]+", " ", mt.group(1)) if mt else ""


def raw_subject(data):
    head = data.partition(b"\n\n")[0]
    for line in head.split(b"\n"):
        if line.startswith(b"Subject: "):
            return line[len(b"Subject: "):]
    return b""


ENCODED_WORD = re.compile(r"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")


def decode_words(value, codec):
    """RFC 2047 decoding by hand with a given codec, whatever the label says
    (whitespace between adjacent encoded words is dropped)."""
    value = re.sub(r"(\?=)\s+(?==\?)", r"\1", value)
    out, pos = [], 0
    for mt in ENCODED_WORD.finditer(value):
        out.append(value[pos:mt.start()])
        if mt.group(2).upper() == "B":
            raw = base64.b64decode(mt.group(3))
        else:
            raw = quopri.decodestring(mt.group(3).replace("_", " ").encode("ascii"), header=True)
        out.append(raw.decode(codec, "replace"))
        pos = mt.end()
    out.append(value[pos:])
    return "".join(out)


def attachment_problems(got_att, want_att, placeholder, decoded):
    """What is wrong with the attachment parts got_att against the record's
    (file name, type, kind) triples want_att, whose content placeholder(name,
    kind) gives; the names of the attachments are added to decoded."""
    bad = []
    if [a.get_filename() for a in got_att] != [fn for fn, _, _ in want_att]:
        return ["attachments %r" % [a.get_filename() for a in got_att]]
    for a, (fn, ctype, kind) in zip(got_att, want_att):
        if a.get_content_type() != ctype or a.get_payload(decode=True) != placeholder(fn, kind):
            bad.append("attachment %s content" % fn)
        decoded.append(fn)
    return bad


def check_one(s, m, use_iconv):
    path = os.path.join(s.here, m["path"])
    with open(path, "rb") as f:
        data = f.read()
    bad = []
    if data != s.render(m):
        bad.append("file differs from gen.py output (run gen.py)")
    bad += raw_problems(data, m)

    msg = email.message_from_bytes(data, policy=email.policy.default)
    quoted_words_ok = m.get("fname") in ("rfc2231", "word")
    defects = all_defects(msg, quoted_words_ok)
    if m.get("hcodec"):
        # cp932 bytes under a Shift_JIS label: Python's decoder says so, which
        # is the point of the record; the words are checked by hand below
        defects = [d for d in defects if not (d.split(":")[0] in ("From", "To", "Subject")
                                              and d.split(": ", 1)[1] in HCODEC_NOTES)]
    bad += ["defect " + d for d in defects]
    codec, label = mailgen.CHARSETS[m["charset"]]
    real = m.get("body_codec") or codec
    hcs = m.get("hcharset", m["charset"])
    hreal = m.get("hcodec")

    if m.get("raw_subject"):
        got_subj = raw_subject(data).decode(hreal or mailgen.CHARSETS[hcs][0])
    elif hreal:
        got_subj = decode_words(raw_header(data, "Subject"), hreal)
    else:
        got_subj = msg["subject"]
    if got_subj != m["subject"]:
        bad.append("subject %r != %r" % (got_subj, m["subject"]))
    name, addr = m["sender"]
    frm = msg["from"].addresses
    if hreal and name and not mailgen.is_ascii(name):
        got_name = decode_words(raw_header(data, "From").rsplit("<", 1)[0].strip(), hreal)
        if len(frm) != 1 or frm[0].addr_spec != addr or got_name != name:
            bad.append("from %r" % (frm,))
    elif len(frm) != 1 or frm[0].addr_spec != addr or frm[0].display_name != (name or ""):
        bad.append("from %r" % (frm,))
    if hreal and msg["subject"] == m["subject"] and frm and frm[0].display_name == (name or ""):
        bad.append("hcodec set but the labelled charset decodes the subject and the From name")
    if not isinstance(m["to"], str):
        got = [(a.display_name or None, a.addr_spec) for a in msg["to"].addresses]
        if got != [tuple(t) for t in m["to"]]:
            bad.append("to %r != %r" % (got, m["to"]))

    decoded = [got_subj, name or ""]
    if m.get("html_only"):
        wanted = [("html", m["html"])]
    else:
        wanted = [("plain", m["text"])] + ([("html", m["html"])] if m.get("html") else [])
        n = len(m["text"].rstrip("\n").split("\n"))
        if not s.min_lines <= n <= 40:
            bad.append("plain body has %d lines (want %d-40)" % (n, s.min_lines))
    if m["path"].startswith("ham/") and name:
        bad += ["ham From name holds brand %s" % b for b in s.brands if b in name]
    for subtype, text in wanted:
        part = msg.get_body(preferencelist=(subtype,))
        if part is None or part.get_content_subtype() != subtype:
            bad.append("no text/%s part" % subtype)
            continue
        if part.get_content_charset() != label.lower():
            bad.append("%s charset %r" % (subtype, part.get_content_charset()))
        if part["content-transfer-encoding"] != m["cte"]:
            bad.append("%s CTE %r" % (subtype, part["content-transfer-encoding"]))
        # for 7bit/8bit parts get_payload(decode=True) gives the raw bytes
        payload = part.get_payload(decode=True)
        eight = m["cte"] == "7bit" and any(c >= 0x80 for c in payload)
        if eight and not m.get("cte_lie"):
            bad.append("%s: 8-bit data in 7bit part" % subtype)
        if m.get("cte_lie") and not eight:
            bad.append("%s: cte_lie but no 8-bit data" % subtype)
        if m.get("body_codec"):
            # a broken-charset message: the real codec gives the text, the
            # declared one must not
            try:
                got = payload.decode(real)
            except UnicodeError:
                got = None
            try:
                as_declared = payload.decode(codec)
            except UnicodeError:
                as_declared = None
            if as_declared == text:
                bad.append("%s: body_codec set but the declared charset decodes the body" % subtype)
        else:
            got = part.get_content()
        if got != text:
            bad.append("%s body differs from texts.py" % subtype)
        decoded.append(got or "")
        if use_iconv:
            ilabel = ICONV.get(real, label) if m.get("body_codec") else label
            alt = iconv_decode(payload, ilabel)
            if alt != text:
                bad.append("%s: iconv -f %s disagrees" % (subtype, ilabel))

    if s.related:
        want_inl = m.get("inline", [])
        got_inl = [p for p in msg.walk() if p.get_content_disposition() == "inline" and p["content-id"]]
        if [p["content-id"] for p in got_inl] != ["<%s>" % i[3] for i in want_inl]:
            bad.append("inline parts %r" % [p["content-id"] for p in got_inl])
        else:
            for p, (fn, ctype, kind, cid) in zip(got_inl, want_inl):
                if p.get_content_type() != ctype or p.get_payload(decode=True) != mailgen.placeholder(fn, kind):
                    bad.append("inline %s content" % fn)
                if "cid:" + cid not in (m.get("html") or ""):
                    bad.append("inline %s not referenced from the HTML" % cid)
        # iter_attachments() would count the pictures of a multipart/related
        # body as attachments
        got_att = [p for p in msg.walk() if p.get_content_disposition() == "attachment"]
    else:
        got_att = list(msg.iter_attachments())
    bad += attachment_problems(got_att, m.get("attach", []), mailgen.placeholder, decoded)

    for t in decoded:
        if "\ufffd" in t:
            bad.append("U+FFFD in decoded text")
    bad += host_problems(s, decoded + [str(v) for v in msg.values()], msg.get_all("received", []))
    dated = (m.get("text") or "", m.get("html") or "") + ((m["subject"],) if s.subject_dates else ())
    for t in dated:
        bad += weekday_problems(t, mailgen.parse_date(m["date"]), s.weekdays)
    return bad


def kind_of(path):
    return re.sub(r"-\d+\.eml$", "", path.split("/", 1)[1])


def label_of(m):
    return m["path"].split("/")[0]


def sender_family(m):
    return family(mailgen.addr_domain(m["sender"][1]))


def rcpt_of(m):
    """The envelope recipient, as gen.py picks it."""
    return m["rcpt"] if isinstance(m["to"], str) else m.get("rcpt", m["to"][0][1])


def link_families(s, m):
    """Families of the hosts of all URLs in the bodies (a set per message);
    with url_tricks the hosts after decoding, numeric ones as "numeric IP"."""
    hosts = set()
    for t in (m.get("text") or "", m.get("html") or ""):
        if s.url_tricks:
            hosts.update(h.lower() for _, h in url_hosts(t))
        else:
            hosts.update(h.lower() for h in URL_HOST.findall(t))
    return {"numeric IP" if s.url_tricks and reserved_ip(h, True) else family(h) for h in hosts}


DYNAMIC = re.compile(r"(\d{1,3}[-.]){3}\d{1,3}|dyn|dhcp|pool|ipoe|ppp|flets|ftth|^p\d+-|bb\.|cust", re.I)


def rdns_style(m):
    helo, rdns, ip = m["via"]
    if rdns == "unknown":
        return "unknown"
    if DYNAMIC.search(rdns):
        return "dynamic"
    return "named"


def helo_style(m):
    helo = m["via"][0]
    if helo.startswith("["):
        return "ip-literal"
    if "." not in helo:
        return "bare word"
    return "host name"


def family_shares(s):
    """{family: Counter(label)} over the sender domains."""
    out = collections.defaultdict(collections.Counter)
    for m in s.messages:
        out[sender_family(m)][label_of(m)] += 1
    return out


def set_problems(s):
    bad = []
    for fam, c in sorted(family_shares(s).items()):
        n = c["spam"] + c["ham"]
        if fam not in FAMILIES:
            bad.append("sender family %s is not one of %s" % (fam, ", ".join(FAMILIES)))
        if n >= MIN_FAMILY and max(c["spam"], c["ham"]) > MAX_SHARE * n:
            bad.append("sender family %s: spam %d / ham %d is more than %d%% one class"
                       % (fam, c["spam"], c["ham"], MAX_SHARE * 100))
    lab = collections.Counter(label_of(m) for m in s.messages)
    for cls, n in sorted((s.expected or {}).items()):
        if lab[cls] != n:
            bad.append("%d %s records (want %d)" % (lab[cls], cls, n))
    hard = sum(1 for m in s.messages if label_of(m) == "ham" and m.get("hard"))
    if hard < s.min_hard_ham:
        bad.append("only %d hard ham (want %d or more)" % (hard, s.min_hard_ham))
    if any(m.get("hard") for m in s.messages if label_of(m) == "spam"):
        bad.append("hard=True on a spam record")
    return bad


def class_table(title, pairs, order=None):
    """pairs: iterable of (key, label).  Prints key x (spam, ham, all, ham%)."""
    c = collections.defaultdict(collections.Counter)
    for key, label in pairs:
        c[key][label] += 1
    keys = [k for k in (order or ()) if k in c] + sorted(k for k in c if k not in (order or ()))
    print(title)
    print("  %-20s %5s %5s %5s %6s" % ("", "spam", "ham", "all", "ham%"))
    for k in keys:
        sp, hm = c[k]["spam"], c[k]["ham"]
        print("  %-20s %5d %5d %5d %5.0f%%" % (k, sp, hm, sp + hm, 100.0 * hm / (sp + hm)))


def stats(s):
    by_kind = collections.Counter((label_of(m), kind_of(m["path"])) for m in s.messages)
    print("kind counts:")
    for (label, kind), n in sorted(by_kind.items()):
        print("  %-4s %-22s %d" % (label, kind, n))
    lab = collections.Counter(label_of(m) for m in s.messages)
    hard = sum(1 for m in s.messages if label_of(m) == "ham" and m.get("hard"))
    print("labels: spam %d, ham %d (hard ham %d)" % (lab["spam"], lab["ham"], hard))
    enc = collections.Counter((m["charset"], m["cte"]) for m in s.messages)
    enc_l = collections.Counter((m["charset"], m["cte"], label_of(m)) for m in s.messages)
    print("charset / transfer encoding (spam, ham):")
    for (cs, cte), n in sorted(enc.items()):
        print("  %-12s %-17s %3d  (%d, %d)" % (cs, cte, n, enc_l[(cs, cte, "spam")], enc_l[(cs, cte, "ham")]))
    shape = collections.Counter(
        (("html-only" if m.get("html_only") else "alternative" if m.get("html") else "plain")
         + ("+attachment" if m.get("attach") else ""), label_of(m))
        for m in s.messages)
    print("structure (spam, ham):")
    for k in sorted({k for k, _ in shape}):
        print("  %-24s %3d  (%d, %d)" % (k, shape[(k, "spam")] + shape[(k, "ham")], shape[(k, "spam")], shape[(k, "ham")]))
    broken = ("body_codec", "hcodec", "raw_subject", "cte_lie")
    if any(m.get(k) for m in s.messages for k in broken + ("inline",)):
        shape2 = collections.Counter(("related" if m.get("inline") else "-", label_of(m)) for m in s.messages)
        print("multipart/related with inline pictures (spam, ham): %d, %d"
              % (shape2[("related", "spam")], shape2[("related", "ham")]))
        for key, what in zip(broken, ("body bytes in another codec than declared",
                                      "header words in another codec than labelled",
                                      "unencoded 8-bit subject", "7bit label on 8-bit bytes")):
            c = collections.Counter(label_of(m) for m in s.messages if m.get(key))
            print("%s (%s): spam %d, ham %d" % (key, what, c["spam"], c["ham"]))
        bc = collections.Counter((m["charset"], m.get("body_codec"), label_of(m))
                                 for m in s.messages if m.get("body_codec"))
        for (cs, rc, lab), n in sorted(bc.items()):
            print("  declared %s, really %s: %s %d" % (cs, rc, lab, n))
        subj = collections.Counter("raw" if m.get("raw_subject") else "Q" if m.get("qsubj") else "B"
                                   for m in s.messages)
        print("subject words: B %d, Q %d, raw %d" % (subj["B"], subj["Q"], subj["raw"]))
    else:
        subj = collections.Counter("Q" if m.get("qsubj") else "B" for m in s.messages)
        print("subject words: B %d, Q %d" % (subj["B"], subj["Q"]))
    hcs = collections.Counter(m.get("hcharset", m["charset"]) for m in s.messages)
    print("header charset: " + ", ".join("%s %d" % kv for kv in sorted(hcs.items())))
    hops = collections.Counter(m.get("hops", 2) for m in s.messages)
    print("received hops: " + ", ".join("%d: %d" % kv for kv in sorted(hops.items())))
    att = collections.Counter(k for m in s.messages for _, _, k in m.get("attach", []))
    print("attachments: " + ", ".join("%s %d" % kv for kv in sorted(att.items())))
    by_label = collections.Counter((label_of(m), m["charset"]) for m in s.messages)
    print("charset by label: " + ", ".join("%s/%s %d" % (l, c, n) for (l, c), n in sorted(by_label.items())))
    print()
    class_table("sender-domain family (From) by class:",
                ((sender_family(m), label_of(m)) for m in s.messages), FAMILIES)
    class_table("Return-Path family by class:",
                ((family(mailgen.addr_domain(m.get("ret", m["sender"][1]))), label_of(m)) for m in s.messages), FAMILIES)
    class_table("Reply-To family by class (messages with Reply-To):",
                ((family(mailgen.addr_domain(v.strip("<> "))), label_of(m))
                 for m in s.messages for k, v in m.get("headers", []) if k.lower() == "reply-to"), FAMILIES)
    class_table("relay (via) host family by class:",
                ((family(m["via"][0]) if "." in m["via"][0] else "bare word", label_of(m)) for m in s.messages),
                FAMILIES)
    class_table("link-host family by class (messages with a link there):",
                ((f, label_of(m)) for m in s.messages for f in link_families(s, m)), FAMILIES + ("numeric IP",))
    nolink = collections.Counter(label_of(m) for m in s.messages if not link_families(s, m))
    print("  %-20s %5d %5d" % ("(no link)", nolink["spam"], nolink["ham"]))
    class_table("recipient (Received for) family by class:",
                ((family(mailgen.addr_domain(rcpt_of(m))), label_of(m)) for m in s.messages), FAMILIES)
    class_table("received hops by class:", ((str(m.get("hops", 2)), label_of(m)) for m in s.messages))
    class_table("relay reverse DNS by class:", ((rdns_style(m), label_of(m)) for m in s.messages),
                ("named", "dynamic", "unknown"))
    class_table("relay HELO by class:", ((helo_style(m), label_of(m)) for m in s.messages),
                ("host name", "ip-literal", "bare word"))
    nets = ("192.0.2.", "198.51.100.", "203.0.113.")
    class_table("relay address block by class:",
                ((next(n + "0/24" for n in nets if m["via"][2].startswith(n)), label_of(m)) for m in s.messages))


def check_messages(s, check):
    """Checks every message of s with check(s, m, use_iconv) and labels.tsv
    against the records, prints what fails, and returns how many did."""
    use_iconv = "--iconv" in sys.argv
    failed = 0
    for m in s.messages:
        bad = check(s, m, use_iconv)
        if bad:
            failed += 1
            print("FAIL %s" % m["path"])
            for b in bad:
                print("     " + b)
    labels = open(os.path.join(s.here, "labels.tsv"), encoding="ascii").read().splitlines()
    want = sorted("%s\t%s" % (m["path"], label_of(m)) for m in s.messages)
    if labels != want:
        failed += 1
        print("FAIL labels.tsv does not match texts.py")
    return failed


def main(s):
    failed = check_messages(s, check_one)
    if s.set_checks:
        set_bad = set_problems(s)
        for b in set_bad:
            print("FAIL set: " + b)
        print("%d messages, %d failed, %d set-level problems" % (len(s.messages), failed, len(set_bad)))
    else:
        set_bad = []
        print("%d messages, %d failed" % (len(s.messages), failed))
    if "--stats" in sys.argv:
        stats(s)
    sys.exit(1 if failed or set_bad else 0)

