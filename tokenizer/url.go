package tokenizer

import (
	"strings"
	"unicode/utf8"

	"github.com/mizugiwa/mizugiwa/urlnorm"
	"golang.org/x/net/publicsuffix"
)

// isURLByte reports whether the ASCII byte c may appear inside a URL found
// in text.
func isURLByte(c byte) bool {
	if c >= utf8.RuneSelf || c <= ' ' {
		return false
	}
	switch c {
	case '<', '>', '"', '`', '{', '}', '|', '\\', '^', 0x7f:
		return false
	}
	return true
}

// urlInText emits the tokens of the URL that starts at s[i] and returns the
// index after it.
func (st *state) urlInText(prefix, s string, i int) int {
	j := i
	for j < len(s) && isURLByte(s[j]) {
		j++
	}
	// Trailing punctuation belongs to the sentence, a closing parenthesis
	// only if the URL holds no opening one.
	open := strings.IndexByte(s[i:j], '(') >= 0
	for j > i {
		c := s[j-1]
		if strings.IndexByte(".,;:!?'*", c) >= 0 || (c == ')' && !open) || c == ']' {
			j--
			continue
		}
		break
	}
	st.url(prefix, s[i:j])
	return j
}

// maxURLs bounds the distinct URLs normalized for one message; the rest
// give no URL tokens. Spam with more links than this has said all it will
// by then.
const maxURLs = 128

// url emits the tokens of one URL: its scheme as written, then, from what
// a browser would visit (package urlnorm, the URL filter's normalization),
// the tricks used to hide it ("url:trick:<trick>"), a port other than the
// default, its host and registrable domain (or its IP address as a dotted
// quad), a flag for a query and the words of its path with per-recipient
// and random tokens left out. Each distinct URL is normalized once per
// message.
//
// A spam campaign's domains are new, but where and how they are
// registered is not: the domain's public suffix ("url:tld:biz",
// "url:tld:co.jp") and the shape of its own label ("url:domshape:a9a:l",
// appendLabelShape) recur across campaigns where the names do not. Bayes
// alone on the SpamAssassin split's training half (5 blocked folds) ranked 1-ROCA%
// 0.239 to 0.237 with them, the Japanese starter mail (10 folds) 1.606 to
// 1.574.
func (st *state) url(prefix, u string) {
	scheme := ""
	if k := strings.Index(u, "://"); k > 0 && k <= 10 {
		scheme = strings.ToLower(u[:k])
	} else if k := strings.IndexByte(u, ':'); k > 0 && k <= 10 && isScheme(u[:k]) {
		// mailto:, cid:, data:, javascript:, tel: …
		scheme = strings.ToLower(u[:k])
		st.opaqueURL(prefix, scheme, u[k+1:])
		return
	} else if len(u) >= 4 && strings.EqualFold(u[:4], "www.") {
		scheme = "http"
	} else if !strings.HasPrefix(u, "//") {
		return // relative: nothing to learn about a host
	}
	switch scheme {
	case "ttp", "hxxp":
		scheme = "http"
	case "ttps", "hxxps":
		scheme = "https"
	}
	if scheme != "" {
		if isScheme(scheme) {
			st.emit3(prefix, "url:scheme:", scheme)
		} else {
			st.emit(prefix, "url:scheme:odd")
		}
	}
	n, ok := st.normalizeURL(u)
	if !ok {
		if n != nil {
			st.emit(prefix, "url:invalid")
		}
		return
	}
	for _, t := range n.Tricks {
		st.emit3(prefix, "url:trick:", t)
	}
	// The key is host[:port]/path[?query], tokens replaced by "*".
	key := n.MatchKey
	hostPort, rest := key, ""
	if k := strings.IndexByte(key, '/'); k >= 0 {
		hostPort, rest = key[:k], key[k:]
	}
	if len(hostPort) > len(n.Host) {
		st.emit(prefix, "url:port")
	}
	switch h := n.Host; {
	case strings.HasPrefix(h, "["):
		st.emit(prefix, "url:ipv6")
	case h == n.Domain && isIPv4(h):
		st.emit(prefix, "url:ip")
		st.emit3(prefix, "url:ip:", h[:strings.LastIndexByte(h, '.')])
	default:
		st.emit3(prefix, "url:host:", h)
		if strings.IndexByte(n.Domain, '.') > 0 {
			st.emit3(prefix, "url:dom:", n.Domain)
			st.registration(prefix, "url:", n.Domain)
		}
	}
	if n.Redirector != "" {
		st.emit3(prefix, "url:redirector:", n.Redirector)
	}
	path := rest
	if k := strings.IndexByte(rest, '?'); k >= 0 {
		st.emit(prefix, "url:query")
		path = rest[:k]
	}
	st.pathWords(prefix, path)
}

// normalizeURL returns u normalized, from the message's cache when it was
// seen before. ok is false for input that is not a web URL (then the
// result is non-nil) and when the message's quota of URLs is spent (then
// it is nil).
func (st *state) normalizeURL(u string) (n *urlnorm.URL, ok bool) {
	if r, seen := st.urls[u]; seen {
		return r, r.Host != ""
	}
	if len(st.urls) >= maxURLs {
		return nil, false
	}
	r, err := urlnorm.Normalize(u)
	if err != nil {
		r = urlnorm.URL{}
	}
	if st.urls == nil {
		st.urls = make(map[string]*urlnorm.URL)
	}
	st.urls[u] = &r
	return &r, err == nil
}

// isScheme reports whether s looks like a URL scheme.
func isScheme(s string) bool {
	if s == "" || len(s) > 10 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if !(c >= 'a' && c <= 'z') && !(i > 0 && (isDigit(s[i]) || s[i] == '+' || s[i] == '-' || s[i] == '.')) {
			return false
		}
	}
	return true
}

// opaqueURL emits the tokens of a URL without an authority part.
func (st *state) opaqueURL(prefix, scheme, rest string) {
	switch scheme {
	case "mailto":
		if k := strings.IndexAny(rest, "?#"); k >= 0 {
			rest = rest[:k]
		}
		if k := strings.LastIndexByte(rest, '@'); k >= 0 {
			st.host(prefix, "email:", rest[k+1:])
		}
		st.emit(prefix, "url:scheme:mailto")
	case "http", "https":
		// "http:example.com" without slashes.
		st.url(prefix, scheme+"://"+strings.TrimLeft(rest, "/"))
	default:
		if isScheme(scheme) {
			st.emit3(prefix, "url:scheme:", strings.ToLower(scheme))
		}
	}
}

// pathWords emits the words of a URL path as "url:path:<word>", shaped as
// words in text are.
func (st *state) pathWords(prefix, path string) {
	if path == "" || path == "/" {
		return
	}
	if len(path) > 512 {
		path = path[:512]
	}
	p := prefix + "url:path:"
	for i := 0; i < len(path); {
		if !isAlnum(path[i]) {
			i++
			continue
		}
		j := i
		for j < len(path) && isAlnum(path[j]) {
			j++
		}
		st.atom(p, path, i, j)
		i = j
	}
}

// host emits kind+"host:" with the host name lower-cased and kind+"dom:"
// with its registrable domain (eTLD+1), which it returns. A host that is
// an IP address gives kind+"ip:<first three octets>" instead, and a host
// hidden behind %-escapes or given as a bare integer a flag. The hosts of a
// Message-ID, of the hop the message came from and of an address in the
// text also give the domain's public suffix and the shape of its name
// (registration), as a link's do.
func (st *state) host(prefix, kind, h string) (domain string) {
	h = strings.TrimSuffix(h, ".")
	if h == "" || len(h) > 253 {
		st.emit3(prefix, kind, "host:none")
		return ""
	}
	if strings.IndexByte(h, '%') >= 0 {
		st.emit3(prefix, kind, "pcthost")
		h = unescapeHost(h)
	}
	h = strings.ToLower(h)
	if isIPv4(h) {
		st.emit3(prefix, kind, "ip")
		st.emit3(prefix, kind+"ip:", h[:strings.LastIndexByte(h, '.')])
		return ""
	}
	if isNumericHost(h) {
		st.emit3(prefix, kind, "ipnum") // http://3221225985/, 0xC0000201
		return ""
	}
	if isLabel(h) {
		if kind == "" {
			// A header's host without a dot, as spam programs make up
			// for Message-IDs ("@bjjwxv"): its shape recurs where the
			// name does not. Bayes alone on the SpamAssassin split's
			// training half, 1-ROCA% 0.2174 to 0.2172 (5 blocked
			// folds), 0.1675 to 0.1672 (10); the Japanese starter mail
			// 1.462 to 1.453.
			st.emitShape(prefix, "", "labelshape:", h)
		}
		st.emit3(prefix, kind+"host:", h) // a single label: "localhost"
		return ""
	}
	if !isHostName(h) {
		st.emit3(prefix, kind, "host:odd")
		return ""
	}
	st.emit3(prefix, kind+"host:", h)
	d, err := publicsuffix.EffectiveTLDPlusOne(h)
	if err != nil {
		return ""
	}
	st.emit3(prefix, kind+"dom:", d)
	if kind == "" && (prefix == "msgid:" || prefix == "rcvd:") || prefix == "" && kind == "email:" {
		st.registration(prefix, kind, d)
	}
	return d
}

// registration emits kind+"tld:" with the public suffix of the registrable
// domain d and kind+"domshape:" with the shape of its own label
// (appendLabelShape). A campaign's domains are new, but where and how spammers
// register them recur. Besides links (url), the hosts of Message-IDs and of
// addresses in the text give them, and those of the Received hop the
// message came from (receivedFrom): on the SpamAssassin split's training
// half (5 blocked folds, Bayes alone), with the mailbox shapes of the
// sender's addresses (addrDomain), 1-ROCA% 0.237 to 0.227 and recall at
// FP <= 0.1% 83.6% to 84.2%; the Japanese starter mail (10 folds) 1.574 to
// 1.529. The sender's own domains (From, Reply-To, Return-Path) ranked the
// SpamAssassin half worse (0.237 to 0.242) and are left out.
func (st *state) registration(prefix, kind, d string) {
	if k := strings.IndexByte(d, '.'); k > 0 {
		st.key = append(append(append(append(st.key[:0], prefix...), kind...), "tld:"...), d[k+1:]...)
		st.commit()
		st.emitShape(prefix, kind, "domshape:", d[:k])
	}
}

// unescapeHost decodes %-escapes in a host name; bad escapes stay as they
// are.
func unescapeHost(h string) string {
	var b strings.Builder
	for i := 0; i < len(h); i++ {
		if h[i] == '%' && i+2 < len(h) && isHex(h[i+1]) && isHex(h[i+2]) {
			b.WriteByte(unhex(h[i+1])<<4 | unhex(h[i+2]))
			i += 2
			continue
		}
		b.WriteByte(h[i])
	}
	return b.String()
}

func isHex(c byte) bool {
	return isDigit(c) || (c|0x20 >= 'a' && c|0x20 <= 'f')
}

func unhex(c byte) byte {
	if isDigit(c) {
		return c - '0'
	}
	return c | 0x20 - 'a' + 10
}

// isNumericHost reports whether h is an IP address written as one decimal
// or hexadecimal number, or in dotted form with hexadecimal or octal parts.
func isNumericHost(h string) bool {
	for _, part := range strings.Split(h, ".") {
		if part == "" {
			return false
		}
		p := part
		if len(p) > 2 && p[0] == '0' && p[1]|0x20 == 'x' {
			p = p[2:]
			for i := 0; i < len(p); i++ {
				if !isHex(p[i]) {
					return false
				}
			}
			continue
		}
		for i := 0; i < len(p); i++ {
			if !isDigit(p[i]) {
				return false
			}
		}
	}
	return true
}

// isHostName reports whether h (lower case) is a syntactically valid DNS
// name of at least two labels whose last label is alphabetic.
func isHostName(h string) bool {
	if len(h) > 253 {
		return false
	}
	labels := 0
	last := 0
	for i := 0; i <= len(h); i++ {
		if i < len(h) && h[i] != '.' {
			c := h[i]
			if !(c >= 'a' && c <= 'z') && !isDigit(c) && c != '-' && c != '_' {
				return false
			}
			continue
		}
		if i == last || i-last > 63 {
			return false
		}
		labels++
		if i == len(h) {
			// The top-level label is alphabetic, or an IDN ("xn--p1ai").
			tld := h[last:i]
			if len(tld) < 2 {
				return false
			}
			if !strings.HasPrefix(tld, "xn--") {
				for k := 0; k < len(tld); k++ {
					if tld[k] < 'a' || tld[k] > 'z' {
						return false
					}
				}
			}
		}
		last = i + 1
	}
	return labels >= 2
}

// isLabel reports whether h (lower case) is a single DNS label.
func isLabel(h string) bool {
	if h == "" || len(h) > 63 {
		return false
	}
	for i := 0; i < len(h); i++ {
		c := h[i]
		if !(c >= 'a' && c <= 'z') && !isDigit(c) && c != '-' && c != '_' {
			return false
		}
	}
	return true
}

// reservedTLDs are the top-level names reserved for documentation and
// testing (RFC 2606); hosts under them are treated as real.
var reservedTLDs = [...]string{"example", "test", "invalid", "localhost"}

// knownTLD reports whether the last label of h is a top-level domain on
// the ICANN part of the public suffix list, or a reserved one.
func knownTLD(h string) bool {
	tld := h[strings.LastIndexByte(h, '.')+1:]
	if _, icann := publicsuffix.PublicSuffix(tld); icann {
		return true
	}
	for _, r := range reservedTLDs {
		if tld == r {
			return true
		}
	}
	return false
}

// bareHost emits host tokens for a host name written in text without a
// scheme ("example.co.jp") and reports whether span was one.
func (st *state) bareHost(prefix, span string) bool {
	if len(span) > 253 || !isASCII(span) {
		return false
	}
	var buf [253]byte
	h := buf[:0]
	for i := 0; i < len(span); i++ {
		c := span[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = append(h, c)
	}
	hs := string(h)
	if !isHostName(hs) || !knownTLD(hs) {
		return false
	}
	st.host(prefix, "url:", hs)
	return true
}

// email emits "email:host:" and "email:dom:" for an e-mail address written
// in text and reports whether span was one. The local part, often made per
// recipient, is not kept.
func (st *state) email(prefix, span string) bool {
	k := strings.LastIndexByte(span, '@')
	if k <= 0 || k == len(span)-1 {
		return false
	}
	h := strings.ToLower(span[k+1:])
	if !isHostName(h) {
		return false
	}
	st.host(prefix, "email:", h)
	return true
}

// appendLabelShape appends to dst the shape of a domain label or a mailbox
// name l: each run of digits as "9", of hyphens as "-", of anything else as
// "a", and its length as s (up to 4), m (up to 9), l (up to 15) or x:
// "shop24-online" is "a9-a:l", "i.suzuki" "a:m".
func appendLabelShape(dst []byte, l string) []byte {
	start := len(dst)
	var last byte
	for i := 0; i < len(l) && len(dst)-start < maxLabelShape; i++ {
		c := l[i]
		switch {
		case '0' <= c && c <= '9':
			c = '9'
		case c == '-':
		default:
			c = 'a'
		}
		if c != last {
			dst = append(dst, c)
		}
		last = c
	}
	switch n := len(l); {
	case n <= 4:
		dst = append(dst, ":s"...)
	case n <= 9:
		dst = append(dst, ":m"...)
	case n <= 15:
		dst = append(dst, ":l"...)
	default:
		dst = append(dst, ":x"...)
	}
	return dst
}

// maxLabelShape bounds the runs of a shape appendLabelShape writes.
const maxLabelShape = 30

// emitShape emits prefix+kind+name followed by the shape of s
// (appendLabelShape), built in the key buffer without a string of its own.
func (st *state) emitShape(prefix, kind, name, s string) {
	st.key = append(append(append(st.key[:0], prefix...), kind...), name...)
	st.key = appendLabelShape(st.key, s)
	st.commit()
}
