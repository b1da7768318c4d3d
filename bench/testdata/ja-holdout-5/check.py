#!/usr/bin/env python3
"""Check the ja-holdout-5 messages against texts.py.

Standard library only.  For every record in texts.py:

  * the .eml file is byte-identical to what gen.py renders now;
  * the raw bytes have LF line ends only, ASCII-only headers, no line longer
    than 998 bytes, and no 8-bit byte in a 7bit part;
  * email.message_from_bytes(policy=email.policy.default) parses it with no
    defects (except the notes about encoded words inside quoted attachment
    names, which real mailers write; see QUOTED_WORD_NOTES), and the decoded
    Subject, From/To display names and addresses, text/plain and text/html
    bodies (get_content()), declared charsets, transfer encodings and
    attachment names/contents equal the texts; an HTML-only record has a
    single text/html body and no text/plain part;
    A record whose bytes are not what its label says (declare: Shift_JIS
    bytes under an ISO-2022-JP label; cp932: CP932 bytes under a Shift_JIS
    label) is decoded with the real codec instead, as a tolerant reader
    would, and its declared label is checked;
  * no decoded string holds U+FFFD;
  * every host name (URLs, mail addresses, Received, Message-ID, other
    headers; a URL's userinfo counts as a host too) is under a reserved name
    and every IPv4 address is in a documentation range;
  * every date written with a weekday, like 3月14日（金）, 3/14(金) or
    ３月１４日 金曜日, falls on that weekday (subject, text and HTML);
  * the Date header is in 2025 or 2026 at +0900, and the number of Received lines
    is what the recipient's side and the sender's submission step give
    (gen.hop_count: 1 to 3);
  * no ham From display name names a real brand (BRANDS): ham senders are
    invented organizations and people.

For the whole set:

  * labels.tsv lists every message once, sorted;
  * 50 spam and 50 ham, at least 30 of the ham of the hard kinds (HARD_HAM);
  * domain families are mixed across classes: for each role (From,
    Return-Path, Reply-To, sending relay, link hosts, recipient, and any host
    at all) a message counts once per reserved family it uses in that role,
    and no family with 10 or more messages in a role may be more than 70%
    spam or more than 70% ham.

    python3 check.py            # exit status 1 on any failure
    python3 check.py --stats    # also print counts by kind, charset,
                                # encoding, family by class, relay styles
    python3 check.py --iconv    # also decode every text part with iconv(1)
"""
import base64
import codecs
import collections
import datetime
import email
import email.policy
import email.utils
import ipaddress
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # keep the folder free of __pycache__

import gen  # noqa: E402
from texts import MESSAGES  # noqa: E402

# reserved families; a host belongs to the first (most specific) that fits
FAMILIES = ("example.co.jp", "example.ne.jp", "example.or.jp", "example.ac.jp",
            "example.go.jp", "example.lg.jp", "example.jp",
            "example.com", "example.net", "example.org",
            ".example", ".test", ".invalid")
DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
# brand names that look like host names but appear only as text
BRAND_TEXT = {"amazon.co.jp"}
# the reserved top-level domains are listed too, so that a look-alike such as
# www.brand.com.lookalike.test is read as one host, not as www.brand.com
REAL_TLDS = r"(?:com|net|org|jp|io|me|info|biz|cn|hk|ru|us|uk|de|co|ne|ac|go|or|lg|ed|test|example|invalid)"

URL_HOST = re.compile(r"https?://([^/\s:?#\"'<>]+)")
MAIL_HOST = re.compile(r"[\w.+*=-]+@([\w-]+(?:\.[\w-]+)+)", re.ASCII)
BARE_HOST = re.compile(r"(?<![\w.-])((?:[a-z0-9-]+\.)+" + REAL_TLDS + r")\b", re.ASCII | re.IGNORECASE)
IPV4 = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
RECEIVED = re.compile(r"from (\S+) \((\S+) \[([^\]]+)\]\)\s+by (\S+) \(Postfix\) with (\S+) id")
WEEKDAYS = "月火水木金土日"
# dates with a weekday, matched after NFKC (full-width digits and brackets
# become ASCII): 3月14日(金), 14日(金曜日), 3月14日 金曜日, 2025/3/14(金), 3/14(金・祝)
WEEKDAY_PATTERNS = [
    re.compile(r"(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日\s*\(([月火水木金土日])(?:曜日?)?(?:・祝)?\)"),
    re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日\s*([月火水木金土日])曜"),
    re.compile(r"(?:(\d{4})/)?(\d{1,2})/(\d{1,2})\s*\(([月火水木金土日])(?:・祝)?\)"),
]
# real brands that spam in this set imitates; they may appear in ham bodies
# as text, but never in a ham sender's display name
BRANDS = ("amazon", "apple", "icloud", "iphone", "microsoft", "windows", "outlook", "onedrive",
          "google", "line", "yahoo", "docomo", "ntt", "au", "kddi", "sbi", "nhk", "etc",
          "jcb", "visa", "paypay",
          "みずほ", "三井住友", "住信", "三菱", "ゆうちょ", "jaバンク", "セゾン", "イオン",
          "エポス", "マネックス", "カブコム", "ドコモ", "ソフトバンク", "メルカリ", "楽天",
          "ヤマト", "日本郵便", "佐川", "東京ガス", "東京電力", "国税庁", "年金機構",
          "デジタル庁", "受信料",
          "netflix", "instagram", "facebook", "paypal", "amex", "rakuten", "softbank",
          "りそな", "野村", "ゆうちょ", "アマゾン", "ネットフリックス", "インスタグラム")
# ham kinds that share vocabulary with phishing or sales spam
HARD_HAM = ("bank-notice", "card-notice", "securities-notice", "otp", "password-reset",
            "payment-failure", "renewal", "delivery-notice", "points-expiry",
            "sale-newsletter", "winner-notice", "recruiter", "it-warning", "gov-notice",
            "dunning")
ROLES = ("from", "return-path", "reply-to", "relay", "links", "recipient", "any")
FAMILY_LIMIT = 0.70   # no family may be more than this share one class ...
FAMILY_MIN = 10       # ... once it has this many messages in a role


def family(host):
    host = host.lower().rstrip(".")
    for f in FAMILIES:
        if f.startswith("."):
            if host.endswith(f):
                return f
        elif host == f or host.endswith("." + f):
            return f
    return None


def reserved_host(host):
    host = host.lower().rstrip(".")
    if host.startswith("[") and host.endswith("]"):
        return reserved_ip(host[1:-1])
    return family(host) is not None


def reserved_ip(s):
    try:
        ip = ipaddress.ip_address(s)
    except ValueError:
        return False
    return any(ip in n for n in DOC_NETS)


def received_hops(msg):
    """(helo, rdns, ip, by, protocol) for each Received line, top first."""
    out = []
    for r in msg.get_all("received", []):
        hit = RECEIVED.search(" ".join(str(r).split()))
        out.append(hit.groups() if hit else None)
    return out


def host_problems(texts, hops):
    bad = []
    for t in texts:
        # a URL's userinfo (https://brand.example.jp@host/) is checked as a
        # host of its own
        url_hosts = [p for h in URL_HOST.findall(t) for p in h.split("@")]
        for h in url_hosts + MAIL_HOST.findall(t):
            if not (reserved_host(h) or reserved_ip(h)):
                bad.append("host " + h)
        for h in BARE_HOST.findall(t):
            if h.lower() not in BRAND_TEXT and not reserved_host(h):
                bad.append("bare host " + h)
        for ip in IPV4.findall(t):
            if not reserved_ip(ip):
                bad.append("ip " + ip)
    for hop in hops:
        if hop is None:
            bad.append("Received line not understood")
            continue
        helo, rdns, ip, by, _ = hop
        if not reserved_ip(ip):
            bad.append("received ip " + ip)
        for h in (helo, rdns, by):
            if h != "unknown" and "." in h and not (reserved_host(h) or reserved_ip(h)):
                bad.append("received host " + h)
    return bad


def weekday_problems(text, msg_date):
    bad = []
    text = unicodedata.normalize("NFKC", text)
    hits = []
    for pat in WEEKDAY_PATTERNS:
        for mt in pat.finditer(text):
            hits.append((mt.start(), mt.groups()))
    hits.sort()
    year, month = None, None
    for _, (y, mo, d, wd) in hits:
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


def raw_problems(data):
    bad = []
    if b"\r" in data:
        bad.append("CR byte")
    head, _, _ = data.partition(b"\n\n")
    if any(c >= 0x80 for c in head):
        bad.append("8-bit byte in header")
    for i, line in enumerate(data.split(b"\n")):
        if len(line) > 998:
            bad.append("line %d longer than 998 bytes" % (i + 1))
    return bad


# Encoded words inside quoted name=/filename= parameters are not RFC 2047
# conformant, but Outlook, Thunderbird and many other mailers write them and
# Python decodes them; policy.default records these two notes as defects.
QUOTED_WORD_NOTES = ("encoded word inside quoted string",
                     "missing trailing whitespace after encoded-word")


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
ICONV = {"iso2022_jp": "ISO-2022-JP", "shift_jis": "SHIFT_JIS", "utf-8": "UTF-8",
         "euc_jp": "EUC-JP", "cp932": "CP932"}
ENCODED_WORD = re.compile(r"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")


def label_decodes(codec, label):
    """True if Python's codec for the written label is the real codec."""
    try:
        return codecs.lookup(label).name == codecs.lookup(codec).name
    except LookupError:
        return False


def raw_header(data, name):
    """unfolded raw value of the first header called name"""
    head = data.partition(b"\n\n")[0].decode("ascii")
    hit = re.search(r"(?im)^%s:[ \t]?((?:.*)(?:\n[ \t].*)*)" % re.escape(name), head)
    return hit.group(1) if hit else None


def decode_words(value, codec):
    """decode a header of adjacent B/Q encoded words with the real codec
    (CP932 bytes under a Shift_JIS label: Python's own decoding replaces
    NEC special characters with U+FFFD)"""
    first = value.find("=?")
    prefix, rest = (value, "") if first < 0 else (value[:first], value[first:])
    raw = b""
    for cs, enc, payload in ENCODED_WORD.findall(rest):
        if enc in "Bb":
            raw += base64.b64decode(payload)
        else:
            raw += re.sub(rb"=([0-9A-Fa-f]{2})", lambda x: bytes([int(x.group(1), 16)]),
                          payload.replace("_", " ").encode("ascii"))
    return prefix + raw.decode(codec, "replace")


def load(m):
    with open(os.path.join(HERE, m["path"]), "rb") as f:
        data = f.read()
    return data, email.message_from_bytes(data, policy=email.policy.default)


def check_one(m, use_iconv):
    data, msg = load(m)
    bad = []
    if data != gen.render(m):
        bad.append("file differs from gen.py output (run gen.py)")
    bad += raw_problems(data)

    quoted_words_ok = m.get("fname") in ("rfc2231", "word")
    bad += ["defect " + d for d in all_defects(msg, quoted_words_ok)]
    # body bytes are in charset; the text parts declare the label of
    # declare (a mislabelled message) or of charset; header words use
    # hcharset (default charset)
    codec = gen.CHARSETS[m["charset"]][0]
    label = gen.CHARSETS[m.get("declare", m["charset"])][1]
    hcodec, hlabel = gen.CHARSETS[gen.header_charset(m)]
    if label_decodes(hcodec, hlabel):
        subject = msg["subject"]
    else:
        subject = decode_words(" ".join(raw_header(data, "Subject").split("\n")).replace("\t", " ")
                               .replace("?= =?", "?==?"), hcodec)
    if subject != m["subject"]:
        bad.append("subject %r != %r" % (subject, m["subject"]))
    name, addr = m["sender"]
    frm = msg["from"].addresses
    if len(frm) != 1 or frm[0].addr_spec != addr or frm[0].display_name != (name or ""):
        bad.append("from %r" % (frm,))
    if not isinstance(m["to"], str):
        got = [(a.display_name or None, a.addr_spec) for a in msg["to"].addresses]
        if got != [tuple(t) for t in m["to"]]:
            bad.append("to %r != %r" % (got, m["to"]))

    decoded = [subject, name or ""]
    wanted = ([("plain", m["text"])] if m["text"] is not None else []) + \
             ([("html", m["html"])] if m.get("html") else [])
    for subtype, text in wanted:
        part = msg.get_body(preferencelist=(subtype,))
        if part is None or part.get_content_subtype() != subtype:
            bad.append("no text/%s part" % subtype)
            continue
        if part.get_content_charset() != label.lower():
            bad.append("%s charset %r" % (subtype, part.get_content_charset()))
        if part["content-transfer-encoding"] != m["cte"]:
            bad.append("%s CTE %r" % (subtype, part["content-transfer-encoding"]))
        if m["cte"] == "7bit" and not part.get_payload(decode=False).isascii():
            bad.append("%s: 8-bit data in 7bit part" % subtype)
        if label_decodes(codec, label):
            got = part.get_content()
        else:
            # mislabelled or CP932 under Shift_JIS: decode the bytes with
            # the real codec, as a tolerant reader would after guessing
            got = part.get_payload(decode=True).decode(codec, "replace")
        if got != text:
            bad.append("%s body differs from texts.py" % subtype)
        decoded.append(got)
        if use_iconv:
            alt = iconv_decode(part.get_payload(decode=True), ICONV[codec])
            if alt != text:
                bad.append("%s: iconv -f %s disagrees" % (subtype, ICONV[codec]))
    if m["text"] is None:
        if msg.get_content_type() != "text/html" and not (
                m.get("attach") and msg.get_content_type() == "multipart/mixed"):
            bad.append("HTML-only record rendered as %s" % msg.get_content_type())
        if any(p.get_content_type() == "text/plain" for p in msg.walk()):
            bad.append("HTML-only record has a text/plain part")

    want_att = m.get("attach", [])
    got_att = list(msg.iter_attachments())
    if [a.get_filename() for a in got_att] != [fn for fn, _, _ in want_att]:
        bad.append("attachments %r" % [a.get_filename() for a in got_att])
    else:
        for a, (fn, ctype, kind) in zip(got_att, want_att):
            if a.get_content_type() != ctype or a.get_payload(decode=True) != gen.placeholder(fn, kind):
                bad.append("attachment %s content" % fn)
            decoded.append(fn)

    for s in decoded:
        if "\ufffd" in s:
            bad.append("U+FFFD in decoded text")
    hops = received_hops(msg)
    bad += host_problems(decoded + [str(v) for k, v in msg.items() if k.lower() != "received"], hops)
    msg_date = gen.parse_date(m["date"])
    for t in [m["subject"], m["text"] or "", m.get("html") or ""]:
        bad += weekday_problems(t, msg_date)

    d = msg["date"].datetime
    if d.year not in (2025, 2026) or d.utcoffset() != datetime.timedelta(hours=9):
        bad.append("date %s" % msg["date"])
    if len(hops) != gen.hop_count(m):
        bad.append("%d Received lines, expected %d" % (len(hops), gen.hop_count(m)))
    helo, rdns, ip = m["via"]
    dashed = re.search(r"(\d{1,3})-(\d{1,3})-(\d{1,3})-(\d{1,3})", rdns)
    if dashed and ".".join(dashed.groups()) != ip:
        bad.append("reverse DNS %s does not match %s" % (rdns, ip))
    if m["path"].startswith("ham/") and name:
        for b in BRANDS:
            # ASCII brands as whole words ("LINE", not "ONLINE")
            pat = r"\b%s\b" % re.escape(b) if b.isascii() else re.escape(b)
            if re.search(pat, name.lower()):
                bad.append("ham sender name %r names the brand %r" % (name, b))
    return bad


# ---------------------------------------------------------------------------
# domain families by class
# ---------------------------------------------------------------------------
def label_of(m):
    return m["path"].split("/", 1)[0]


def kind_of(path):
    return re.sub(r"-\d+\.eml$", "", path.split("/", 1)[1])


def addr_hosts(value):
    return [a.rsplit("@", 1)[1] for _, a in email.utils.getaddresses([value]) if "@" in a]


def role_hosts(m, msg):
    """{role: set of host names} for one rendered message."""
    hosts = {r: set() for r in ROLES}
    hosts["from"].update(h for a in msg["from"].addresses for h in [a.domain])
    hosts["return-path"].update(addr_hosts(str(msg["return-path"] or "")))
    hosts["reply-to"].update(addr_hosts(str(msg["reply-to"] or "")))
    for hop in received_hops(msg):
        helo, rdns, ip, by, proto = hop
        if proto == "LMTP":
            continue  # the recipient's own MX to mailbox step
        hosts["relay"].update(h for h in (helo, rdns) if h != "unknown" and not h.startswith("["))
        if proto == "ESMTPSA":
            hosts["relay"].add(by)
        if proto == "ESMTP":
            hosts["recipient"].add(by)  # the recipient's MX
    bodies = [m["text"] or "", m.get("html") or ""]
    for b in bodies:
        # the host a link really leads to: after any userinfo
        hosts["links"].update(h for h in (u.rsplit("@", 1)[1] if "@" in u else u
                                          for u in URL_HOST.findall(b)) if not reserved_ip(h))
    hosts["recipient"].add(gen.rcpt_of(m).rsplit("@", 1)[1])
    every = set()
    for r in ROLES[:-1]:
        every |= hosts[r]
    every.update(addr_hosts(str(msg["to"] or "")))
    every.update(re.findall(r"@([\w.-]+)>", str(msg["message-id"])))
    for b in bodies:
        every.update(MAIL_HOST.findall(b))
    hosts["any"] = {h for h in every if not reserved_ip(h.strip("[]"))}
    return hosts


def family_tables():
    """{role: {family: Counter(label)}}"""
    tables = {r: collections.defaultdict(collections.Counter) for r in ROLES}
    for m in MESSAGES:
        _, msg = load(m)
        for role, hosts in role_hosts(m, msg).items():
            for f in {family(h) for h in hosts} - {None}:
                tables[role][f][label_of(m)] += 1
    return tables


def family_problems(tables):
    bad = []
    for role in ROLES:
        for f, c in tables[role].items():
            n = c["spam"] + c["ham"]
            if n >= FAMILY_MIN:
                for label in ("spam", "ham"):
                    if c[label] > FAMILY_LIMIT * n:
                        bad.append("%s family %s: %d of %d messages are %s (limit %d%%)"
                                   % (role, f, c[label], n, label, FAMILY_LIMIT * 100))
    return bad


def print_family_tables(tables):
    print("domain family by class (messages using the family in that role, spam/ham):")
    print("  %-14s" % "family" + "".join("%12s" % r for r in ROLES))
    for f in FAMILIES:
        cells = []
        for r in ROLES:
            c = tables[r].get(f)
            cells.append("%12s" % ("%d/%d" % (c["spam"], c["ham"]) if c else "-"))
        print("  %-14s" % f + "".join(cells))


def relay_style(rdns):
    if rdns == "unknown":
        return "unknown"
    if re.search(r"\d+-\d+-\d+-\d+\.(dyn|pool|dhcp)\.|(^|\.)p\d+-ipoe\.", rdns):
        return "dynamic"
    if re.search(r"\d+-\d+-\d+-\d+\.", rdns):
        return "generic"
    return "named"


# ---------------------------------------------------------------------------
# stats
# ---------------------------------------------------------------------------
def stats(tables):
    by_kind = collections.Counter((label_of(m), kind_of(m["path"])) for m in MESSAGES)
    print("kind counts:")
    for (label, kind), n in sorted(by_kind.items()):
        print("  %-4s %-18s %d%s" % (label, kind, n, "  (hard)" if label == "ham" and kind in HARD_HAM else ""))
    def cs_of(m):
        return m["charset"] + ("(declared %s)" % m["declare"] if m.get("declare") else "")
    enc = collections.Counter((cs_of(m), m["cte"], label_of(m)) for m in MESSAGES)
    print("charset / transfer encoding (spam, ham):")
    for cs, cte in sorted({(cs_of(m), m["cte"]) for m in MESSAGES}):
        print("  %-30s %-17s %2d, %2d" % (cs, cte, enc[(cs, cte, "spam")], enc[(cs, cte, "ham")]))
    shape = collections.Counter(
        (label_of(m), ("html-only" if m["text"] is None else "alternative" if m.get("html") else "plain")
         + ("+attachment" if m.get("attach") else ""))
        for m in MESSAGES)
    print("structure (spam, ham):")
    for k in sorted({k for _, k in shape}):
        print("  %-24s %2d, %2d" % (k, shape[("spam", k)], shape[("ham", k)]))
    subj = collections.Counter("Q" if m.get("qsubj") else "B" for m in MESSAGES)
    print("subject words: B %d, Q %d" % (subj["B"], subj["Q"]))
    qname = sum(1 for m in MESSAGES if m.get("qname"))
    print("display names in Q words: %d messages" % qname)
    hw = collections.Counter(label_of(m) for m in MESSAGES
                             if re.search("[\uff61-\uff9f]", (m["text"] or "") + (m.get("html") or "") + m["subject"]))
    fw = collections.Counter(label_of(m) for m in MESSAGES
                             if re.search("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]",
                                          (m["text"] or "") + (m.get("html") or "") + m["subject"]))
    print("half-width katakana: spam %d, ham %d; full-width alphanumerics: spam %d, ham %d"
          % (hw["spam"], hw["ham"], fw["spam"], fw["ham"]))
    hops = collections.Counter((gen.hop_count(m), label_of(m)) for m in MESSAGES)
    print("received hops (spam, ham): " + ", ".join(
        "%d: %d, %d" % (k, hops[(k, "spam")], hops[(k, "ham")]) for k in (1, 2, 3)))
    styles = collections.Counter((relay_style(m["via"][1]), label_of(m)) for m in MESSAGES)
    print("sending relay reverse DNS (spam, ham): " + ", ".join(
        "%s %d, %d" % (s, styles[(s, "spam")], styles[(s, "ham")])
        for s in ("named", "generic", "dynamic", "unknown")))
    lens = sorted((m["text"] or m["html"]).count("\n") for m in MESSAGES)
    print("body lines: min %d, median %d, max %d" % (lens[0], lens[len(lens) // 2], lens[-1]))
    fn = collections.Counter(m["fname"] for m in MESSAGES if m.get("attach"))
    print("attachment name styles: " + ", ".join("%s %d" % kv for kv in sorted(fn.items())))
    print_family_tables(tables)


def main():
    use_iconv = "--iconv" in sys.argv
    failed = 0
    for m in MESSAGES:
        bad = check_one(m, use_iconv)
        if bad:
            failed += 1
            print("FAIL %s" % m["path"])
            for b in bad:
                print("     " + b)
    labels = open(os.path.join(HERE, "labels.tsv"), encoding="ascii").read().splitlines()
    want = sorted("%s\t%s" % (m["path"], label_of(m)) for m in MESSAGES)
    if labels != want:
        failed += 1
        print("FAIL labels.tsv does not match texts.py")
    count = collections.Counter(label_of(m) for m in MESSAGES)
    hard = sum(1 for m in MESSAGES if label_of(m) == "ham" and kind_of(m["path"]) in HARD_HAM)
    if count["spam"] != 50 or count["ham"] != 50 or hard < 30:
        failed += 1
        print("FAIL counts: spam %d, ham %d, hard ham %d" % (count["spam"], count["ham"], hard))
    tables = family_tables()
    for b in family_problems(tables):
        failed += 1
        print("FAIL " + b)
    print("%d messages (spam %d, ham %d, hard ham %d), %d failed"
          % (len(MESSAGES), count["spam"], count["ham"], hard, failed))
    if "--stats" in sys.argv:
        stats(tables)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
