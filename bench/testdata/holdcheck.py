"""Check a held-out set's messages against its texts.py.

Standard library only; shared by the check.py of ja-holdout, -2, -3, -4 and
-5, which give what differs from set to set (HoldoutSet, EarlySet).  The
parts that do not depend on the set (raw bytes, defects, iconv, weekday
arithmetic) are the starter sets' checker, corpus/starter/setcheck.py.  For
every record in texts.py:

  * the .eml file is byte-identical to what gen.py renders now;
  * the raw bytes have LF line ends only, ASCII-only headers, no line longer
    than 998 bytes, and no 8-bit byte in a 7bit part;
  * email.message_from_bytes(policy=email.policy.default) parses it with no
    defects (except the notes about encoded words inside quoted attachment
    names, which real mailers write; see setcheck.QUOTED_WORD_NOTES), and
    the decoded Subject, From/To display names and addresses, text/plain
    and text/html bodies (get_content()), declared charsets, transfer
    encodings and attachment names/contents equal the texts; an HTML-only
    record has a single text/html body and no text/plain part.  A record
    whose bytes are not what its label says (declare: Shift_JIS bytes under
    an ISO-2022-JP label; cp932: CP932 bytes under a Shift_JIS label) is
    decoded with the real codec instead, as a tolerant reader would, and
    its declared label is checked;
  * no decoded string holds U+FFFD;
  * every host name (URLs, mail addresses, Received, Message-ID, other
    headers; with HoldoutSet.userinfo a URL's userinfo counts as a host too)
    is under a reserved name and every IPv4 address is in a documentation
    range; each Received line is understood and names a documentation
    address;
  * every date written with a weekday, like 3月14日（金）, 3/14(金) or
    ３月１４日 金曜日, falls on that weekday (subject, text and HTML);
  * the Date header is in one of HoldoutSet.years at +0900, and the number
    of Received lines is what the recipient's side and the sender's
    submission step give (holdgen.hop_count: 1 to 3);
  * a reverse DNS name with a dashed address (198-51-100-7.example.net)
    matches the relay's address;
  * no ham From display name names a real brand (HoldoutSet.brands): ham
    senders are invented organizations and people.

For the whole set:

  * labels.tsv lists every message once, sorted;
  * 50 spam and 50 ham, at least 30 of the ham of the hard kinds
    (HoldoutSet.hard_ham);
  * domain families are mixed across classes: for each role (From,
    Return-Path, Reply-To, sending relay, link hosts, recipient, and any host
    at all) a message counts once per reserved family it uses in that role,
    and no family with 10 or more messages in a role may be more than 70%
    spam or more than 70% ham.

The first two sets (EarlySet) keep their own, older rules: fewer reserved
names, every header scanned as text for hosts, weekday dates only as
3月14日（金） in the plain text, no reverse-DNS and no set-level checks.

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
import os
import re
import sys
import unicodedata

import holdgen  # also puts corpus/starter on sys.path
import setcheck  # noqa: E402
from setcheck import IPV4, URL_HOST, kind_of, label_of, reserved_ip  # noqa: E402

# reserved families; a host belongs to the first (most specific) that fits
FAMILIES = ("example.co.jp", "example.ne.jp", "example.or.jp", "example.ac.jp",
            "example.go.jp", "example.lg.jp", "example.jp",
            "example.com", "example.net", "example.org",
            ".example", ".test", ".invalid")
# brand names that look like host names but appear only as text
BRAND_TEXT = {"amazon.co.jp"}
# the reserved top-level domains are listed too, so that a look-alike such as
# www.brand.com.lookalike.test is read as one host, not as www.brand.com
REAL_TLDS = r"(?:com|net|org|jp|io|me|info|biz|cn|hk|ru|us|uk|de|co|ne|ac|go|or|lg|ed|test|example|invalid)"
# ja-holdout-3 and -4
REAL_TLDS_34 = r"(?:com|net|org|jp|io|me|info|biz|cn|hk|ru|us|uk|de|co|ne|ac|go|or|lg|ed)"
MAIL_HOST = re.compile(r"[\w.+*=-]+@([\w-]+(?:\.[\w-]+)+)", re.ASCII)
RECEIVED = re.compile(r"from (\S+) \((\S+) \[([^\]]+)\]\)\s+by (\S+) \(Postfix\) with (\S+) id")
# dates with a weekday, matched after NFKC (full-width digits and brackets
# become ASCII): 3月14日(金), 14日(金曜日), 3月14日 金曜日, 2025/3/14(金), 3/14(金・祝)
WEEKDAY_PATTERNS = (
    re.compile(r"(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日\s*\(([月火水木金土日])(?:曜日?)?(?:・祝)?\)"),
    re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日\s*([月火水木金土日])曜"),
    re.compile(r"(?:(\d{4})/)?(\d{1,2})/(\d{1,2})\s*\(([月火水木金土日])(?:・祝)?\)"),
)
# real brands that spam in these sets imitates; they may appear in ham
# bodies as text, but never in a ham sender's display name (BRANDS_3: those
# of ja-holdout-3; the later sets imitate more)
BRANDS_3 = ("amazon", "apple", "icloud", "iphone", "microsoft", "windows", "outlook", "onedrive",
            "google", "line", "yahoo", "docomo", "ntt", "au", "kddi", "sbi", "nhk", "etc",
            "jcb", "visa", "paypay",
            "みずほ", "三井住友", "住信", "三菱", "ゆうちょ", "jaバンク", "セゾン", "イオン",
            "エポス", "マネックス", "カブコム", "ドコモ", "ソフトバンク", "メルカリ", "楽天",
            "ヤマト", "日本郵便", "佐川", "東京ガス", "東京電力", "国税庁", "年金機構",
            "デジタル庁", "受信料")
BRANDS = BRANDS_3 + ("netflix", "instagram", "facebook", "paypal", "amex", "rakuten", "softbank",
                     "りそな", "野村", "ゆうちょ", "アマゾン", "ネットフリックス", "インスタグラム")
# ham kinds that share vocabulary with phishing or sales spam (HARD_HAM_3:
# those of ja-holdout-3)
HARD_HAM_3 = ("bank-notice", "card-notice", "securities-notice", "otp", "password-reset",
              "payment-failure", "renewal", "delivery-notice", "points-expiry",
              "sale-newsletter", "winner-notice", "recruiter", "it-warning", "gov-notice")
HARD_HAM = HARD_HAM_3 + ("dunning",)
ROLES = ("from", "return-path", "reply-to", "relay", "links", "recipient", "any")
FAMILY_LIMIT = 0.70   # no family may be more than this share one class ...
FAMILY_MIN = 10       # ... once it has this many messages in a role
EXPECTED = {"spam": 50, "ham": 50}
MIN_HARD_HAM = 30


def family(host):
    host = host.lower().rstrip(".")
    for f in FAMILIES:
        if f.startswith("."):
            if host.endswith(f):
                return f
        elif host == f or host.endswith("." + f):
            return f
    return None


def bare_host_pattern(real_tlds):
    """Host names ending in one of real_tlds, written without a scheme."""
    return re.compile(r"(?<![\w.-])((?:[a-z0-9-]+\.)+" + real_tlds + r")\b", re.ASCII | re.IGNORECASE)


class HoldoutSet:
    """One held-out set: its folder, its records (texts.py), its renderer
    (gen.render) and receiving sites (gen.RECEIVERS), and where it differs
    from ja-holdout-5: the years its Date headers may fall in, the brands no
    ham display name may name, its hard ham kinds, the top-level domains a
    bare host name is looked for with, the brand names allowed as bare host
    text, and whether a URL's userinfo is checked as a host."""

    expected = EXPECTED   # records per class (None: any, and no set-level checks)
    rdns = True           # check dashed reverse DNS names against the address
    mail_host = MAIL_HOST

    def __init__(self, here, messages, render, receivers, *, years=(2025, 2026), brands=BRANDS,
                 hard_ham=HARD_HAM, real_tlds=REAL_TLDS, brand_text=BRAND_TEXT, userinfo=True):
        self.here = here
        self.messages = messages
        self.render = render
        self.receivers = receivers
        self.years = years
        self.brands = brands
        self.hard_ham = hard_ham
        self.bare_host = bare_host_pattern(real_tlds)
        self.brand_text = brand_text
        self.userinfo = userinfo

    def reserved_host(self, host):
        host = host.lower().rstrip(".")
        if host.startswith("[") and host.endswith("]"):
            return reserved_ip(host[1:-1])
        return family(host) is not None

    def text_host_problems(self, texts):
        bad = []
        for t in texts:
            urls = URL_HOST.findall(t)
            if self.userinfo:
                # a URL's userinfo (https://brand.example.jp@host/) is checked
                # as a host of its own
                urls = [p for h in urls for p in h.split("@")]
            for h in urls + self.mail_host.findall(t):
                if not (self.reserved_host(h) or reserved_ip(h)):
                    bad.append("host " + h)
            for h in self.bare_host.findall(t):
                if h.lower() not in self.brand_text and not self.reserved_host(h):
                    bad.append("bare host " + h)
            for ip in IPV4.findall(t):
                if not reserved_ip(ip):
                    bad.append("ip " + ip)
        return bad

    def host_problems(self, decoded, msg, hops):
        bad = self.text_host_problems(decoded + [str(v) for k, v in msg.items() if k.lower() != "received"])
        for hop in hops:
            if hop is None:
                bad.append("Received line not understood")
                continue
            helo, rdns, ip, by, _ = hop
            if not reserved_ip(ip):
                bad.append("received ip " + ip)
            for h in (helo, rdns, by):
                if h != "unknown" and "." in h and not (self.reserved_host(h) or reserved_ip(h)):
                    bad.append("received host " + h)
        return bad

    def weekday_problems(self, m):
        msg_date = holdgen.parse_date(m["date"])
        bad = []
        for t in [m["subject"], m["text"] or "", m.get("html") or ""]:
            bad += setcheck.weekday_problems(unicodedata.normalize("NFKC", t), msg_date, WEEKDAY_PATTERNS)
        return bad


class EarlySet(HoldoutSet):
    """ja-holdout and -2: hosts under RESERVED only, every header (Received
    too) scanned as text, Received hosts found by setcheck.RECEIVED_HOSTS,
    weekday dates only as 3月14日（金） in the plain text, no URL userinfo,
    reverse-DNS or set-level checks; years None: no Date check."""

    RESERVED = ("example", "example.jp", "example.co.jp", "example.ne.jp", "example.com")
    REAL_TLDS = r"(?:com|net|org|jp|io|me|info|biz|cn|hk|ru|us|uk|de|co|ne|ac|go|or)"
    WEEKDAY = re.compile(r"(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日（([月火水木金土日])）")
    expected = None
    rdns = False
    mail_host = setcheck.MAIL_HOST

    def __init__(self, here, messages, render, receivers, *, years=None, brands=(),
                 brand_text=frozenset({"amazon.co.jp", "amazon.com"})):
        super().__init__(here, messages, render, receivers, years=years, brands=brands, hard_ham=(),
                         real_tlds=self.REAL_TLDS, brand_text=brand_text, userinfo=False)

    def reserved_host(self, host):
        return setcheck.reserved_host(host, self.RESERVED)

    def host_problems(self, decoded, msg, hops):
        bad = self.text_host_problems(decoded + [str(v) for v in msg.values()])
        for r in msg.get_all("received", []):
            for group in setcheck.RECEIVED_HOSTS.findall(" ".join(r.split())):
                for h in group:
                    if h != "unknown" and not (self.reserved_host(h) or reserved_ip(h)) and "." in h:
                        bad.append("received host " + h)
        return bad

    def weekday_problems(self, m):
        return setcheck.weekday_problems(m["text"], holdgen.parse_date(m["date"]), (self.WEEKDAY,))


def received_hops(msg):
    """(helo, rdns, ip, by, protocol) for each Received line, top first."""
    out = []
    for r in msg.get_all("received", []):
        hit = RECEIVED.search(" ".join(str(r).split()))
        out.append(hit.groups() if hit else None)
    return out


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


def load(s, m):
    with open(os.path.join(s.here, m["path"]), "rb") as f:
        data = f.read()
    return data, email.message_from_bytes(data, policy=email.policy.default)


def check_one(s, m, use_iconv):
    data, msg = load(s, m)
    bad = []
    if data != s.render(m):
        bad.append("file differs from gen.py output (run gen.py)")
    bad += setcheck.raw_problems(data, m)

    quoted_words_ok = m.get("fname") in ("rfc2231", "word")
    bad += ["defect " + d for d in setcheck.all_defects(msg, quoted_words_ok)]
    # body bytes are in charset; the text parts declare the label of
    # declare (a mislabelled message) or of charset; header words use
    # hcharset (default charset)
    codec = holdgen.CHARSETS[m["charset"]][0]
    label = holdgen.CHARSETS[m.get("declare", m["charset"])][1]
    hcodec, hlabel = holdgen.CHARSETS[holdgen.header_charset(m)]
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
            alt = setcheck.iconv_decode(part.get_payload(decode=True), setcheck.ICONV[codec])
            if alt != text:
                bad.append("%s: iconv -f %s disagrees" % (subtype, setcheck.ICONV[codec]))
    if m["text"] is None:
        if msg.get_content_type() != "text/html" and not (
                m.get("attach") and msg.get_content_type() == "multipart/mixed"):
            bad.append("HTML-only record rendered as %s" % msg.get_content_type())
        if any(p.get_content_type() == "text/plain" for p in msg.walk()):
            bad.append("HTML-only record has a text/plain part")

    bad += setcheck.attachment_problems(list(msg.iter_attachments()), m.get("attach", []),
                                        holdgen.placeholder, decoded)

    for t in decoded:
        if "\ufffd" in t:
            bad.append("U+FFFD in decoded text")
    hops = received_hops(msg)
    bad += s.host_problems(decoded, msg, hops)
    bad += s.weekday_problems(m)

    if s.years:
        d = msg["date"].datetime
        if d.year not in s.years or d.utcoffset() != datetime.timedelta(hours=9):
            bad.append("date %s" % msg["date"])
    want_hops = holdgen.hop_count(m, s.receivers)
    if len(hops) != want_hops:
        bad.append("%d Received lines, expected %d" % (len(hops), want_hops))
    if s.rdns:
        helo, rdns, ip = m["via"]
        dashed = re.search(r"(\d{1,3})-(\d{1,3})-(\d{1,3})-(\d{1,3})", rdns)
        if dashed and ".".join(dashed.groups()) != ip:
            bad.append("reverse DNS %s does not match %s" % (rdns, ip))
    if m["path"].startswith("ham/") and name:
        for b in s.brands:
            # ASCII brands as whole words ("LINE", not "ONLINE")
            pat = r"\b%s\b" % re.escape(b) if b.isascii() else re.escape(b)
            if re.search(pat, name.lower()):
                bad.append("ham sender name %r names the brand %r" % (name, b))
    return bad


# ---------------------------------------------------------------------------
# domain families by class
# ---------------------------------------------------------------------------
def addr_hosts(value):
    return [a.rsplit("@", 1)[1] for _, a in email.utils.getaddresses([value]) if "@" in a]


def role_hosts(s, m, msg):
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
        urls = URL_HOST.findall(b)
        if s.userinfo:
            # the host a link really leads to: after any userinfo
            urls = [u.rsplit("@", 1)[1] if "@" in u else u for u in urls]
        hosts["links"].update(h for h in urls if not reserved_ip(h))
    hosts["recipient"].add(holdgen.rcpt_of(m).rsplit("@", 1)[1])
    every = set()
    for r in ROLES[:-1]:
        every |= hosts[r]
    every.update(addr_hosts(str(msg["to"] or "")))
    every.update(re.findall(r"@([\w.-]+)>", str(msg["message-id"])))
    for b in bodies:
        every.update(MAIL_HOST.findall(b))
    hosts["any"] = {h for h in every if not reserved_ip(h.strip("[]"))}
    return hosts


def family_tables(s):
    """{role: {family: Counter(label)}}"""
    tables = {r: collections.defaultdict(collections.Counter) for r in ROLES}
    for m in s.messages:
        _, msg = load(s, m)
        for role, hosts in role_hosts(s, m, msg).items():
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
def stats(s, tables):
    msgs = s.messages
    by_kind = collections.Counter((label_of(m), kind_of(m["path"])) for m in msgs)
    print("kind counts:")
    for (label, kind), n in sorted(by_kind.items()):
        print("  %-4s %-18s %d%s" % (label, kind, n, "  (hard)" if label == "ham" and kind in s.hard_ham else ""))

    def cs_of(m):
        return m["charset"] + ("(declared %s)" % m["declare"] if m.get("declare") else "")
    enc = collections.Counter((cs_of(m), m["cte"], label_of(m)) for m in msgs)
    width = 30 if any(m.get("declare") for m in msgs) else 12  # room for "(declared ...)"
    print("charset / transfer encoding (spam, ham):")
    for cs, cte in sorted({(cs_of(m), m["cte"]) for m in msgs}):
        print("  %-*s %-17s %2d, %2d" % (width, cs, cte, enc[(cs, cte, "spam")], enc[(cs, cte, "ham")]))
    shape = collections.Counter(
        (label_of(m), ("html-only" if m["text"] is None else "alternative" if m.get("html") else "plain")
         + ("+attachment" if m.get("attach") else ""))
        for m in msgs)
    print("structure (spam, ham):")
    for k in sorted({k for _, k in shape}):
        print("  %-24s %2d, %2d" % (k, shape[("spam", k)], shape[("ham", k)]))
    subj = collections.Counter("Q" if m.get("qsubj") else "B" for m in msgs)
    print("subject words: B %d, Q %d" % (subj["B"], subj["Q"]))
    qname = sum(1 for m in msgs if m.get("qname"))
    print("display names in Q words: %d messages" % qname)
    hw = collections.Counter(label_of(m) for m in msgs
                             if re.search("[\uff61-\uff9f]", (m["text"] or "") + (m.get("html") or "") + m["subject"]))
    fw = collections.Counter(label_of(m) for m in msgs
                             if re.search("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]",
                                          (m["text"] or "") + (m.get("html") or "") + m["subject"]))
    print("half-width katakana: spam %d, ham %d; full-width alphanumerics: spam %d, ham %d"
          % (hw["spam"], hw["ham"], fw["spam"], fw["ham"]))
    hops = collections.Counter((holdgen.hop_count(m, s.receivers), label_of(m)) for m in msgs)
    print("received hops (spam, ham): " + ", ".join(
        "%d: %d, %d" % (k, hops[(k, "spam")], hops[(k, "ham")]) for k in (1, 2, 3)))
    styles = collections.Counter((relay_style(m["via"][1]), label_of(m)) for m in msgs)
    print("sending relay reverse DNS (spam, ham): " + ", ".join(
        "%s %d, %d" % (st, styles[(st, "spam")], styles[(st, "ham")])
        for st in ("named", "generic", "dynamic", "unknown")))
    lens = sorted((m["text"] or m["html"]).count("\n") for m in msgs)
    print("body lines: min %d, median %d, max %d" % (lens[0], lens[len(lens) // 2], lens[-1]))
    fn = collections.Counter(m["fname"] for m in msgs if m.get("attach"))
    print("attachment name styles: " + ", ".join("%s %d" % kv for kv in sorted(fn.items())))
    print_family_tables(tables)


def main(s):
    failed = setcheck.check_messages(s, check_one)
    tables = family_tables(s) if s.expected or "--stats" in sys.argv else None
    if s.expected:
        count = collections.Counter(label_of(m) for m in s.messages)
        hard = sum(1 for m in s.messages if label_of(m) == "ham" and kind_of(m["path"]) in s.hard_ham)
        if any(count[k] != n for k, n in s.expected.items()) or hard < MIN_HARD_HAM:
            failed += 1
            print("FAIL counts: spam %d, ham %d, hard ham %d" % (count["spam"], count["ham"], hard))
        for b in family_problems(tables):
            failed += 1
            print("FAIL " + b)
        print("%d messages (spam %d, ham %d, hard ham %d), %d failed"
              % (len(s.messages), count["spam"], count["ham"], hard, failed))
    else:
        print("%d messages, %d failed" % (len(s.messages), failed))
    if "--stats" in sys.argv:
        stats(s, tables)
    sys.exit(1 if failed else 0)
