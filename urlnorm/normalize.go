// Package urlnorm turns a URL as written in a message into what a browser
// would visit, and names the tricks used to hide it: userinfo before the
// host, %-escapes and HTML character references, IP addresses in numeric
// forms, international names, known redirectors wrapping the real target,
// and per-recipient or random tokens in the path and query.
//
// It is the one normalization shared by the URL filter, which looks the
// hosts up in lists and scores the tricks, and the tokenizer, which hands
// hosts, domains and path words to the Bayesian filter; it depends on
// neither. Normalization follows the WHATWG URL standard where browsers
// do: hosts go through UTS #46 to A-labels, "ends in a number" hosts are
// parsed as IPv4 in every form browsers accept, and the fragment is
// dropped.
package urlnorm

import (
	"errors"
	"fmt"
	"html"
	"net/netip"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/idna"
	"golang.org/x/net/publicsuffix"
)

// The tricks Normalize and Extract report, one word each.
const (
	TrickUserinfo       = "userinfo"        // userinfo before the host: http://www.bank.co.jp@evil.example/
	TrickEscape         = "escape"          // %-escapes in the host, or escaped letters and digits in the path
	TrickEntity         = "entity"          // HTML character references in the URL
	TrickNumericIP      = "numeric_ip"      // an IP address for a host, in any form
	TrickIDN            = "idn"             // an internationalized host (A-labels)
	TrickRedirect       = "redirect"        // a known redirector wrapping the real target
	TrickQueryToken     = "query_token"     // a per-recipient or random token in the query or path
	TrickAnchorMismatch = "anchor_mismatch" // anchor text shows another domain than the href
	TrickDomainInHost   = "domain_in_host"  // the subdomain spells out another site's domain: http://www.bank.co.jp.evil.example/
)

// MaxURLBytes is the longest input Normalize accepts. Browsers accept longer
// URLs, but mail that carries one longer than this is hiding something, and
// normalizing it would cost more than it tells.
const MaxURLBytes = 8192

// maxRedirects bounds how many redirectors are unwrapped one inside another.
const maxRedirects = 8

// ErrNotURL is wrapped by the errors Normalize returns for input that no
// browser would visit as a web address.
var ErrNotURL = errors.New("not a web URL")

// URL is the result of normalizing one URL: what a browser would visit.
type URL struct {
	// Input is the URL as given.
	Input string `json:"input"`
	// Normalized is the URL the browser visits: scheme and host folded to
	// lower case, host in ASCII, default port dropped, path and query
	// escaped canonically, fragment dropped, redirectors unwrapped.
	Normalized string `json:"normalized"`
	// Host is the ASCII host of Normalized: A-labels, or a dotted quad, or
	// a bracketed IPv6 address.
	Host string `json:"host"`
	// Domain is Host's registrable domain (eTLD+1 by the Public Suffix
	// List), or Host itself for an IP address or a bare public suffix.
	Domain string `json:"domain"`
	// Tricks lists the obfuscations found, in the order of the Trick
	// constants, each once.
	Tricks []string `json:"tricks"`
	// RedirectTarget is the unwrapped target when the input was a known
	// redirector (then Normalized is the same URL).
	RedirectTarget string `json:"redirect_target,omitempty"`
	// Redirector is the host of the outermost redirector unwrapped.
	Redirector string `json:"redirector,omitempty"`
	// MatchKey is Normalized with per-recipient and random tokens in the
	// path and query replaced by "*", and the query parameters sorted, so
	// that every copy of one campaign URL has one key.
	MatchKey string `json:"match_key"`
}

// HasTrick reports whether trick t was found.
func (u URL) HasTrick(t string) bool {
	for _, x := range u.Tricks {
		if x == t {
			return true
		}
	}
	return false
}

// trickOrder ranks tricks for URL.Tricks.
var trickOrder = [...]string{TrickUserinfo, TrickEscape, TrickEntity, TrickNumericIP, TrickIDN, TrickRedirect, TrickQueryToken, TrickAnchorMismatch, TrickDomainInHost}

// trickSet is a bit set of tricks, indexed as trickOrder.
type trickSet uint16

func trickBit(t string) trickSet {
	for i, x := range trickOrder {
		if x == t {
			return 1 << i
		}
	}
	return 0
}

func (s trickSet) list() []string {
	if s == 0 {
		return nil
	}
	var l []string
	for i, x := range trickOrder {
		if s&(1<<i) != 0 {
			l = append(l, x)
		}
	}
	return l
}

const (
	tUserinfo trickSet = 1 << iota
	tEscape
	tEntity
	tNumericIP
	tIDN
	tRedirect
	tQueryToken
	tAnchorMismatch
	tDomainInHost
)

// Normalize turns raw, a URL as written in a message (with or without a
// scheme), into what a browser would visit, and lists the tricks used to
// hide it. It fails, wrapping ErrNotURL, for input that has no valid web
// host: another scheme (mailto:, javascript:), an invalid IP address such as
// 999.1.1.1, a host too long for DNS, input longer than MaxURLBytes (or
// that escaping makes longer).
// Normalizing a URL's Normalized gives it back unchanged.
func Normalize(raw string) (URL, error) {
	return normalize(raw, nil)
}

// NormalizeFor is Normalize for a URL found in a message to rcpt: a path
// segment or query value carrying one of rcpt's addresses, plain or
// encoded, is a per-recipient token too. A nil rcpt is no recipients.
func NormalizeFor(raw string, rcpt *Recipients) (URL, error) {
	return normalize(raw, rcpt)
}

// CanonicalHost returns the host a browser would visit for s, a host, a
// domain or a URL (without unwrapping redirectors), in the form URL.Host
// has but without an IPv6 literal's brackets. A leading "." is ignored, so
// that ".example.com" names example.com. Lists of hosts hold this form.
func CanonicalHost(s string) (string, error) {
	p, err := parse(strings.TrimPrefix(strings.TrimSpace(s), "."), 0)
	if err != nil {
		return "", err
	}
	return strings.Trim(p.host, "[]"), nil
}

// Tricks returns the names of all tricks, in the order URL.Tricks lists
// them.
func Tricks() []string {
	l := trickOrder // a copy: the caller may change it
	return l[:]
}

// AddTrick returns tricks, a list in URL.Tricks order, with t added in its
// place; it is how a caller that finds a trick Normalize cannot see (an
// anchor text naming another domain) records it.
func AddTrick(tricks []string, t string) []string {
	var s trickSet
	for _, x := range tricks {
		s |= trickBit(x)
	}
	l := (s | trickBit(t)).list()
	if l == nil {
		l = []string{}
	}
	return l
}

// DecodeEntities decodes the HTML character references in s as a browser
// does in an attribute value, repeating until nothing changes, and reports
// whether it found a reference other than a plain "&amp;", which only
// hiding needs.
func DecodeEntities(s string) (string, bool) {
	if strings.IndexByte(s, '&') < 0 {
		return s, false
	}
	return decodeEntities(s)
}

// FoldWidth folds full-width ASCII forms, the ideographic space and the
// ideographic and half-width full stops to ASCII, as a browser reads them
// in a host.
func FoldWidth(r rune) rune {
	return foldWidth(r)
}

func notURL(raw, why string) error {
	if len(raw) > 80 {
		raw = raw[:80] + "…"
	}
	return fmt.Errorf("urlnorm: %q: %s: %w", raw, why, ErrNotURL)
}

func normalize(raw string, rcpt *Recipients) (URL, error) {
	u := URL{Input: raw}
	p, err := parse(raw, 0)
	if err != nil {
		return u, err
	}
	// Unwrap known redirectors. A chain deeper than maxRedirects is left
	// wrapped (and reported), so that normalizing the result again gives
	// the same URL.
	unwrapped := false
	outer := p
	for depth := 0; ; depth++ {
		target, ok := redirectTarget(&p)
		if !ok {
			break
		}
		q, err := parse(target, p.tricks)
		if err != nil {
			break
		}
		if depth == maxRedirects {
			p, unwrapped, u.Redirector = outer, false, ""
			p.tricks |= tRedirect
			break
		}
		if u.Redirector == "" {
			u.Redirector = p.host
		}
		q.tricks |= tRedirect
		p = q
		unwrapped = true
	}
	u.Normalized = p.String()
	if len(u.Normalized) > MaxURLBytes {
		// Escaping can make a URL several times longer (an invalid byte
		// becomes %EF%BF%BD); refuse it too, so that Normalized always
		// normalizes again.
		return URL{Input: raw}, notURL(raw, "longer than "+strconv.Itoa(MaxURLBytes)+" bytes once escaped")
	}
	u.Host = p.host
	u.Domain = p.domain()
	if unwrapped {
		u.RedirectTarget = u.Normalized
	}
	var tok bool
	u.MatchKey, tok = matchKey(&p, rcpt)
	if tok {
		p.tricks |= tQueryToken
	}
	u.Tricks = p.tricks.list()
	if u.Tricks == nil {
		u.Tricks = []string{} // a list in JSON, never null
	}
	return u, nil
}

// parsed is a URL taken apart and normalized piece by piece.
type parsed struct {
	scheme string
	host   string
	port   string // "" for the scheme's default
	ip     bool
	reg    string // host's registrable domain; "" for an IP address or a host without one
	path   string // canonically escaped, starts with "/"
	query  string // canonically escaped, without "?"
	tricks trickSet
}

// String returns the normalized URL.
func (p *parsed) String() string {
	n := len(p.scheme) + 3 + len(p.host) + len(p.path) + 1 + len(p.query) + 1 + len(p.port)
	var b strings.Builder
	b.Grow(n)
	b.WriteString(p.scheme)
	b.WriteString("://")
	b.WriteString(p.host)
	if p.port != "" {
		b.WriteByte(':')
		b.WriteString(p.port)
	}
	b.WriteString(p.path)
	if p.query != "" {
		b.WriteByte('?')
		b.WriteString(p.query)
	}
	return b.String()
}

// domain returns the registrable domain of p's host.
func (p *parsed) domain() string {
	if p.reg == "" {
		return p.host
	}
	return p.reg
}

// parse takes raw apart. tricks are carried over from an outer redirector.
func parse(raw string, tricks trickSet) (parsed, error) {
	p := parsed{tricks: tricks}
	if len(raw) > MaxURLBytes {
		return p, notURL(raw, "longer than "+strconv.Itoa(MaxURLBytes)+" bytes")
	}
	s := cleanSpace(raw)
	if strings.IndexByte(s, '&') >= 0 {
		var ent bool
		s, ent = decodeEntities(s)
		if ent {
			p.tricks |= tEntity
		}
	}
	if s == "" {
		return p, notURL(raw, "empty")
	}

	// Scheme.
	scheme, rest := splitScheme(s)
	switch scheme {
	case "http", "https", "ftp":
	case "hxxp", "ttp", "h**p", "htp":
		scheme = "http"
	case "hxxps", "ttps", "h**ps", "htps":
		scheme = "https"
	case "":
		scheme = "http"
	default:
		return p, notURL(raw, "scheme "+scheme+" is not a web scheme")
	}
	p.scheme = scheme
	// Special schemes skip any run of slashes and backslashes.
	for rest != "" {
		r, n := foldRune(rest)
		if r != '/' && r != '\\' {
			break
		}
		rest = rest[n:]
	}

	// Authority.
	authEnd := len(rest)
	var auth strings.Builder
	for i := 0; i < len(rest); {
		r, n := foldRune(rest[i:])
		if r == '/' || r == '\\' || r == '?' || r == '#' {
			authEnd = i
			break
		}
		auth.WriteRune(r)
		i += n
	}
	a := auth.String()
	rest = rest[authEnd:]
	if k := strings.LastIndexByte(a, '@'); k >= 0 {
		p.tricks |= tUserinfo
		a = a[k+1:]
	}
	host, port, err := splitPort(a)
	if err != nil {
		return p, notURL(raw, err.Error())
	}
	if port != "" {
		n, err := strconv.Atoi(port)
		if err != nil || n > 65535 || len(port) > 5 {
			return p, notURL(raw, "bad port "+strconv.Quote(port))
		}
		port = strconv.Itoa(n)
		if (scheme == "http" && n == 80) || (scheme == "https" && n == 443) || (scheme == "ftp" && n == 21) {
			port = ""
		}
	}
	p.port = port
	if err := p.setHost(host); err != nil {
		return p, notURL(raw, err.Error())
	}

	// Path, query; the fragment is never sent. Full-width ASCII forms are
	// what a person typing in Japanese meant as ASCII.
	if !isASCII(rest) {
		rest = foldString(rest)
	}
	var path, query string
	frag := indexFold(rest, '#')
	if frag >= 0 {
		rest = rest[:frag]
	}
	if k := indexFold(rest, '?'); k >= 0 {
		_, n := foldRune(rest[k:])
		path, query = rest[:k], rest[k+n:]
	} else {
		path = rest
	}
	var esc bool
	p.path, esc = cleanPath(path)
	if esc {
		p.tricks |= tEscape
	}
	p.query, _ = escapeComponent(query, false)
	return p, nil
}

// cleanSpace drops what browsers drop: leading and trailing C0 controls and
// spaces, and tabs and newlines anywhere, together with the indentation that
// follows a line break inside an attribute value.
func cleanSpace(s string) string {
	s = strings.TrimFunc(s, func(r rune) bool { return r <= ' ' || r == '\u3000' })
	if !strings.ContainsAny(s, "\t\r\n") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\t' || c == '\r' {
			continue
		}
		if c == '\n' {
			for i+1 < len(s) && (s[i+1] == ' ' || s[i+1] == '\t' || s[i+1] == '\r' || s[i+1] == '\n') {
				i++
			}
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// decodeEntities decodes HTML character references as a browser does in an
// attribute value: numeric ones with or without ";", named ones with ";",
// and the legacy names (amp, lt, …) without it unless a letter, digit or "="
// follows. It repeats until nothing changes, undoing double encoding. ent
// reports a reference other than a plain "&amp;".
func decodeEntities(s string) (string, bool) {
	ent := false
	for round := 0; round < 4; round++ {
		out, changed, suspicious := decodeEntitiesOnce(s)
		ent = ent || suspicious
		if !changed {
			break
		}
		s = out
	}
	return s, ent
}

// NumericReference reads the numeric character reference at the start of
// s, which follows its "&#": decimal digits, or "x" and hexadecimal ones,
// at most eight, then a ";" that browsers let go missing. It returns the
// character (U+FFFD for zero, a surrogate or beyond Unicode), the bytes
// read including the ";", whether the ";" was there, and false when no
// digit follows.
func NumericReference(s string) (r rune, n int, semicolon, ok bool) {
	j := 0
	hex := j < len(s) && (s[j] == 'x' || s[j] == 'X')
	if hex {
		j++
	}
	start := j
	for j < len(s) && j-start < 8 && (isDigit(s[j]) || (hex && isHex(s[j]))) {
		j++
	}
	if j == start {
		return 0, 0, false, false
	}
	base := 10
	if hex {
		base = 16
	}
	v, err := strconv.ParseUint(s[start:j], base, 32)
	r = rune(v)
	if err != nil || v == 0 || v > utf8.MaxRune || (r >= 0xD800 && r <= 0xDFFF) {
		r = utf8.RuneError
	}
	if j < len(s) && s[j] == ';' {
		j++
		semicolon = true
	}
	return r, j, semicolon, true
}

var legacyEntities = map[string]string{
	"amp": "&", "lt": "<", "gt": ">", "quot": "\"", "nbsp": "\u00a0", "copy": "©", "reg": "®",
}

func decodeEntitiesOnce(s string) (string, bool, bool) {
	var b strings.Builder
	changed, suspicious := false, false
	last := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '&' {
			continue
		}
		j := i + 1
		var repl string
		ok := false
		if j < len(s) && s[j] == '#' {
			if r, n, _, found := NumericReference(s[j+1:]); found {
				j += 1 + n
				repl, ok = string(r), true
				suspicious = true
			}
		} else {
			start := j
			for j < len(s) && j-start < 32 && isAlnum(s[j]) {
				j++
			}
			name := s[start:j]
			if j < len(s) && s[j] == ';' && name != "" {
				if d := html.UnescapeString(s[i : j+1]); d != s[i:j+1] {
					repl, ok = d, true
					j++
				}
			} else if v, legacy := legacyEntities[name]; legacy && (j >= len(s) || (!isAlnum(s[j]) && s[j] != '=')) {
				repl, ok = v, true
			}
			if ok && name != "amp" {
				suspicious = true
			}
		}
		if !ok {
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(repl)
		last = j
		i = j - 1
		changed = true
	}
	if !changed {
		return s, false, false
	}
	b.WriteString(s[last:])
	return b.String(), true, suspicious
}

// foldRune returns the first rune of s with full-width ASCII forms and
// ideographic full stops folded to ASCII, and its length in s.
func foldRune(s string) (rune, int) {
	c := s[0]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	r, n := utf8.DecodeRuneInString(s)
	return foldWidth(r), n
}

// foldWidth folds full-width ASCII forms and the ideographic and
// half-width full stops to ASCII.
func foldWidth(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E:
		return r - 0xFF01 + '!'
	case r == '\u3002' || r == '\uFF61':
		return '.'
	case r == '\u3000':
		return ' '
	}
	return r
}

// foldString folds every rune of s with foldWidth.
func foldString(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteRune(foldWidth(r))
	}
	return b.String()
}

// indexFold returns the index of the first c (or its full-width form) in s.
func indexFold(s string, c byte) int {
	for i := 0; i < len(s); {
		r, n := foldRune(s[i:])
		if r == rune(c) {
			return i
		}
		i += n
	}
	return -1
}

// nonWebSchemes are the schemes of URLs that do not lead to a web host but
// whose text may start with a digit.
var nonWebSchemes = map[string]bool{
	"cid": true, "mid": true, "tel": true, "fax": true, "sms": true, "callto": true,
	"sip": true, "mailto": true, "news": true, "nntp": true, "urn": true, "data": true,
}

// splitScheme returns the lower-cased scheme of s ("" when it has none) and
// what follows its colon.
func splitScheme(s string) (string, string) {
	var b [16]byte
	n := 0
	for i := 0; i < len(s); {
		r, sz := foldRune(s[i:])
		switch {
		case r == ':' && n > 0:
			sch := strings.ToLower(string(b[:n]))
			// "www.example.com:8080" and "example.com:80" have no scheme.
			if strings.IndexByte(sch, '.') >= 0 {
				return "", s
			}
			rest := s[i+sz:]
			// "localhost:8080/" has none either: a port follows the colon.
			// A scheme that never names a web host is one whatever follows:
			// "cid:1234@host" (an inline image of the message) and
			// "tel:0312345678" are not host "cid" with a port.
			if r2 := firstFold(rest); r2 < utf8.RuneSelf && isDigit(byte(r2)) && !nonWebSchemes[sch] {
				return "", s
			}
			return sch, rest
		case n < len(b) && (r < utf8.RuneSelf && isAlnum(byte(r)) || r == '+' || r == '-' || r == '.' || r == '*'):
			if n == 0 && !isAlpha(byte(r)) {
				return "", s
			}
			b[n] = byte(r)
			n++
		default:
			return "", s
		}
		i += sz
	}
	return "", s
}

func firstFold(s string) rune {
	if s == "" {
		return 0
	}
	r, _ := foldRune(s)
	return r
}

// splitPort splits host[:port], keeping an IPv6 literal's brackets.
func splitPort(a string) (host, port string, err error) {
	if strings.HasPrefix(a, "[") {
		k := strings.IndexByte(a, ']')
		if k < 0 {
			return "", "", errors.New("unclosed IPv6 literal")
		}
		host, rest := a[:k+1], a[k+1:]
		if rest == "" {
			return host, "", nil
		}
		if rest[0] != ':' {
			return "", "", errors.New("junk after IPv6 literal")
		}
		return host, rest[1:], nil
	}
	if k := strings.LastIndexByte(a, ':'); k >= 0 {
		return a[:k], a[k+1:], nil
	}
	return a, "", nil
}

// hostProfile maps and converts hosts as WHATWG URL's "domain to ASCII"
// does: UTS #46 non-transitional processing, without the STD3 and hyphen
// checks browsers skip.
var hostProfile = idna.New(
	idna.MapForLookup(),
	idna.Transitional(false),
	idna.BidiRule(),
	idna.StrictDomainName(false),
	idna.CheckHyphens(false),
	idna.CheckJoiners(true),
)

// setHost decodes, converts and checks the host h.
func (p *parsed) setHost(h string) error {
	if h == "" {
		return errors.New("no host")
	}
	if h[0] == '[' {
		a, err := netip.ParseAddr(h[1 : len(h)-1])
		if err != nil || !a.Is6() || a.Zone() != "" {
			return errors.New("bad IPv6 literal")
		}
		p.host, p.ip = "["+a.String()+"]", true
		p.tricks |= tNumericIP
		return nil
	}
	if strings.IndexByte(h, '%') >= 0 {
		d, ok := unescapeHost(h)
		if !ok {
			return errors.New("bad %-escape in host")
		}
		if d != h {
			p.tricks |= tEscape
			h = d
		}
	}
	if !utf8.ValidString(h) {
		return errors.New("host is not UTF-8")
	}
	ascii := true
	for i := 0; i < len(h); i++ {
		if h[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		h = strings.ToLower(h)
	}
	if !ascii || strings.Contains(h, "xn--") {
		if !ascii {
			h = foldString(h)
		}
		a, err := hostProfile.ToASCII(h)
		if err != nil {
			return fmt.Errorf("bad international host: %v", err)
		}
		h = a
	}
	h = strings.ToLower(h)
	for strings.HasSuffix(h, ".") {
		h = h[:len(h)-1]
	}
	if h == "" {
		return errors.New("no host")
	}
	if endsInNumber(h) {
		ip, err := parseIPv4(h)
		if err != nil {
			return err
		}
		p.host, p.ip = ip, true
		p.tricks |= tNumericIP
		return nil
	}
	if len(h) > 253 {
		return errors.New("host longer than 253 bytes")
	}
	labelStart := 0
	for i := 0; i <= len(h); i++ {
		if i == len(h) || h[i] == '.' {
			n := i - labelStart
			if n == 0 || n > 63 {
				return errors.New("bad host label length")
			}
			labelStart = i + 1
			continue
		}
		c := h[i]
		if !isAlnum(c) && c != '-' && c != '_' {
			return fmt.Errorf("forbidden %q in host", c)
		}
	}
	if strings.HasPrefix(h, "xn--") || strings.Contains(h, ".xn--") {
		p.tricks |= tIDN
	}
	if reg, err := publicsuffix.EffectiveTLDPlusOne(h); err == nil {
		p.reg = reg
		if spellsDomain(h, reg) {
			p.tricks |= tDomainInHost
		}
	}
	p.host = h
	return nil
}

// spellsDomain reports whether the labels of host before its registrable
// domain begin with a domain name of their own, as a look-alike host does:
// rakuten-card.co.jp.member-check.example (or amazon.co.jp-account.example)
// reads as the brand's at a glance, but the site is member-check.example. Only the suffixes that people
// recognize as ending a domain name count (com, net, org, jp, and suffixes
// of two labels such as co.jp or co.uk), not every word the root zone
// holds (shop.example.co.jp has a subdomain "shop", not a domain), and the
// name before the suffix must be one a site could use (not "www").
// reg is host's registrable domain.
func spellsDomain(host, reg string) bool {
	if len(reg) >= len(host) {
		return false
	}
	labels := strings.Split(host[:len(host)-len(reg)-1], ".")
	nsub := len(labels)
	// The spelled domain may run on into the registrable one with a
	// hyphen: amazon.co.jp-account.example.
	if first, _, ok := strings.Cut(reg, "."); ok {
		if head, _, ok := strings.Cut(first, "-"); ok {
			labels = append(labels, head)
		}
	}
	for j := 1; j < len(labels) && j <= nsub; j++ {
		name, suffix := labels[j-1], labels[j]
		two := ""
		if j+1 < len(labels) {
			two = suffix + "." + labels[j+1]
		}
		if len(name) < 2 || name == "www" {
			continue
		}
		switch {
		case two != "" && len(labels[j+1]) == 2 && icannSuffix(two):
			return true
		case suffix == "com" || suffix == "net" || suffix == "org" || suffix == "jp":
			return true
		}
	}
	return false
}

// icannSuffix reports whether s is itself a public suffix of the ICANN
// section of the Public Suffix List.
func icannSuffix(s string) bool {
	ps, icann := publicsuffix.PublicSuffix(s)
	return icann && ps == s
}

// unescapeHost decodes the %-escapes of a host.
func unescapeHost(h string) (string, bool) {
	var b strings.Builder
	for i := 0; i < len(h); i++ {
		if h[i] != '%' {
			b.WriteByte(h[i])
			continue
		}
		if i+2 >= len(h) || !isHex(h[i+1]) || !isHex(h[i+2]) {
			return "", false
		}
		b.WriteByte(unhex(h[i+1])<<4 | unhex(h[i+2]))
		i += 2
	}
	return b.String(), true
}

// endsInNumber is WHATWG URL's "ends in a number" check: the host's last
// label is a decimal or 0x-hex number, so the host must be an IPv4 address.
func endsInNumber(h string) bool {
	last := h
	if k := strings.LastIndexByte(h, '.'); k >= 0 {
		last = h[k+1:]
	}
	if last == "" {
		return false
	}
	all := true
	for i := 0; i < len(last); i++ {
		if !isDigit(last[i]) {
			all = false
			break
		}
	}
	if all {
		return true
	}
	if len(last) >= 2 && last[0] == '0' && (last[1] == 'x' || last[1] == 'X') {
		for i := 2; i < len(last); i++ {
			if !isHex(last[i]) {
				return false
			}
		}
		return true
	}
	return false
}

// parseIPv4 parses h by WHATWG URL's IPv4 parser: one to four parts, each
// decimal, 0x-hex or 0-octal, the last filling the remaining bytes.
func parseIPv4(h string) (string, error) {
	parts := strings.Split(h, ".")
	if len(parts) > 4 {
		return "", errors.New("IPv4 address with more than four parts")
	}
	var nums [4]uint64
	for i, s := range parts {
		if s == "" {
			return "", errors.New("empty IPv4 part")
		}
		base := 10
		switch {
		case len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'):
			s, base = s[2:], 16
		case len(s) >= 2 && s[0] == '0':
			s, base = s[1:], 8
		}
		var n uint64
		if s != "" {
			for len(s) > 1 && s[0] == '0' {
				s = s[1:]
			}
			if len(s) > 12 {
				return "", errors.New("IPv4 part out of range")
			}
			var err error
			n, err = strconv.ParseUint(s, base, 64)
			if err != nil {
				return "", errors.New("bad IPv4 part")
			}
		}
		nums[i] = n
	}
	n := len(parts)
	for i := 0; i < n-1; i++ {
		if nums[i] > 255 {
			return "", errors.New("IPv4 part out of range")
		}
	}
	if nums[n-1] >= 1<<(8*(5-n)) {
		return "", errors.New("IPv4 address out of range")
	}
	v := nums[n-1]
	for i := 0; i < n-1; i++ {
		v += nums[i] << (8 * (3 - i))
	}
	return strconv.Itoa(int(v>>24)) + "." + strconv.Itoa(int(v>>16&255)) + "." + strconv.Itoa(int(v>>8&255)) + "." + strconv.Itoa(int(v&255)), nil
}

// cleanPath reads backslashes as slashes, decodes escaped unreserved
// characters, removes dot segments and escapes what must be. esc reports
// an escaped letter or digit, which only hiding needs.
func cleanPath(path string) (string, bool) {
	path = strings.ReplaceAll(path, "\\", "/")
	path, esc := escapeComponent(path, true)
	if !strings.HasPrefix(path, "/") {
		path = "/" + path
	}
	if strings.Contains(path, "/.") {
		path = removeDotSegments(path)
	}
	return path, esc
}

// removeDotSegments resolves "." and ".." segments (RFC 3986 5.2.4).
func removeDotSegments(path string) string {
	segs := strings.Split(path[1:], "/")
	out := make([]string, 0, len(segs))
	for i, s := range segs {
		last := i == len(segs)-1
		switch s {
		case ".":
			if last {
				out = append(out, "")
			}
		case "..":
			if len(out) > 0 {
				out = out[:len(out)-1]
			}
			if last {
				out = append(out, "")
			}
		default:
			out = append(out, s)
		}
	}
	return "/" + strings.Join(out, "/")
}

// escapeComponent puts a path or query in canonical form: escapes of
// unreserved characters decoded, other escapes in upper case, and spaces,
// controls, non-ASCII and the characters browsers escape encoded. esc
// reports a decoded letter or digit.
func escapeComponent(s string, path bool) (string, bool) {
	clean := true
	for i := 0; i < len(s); i++ {
		if needsWork(s[i]) {
			clean = false
			break
		}
	}
	if clean {
		return s, false
	}
	esc := false
	var b strings.Builder
	b.Grow(len(s) + 8)
	const hexUp = "0123456789ABCDEF"
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			d := unhex(s[i+1])<<4 | unhex(s[i+2])
			if isUnreserved(d) {
				if isAlnum(d) {
					esc = true
				}
				b.WriteByte(d)
			} else {
				b.WriteByte('%')
				b.WriteByte(hexUp[d>>4])
				b.WriteByte(hexUp[d&15])
			}
			i += 2
		case c <= ' ' || c >= 0x7f || c == '"' || c == '<' || c == '>' || c == '`' || c == '%' || (!path && c == '\''):
			b.WriteByte('%')
			b.WriteByte(hexUp[c>>4])
			b.WriteByte(hexUp[c&15])
		case path && c == '?':
			b.WriteString("%3F")
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), esc
}

func needsWork(c byte) bool {
	return c <= ' ' || c >= 0x7f || c == '"' || c == '<' || c == '>' || c == '`' || c == '%' || c == '\''
}

func isUnreserved(c byte) bool {
	return isAlnum(c) || c == '-' || c == '.' || c == '_' || c == '~'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isAlpha(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isAlnum(c byte) bool { return isDigit(c) || isAlpha(c) }
func isHex(c byte) bool   { return isDigit(c) || (c|0x20 >= 'a' && c|0x20 <= 'f') }

func unhex(c byte) byte {
	switch {
	case isDigit(c):
		return c - '0'
	default:
		return c | 0x20 - 'a' + 10
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
