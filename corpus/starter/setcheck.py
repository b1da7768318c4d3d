"""Check a starter set's messages against its texts.py.

Standard library only.  For every record in texts.py:

  * the .eml file is byte-identical to what gen.py renders now;
  * the raw bytes have LF line ends only, ASCII-only headers, no line longer
    than 998 bytes, and no 8-bit byte in a 7bit part;
  * email.message_from_bytes(policy=email.policy.default) parses it with no
    defects (except the notes about encoded words inside quoted attachment
    names, which real mailers write; see QUOTED_WORD_NOTES), and the decoded Subject, From/To display names and addresses,
    text/plain and text/html bodies (get_content()), declared charsets,
    transfer encodings and attachment names/contents equal the texts;
  * no decoded string holds U+FFFD;
  * every host name (URLs, mail addresses, Received, Message-ID, Reply-To,
    List-* headers) is under a reserved name (RESERVED_SUFFIXES) and every
    IPv4 address is in a documentation range;
  * every date written with a weekday, like 3月14日（金） or 2025/3/14(金),
    falls on that weekday;
  * plain-text bodies have 5 to 40 lines, and no ham From display name holds
    a real brand name (genuine notices come from invented organizations).

And for the set as a whole: labels.tsv matches texts.py; no sender-domain
family (see FAMILIES) with 10 or more messages is more than 70% one class;
at least StarterSet.min_hard_ham ham messages are marked hard=True; the
set holds StarterSet.expected records per class.  Shared by the check.py of
ja-more-2, -3, -4 and -6, which give those numbers:

    python3 check.py            # exit status 1 on any failure
    python3 check.py --stats    # also print counts by kind, charset, encoding,
                                # and domain families / relay styles by class
    python3 check.py --iconv    # also decode every text part with iconv(1)
"""
import collections
import datetime
import email
import email.policy
import ipaddress
import os
import re
import subprocess
import sys

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
MAIL_HOST = re.compile(r"[\w.+*-]+@([\w-]+(?:\.[\w-]+)+)", re.ASCII)
BARE_HOST = re.compile(r"(?<![\w.%-])((?:[a-z0-9-]+\.)+" + REAL_TLDS + r")(?![\w-]|\.\w)", re.ASCII | re.IGNORECASE)
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



class StarterSet:
    """One starter set: its folder, its records (texts.py), its renderer
    (gen.render), the least number of ham marked hard=True, and the records
    per class it must hold (None: any)."""

    def __init__(self, here, messages, render, min_hard_ham, expected=None):
        self.here = here
        self.messages = messages
        self.render = render
        self.min_hard_ham = min_hard_ham
        self.expected = expected

def reserved_host(host):
    host = host.lower().rstrip(".")
    if host.startswith("[") and host.endswith("]"):
        return reserved_ip(host[1:-1])
    return any(host == s or host.endswith("." + s) for s in RESERVED_SUFFIXES)


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


def reserved_ip(s):
    try:
        ip = ipaddress.ip_address(s)
    except ValueError:
        return False
    return any(ip in n for n in DOC_NETS)


def host_problems(texts, received):
    bad = []
    for t in texts:
        for h in URL_HOST.findall(t) + MAIL_HOST.findall(t):
            if not (reserved_host(h) or reserved_ip(h)):
                bad.append("host " + h)
        for h in BARE_HOST.findall(t):
            if h.lower() not in BRAND_TEXT and not reserved_host(h):
                bad.append("bare host " + h)
        for ip in IPV4.findall(t):
            if not reserved_ip(ip):
                bad.append("ip " + ip)
    for r in received:
        for group in RECEIVED_HOSTS.findall(" ".join(r.split())):
            for h in group:
                if h != "unknown" and not (reserved_host(h) or reserved_ip(h)) and "." in h:
                    bad.append("received host " + h)
    return bad


def weekday_problems(text, msg_date):
    bad = []
    year, month = None, None
    hits = [(mt.start(), mt.groups()) for mt in WEEKDAY.finditer(text)]
    hits += [(mt.start(), mt.groups()) for mt in SLASH_WEEKDAY.finditer(text)]
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
    bad += ["defect " + d for d in all_defects(msg, quoted_words_ok)]
    codec, label = mailgen.CHARSETS[m["charset"]]

    if msg["subject"] != m["subject"]:
        bad.append("subject %r != %r" % (msg["subject"], m["subject"]))
    name, addr = m["sender"]
    frm = msg["from"].addresses
    if len(frm) != 1 or frm[0].addr_spec != addr or frm[0].display_name != (name or ""):
        bad.append("from %r" % (frm,))
    if not isinstance(m["to"], str):
        got = [(a.display_name or None, a.addr_spec) for a in msg["to"].addresses]
        if got != [tuple(t) for t in m["to"]]:
            bad.append("to %r != %r" % (got, m["to"]))

    decoded = [msg["subject"], name or ""]
    if m.get("html_only"):
        wanted = [("html", m["html"])]
    else:
        wanted = [("plain", m["text"])] + ([("html", m["html"])] if m.get("html") else [])
        n = len(m["text"].rstrip("\n").split("\n"))
        if not 5 <= n <= 40:
            bad.append("plain body has %d lines (want 5-40)" % n)
    if m["path"].startswith("ham/") and name:
        bad += ["ham From name holds brand %s" % b for b in BRANDS if b in name]
    for subtype, text in wanted:
        part = msg.get_body(preferencelist=(subtype,))
        if part is None or part.get_content_subtype() != subtype:
            bad.append("no text/%s part" % subtype)
            continue
        if part.get_content_charset() != label.lower():
            bad.append("%s charset %r" % (subtype, part.get_content_charset()))
        if part["content-transfer-encoding"] != m["cte"]:
            bad.append("%s CTE %r" % (subtype, part["content-transfer-encoding"]))
        if m["cte"] == "7bit" and any(c >= 0x80 for c in part.get_payload(decode=False).encode("ascii", "surrogateescape")):
            bad.append("%s: 8-bit data in 7bit part" % subtype)
        got = part.get_content()
        if got != text:
            bad.append("%s body differs from texts.py" % subtype)
        decoded.append(got)
        if use_iconv:
            alt = iconv_decode(part.get_payload(decode=True), label)
            if alt != text:
                bad.append("%s: iconv -f %s disagrees" % (subtype, label))

    want_att = m.get("attach", [])
    got_att = list(msg.iter_attachments())
    if [a.get_filename() for a in got_att] != [fn for fn, _, _ in want_att]:
        bad.append("attachments %r" % [a.get_filename() for a in got_att])
    else:
        for a, (fn, ctype, kind) in zip(got_att, want_att):
            if a.get_content_type() != ctype or a.get_payload(decode=True) != mailgen.placeholder(fn, kind):
                bad.append("attachment %s content" % fn)
            decoded.append(fn)

    for s in decoded:
        if "\ufffd" in s:
            bad.append("U+FFFD in decoded text")
    bad += host_problems(decoded + [str(v) for v in msg.values()], msg.get_all("received", []))
    for t in (m.get("text") or "", m.get("html") or ""):
        bad += weekday_problems(t, mailgen.parse_date(m["date"]))
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


def link_families(m):
    """Families of the hosts of all URLs in the bodies (a set per message)."""
    hosts = set()
    for t in (m.get("text") or "", m.get("html") or ""):
        hosts.update(h.lower() for h in URL_HOST.findall(t))
    return {family(h) for h in hosts}


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
                ((f, label_of(m)) for m in s.messages for f in link_families(m)), FAMILIES)
    nolink = collections.Counter(label_of(m) for m in s.messages if not link_families(m))
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


def main(s):
    use_iconv = "--iconv" in sys.argv
    failed = 0
    for m in s.messages:
        bad = check_one(s, m, use_iconv)
        if bad:
            failed += 1
            print("FAIL %s" % m["path"])
            for b in bad:
                print("     " + b)
    labels = open(os.path.join(s.here, "labels.tsv"), encoding="ascii").read().splitlines()
    want = sorted("%s\t%s" % (m["path"], m["path"].split("/")[0]) for m in s.messages)
    if labels != want:
        failed += 1
        print("FAIL labels.tsv does not match texts.py")
    set_bad = set_problems(s)
    for b in set_bad:
        print("FAIL set: " + b)
    print("%d messages, %d failed, %d set-level problems" % (len(s.messages), failed, len(set_bad)))
    if "--stats" in sys.argv:
        stats(s)
    sys.exit(1 if failed or set_bad else 0)

