package urlnorm

import (
	"encoding/base64"
	"encoding/hex"
	"slices"
	"strings"
)

// Recipients holds the forms in which a message's recipients' addresses
// may be written into a URL: as is, base64 (standard and URL alphabets,
// without padding) and hex. It is made once per message by NewRecipients
// and only read after.
type Recipients struct {
	plain []string // lower-cased addresses and hex forms
	b64   []string // base64 forms, case-sensitive
}

// NewRecipients prepares the address forms of addrs, a message's
// recipients, for NormalizeFor.
func NewRecipients(addrs []string) *Recipients {
	r := &Recipients{}
	for _, a := range addrs {
		a = strings.Trim(strings.TrimSpace(a), "<>")
		if len(a) < 3 || strings.IndexByte(a, '@') < 0 {
			continue
		}
		for _, f := range []string{a, strings.ToLower(a)} {
			r.b64 = append(r.b64,
				base64.RawStdEncoding.EncodeToString([]byte(f)),
				base64.RawURLEncoding.EncodeToString([]byte(f)))
		}
		l := strings.ToLower(a)
		r.plain = append(r.plain, l, hex.EncodeToString([]byte(l)))
	}
	return r
}

// tokenKind says what a path segment or query value is.
type tokenKind int

const (
	notToken tokenKind = iota
	randomToken
	addressToken // an e-mail address or a recipient's, plain or encoded
)

// classify tells whether v, a decoded path segment or query value, carries
// a recipient's address, any e-mail address (plain, base64 or hex), or a
// long random id.
func classify(v string, rcpt *Recipients) tokenKind {
	if len(v) < 6 {
		return notToken
	}
	if rcpt != nil {
		l := strings.ToLower(v)
		for _, f := range rcpt.plain {
			if strings.Contains(l, f) {
				return addressToken
			}
		}
		for _, f := range rcpt.b64 {
			if strings.Contains(v, f) {
				return addressToken
			}
		}
	}
	if looksLikeAddress(v) {
		return addressToken
	}
	if len(v) >= 12 && len(v) <= 4096 {
		if d, ok := decodeBlob(v); ok && looksLikeAddress(d) {
			return addressToken
		}
	}
	if isRandomID(v) {
		return randomToken
	}
	return notToken
}

// looksLikeAddress reports whether s holds local@domain.tld.
func looksLikeAddress(s string) bool {
	at := strings.IndexByte(s, '@')
	if at <= 0 || at == len(s)-1 {
		return false
	}
	dot := strings.IndexByte(s[at+1:], '.')
	return dot > 0 && at+1+dot < len(s)-1 && isAlnum(s[at-1]) && isAlnum(s[at+1])
}

// decodeBlob decodes v as hex or base64 when it is entirely one of them.
func decodeBlob(v string) (string, bool) {
	allHex := len(v)%2 == 0
	b64 := true
	for i := 0; i < len(v); i++ {
		c := v[i]
		if !isHex(c) {
			allHex = false
		}
		if !isAlnum(c) && c != '+' && c != '/' && c != '-' && c != '_' && c != '=' {
			b64 = false
			break
		}
	}
	if allHex {
		if d, err := hex.DecodeString(v); err == nil {
			return string(d), true
		}
	}
	if !b64 {
		return "", false
	}
	t := strings.TrimRight(v, "=")
	for _, enc := range []*base64.Encoding{base64.RawStdEncoding, base64.RawURLEncoding} {
		if d, err := enc.DecodeString(t); err == nil {
			return string(d), true
		}
	}
	return "", false
}

// isRandomID reports whether v looks like a machine-made id: at least 16
// characters of letters, digits, "-" and "_" that switch between letters
// and digits often, as hashes, UUIDs and base64 ids do and words,
// dates and slugs do not.
func isRandomID(v string) bool {
	if len(v) < 16 || len(v) > 512 {
		return false
	}
	digits, letters, switches := 0, 0, 0
	prev := byte(0) // 'a' letter, '0' digit
	for i := 0; i < len(v); i++ {
		c := v[i]
		var cls byte
		switch {
		case isDigit(c):
			digits++
			cls = '0'
		case isAlpha(c):
			letters++
			cls = 'a'
		case c == '-' || c == '_' || c == '=':
			continue
		default:
			return false
		}
		if prev != 0 && cls != prev {
			switches++
		}
		prev = cls
	}
	return digits >= 3 && letters >= 3 && switches >= 5
}

// matchKey returns p's match key: host, port, path and sorted query with
// tokens replaced by "*"; found reports a recipient's address, an e-mail
// address or a random id among them.
func matchKey(p *parsed, rcpt *Recipients) (key string, found bool) {
	var b strings.Builder
	b.Grow(len(p.host) + len(p.path) + len(p.query) + 8)
	b.WriteString(p.host)
	if p.port != "" {
		b.WriteByte(':')
		b.WriteString(p.port)
	}
	path := p.path
	for len(path) > 0 {
		// path starts with "/".
		end := strings.IndexByte(path[1:], '/')
		if end < 0 {
			end = len(path)
		} else {
			end++
		}
		seg := path[1:end]
		b.WriteByte('/')
		if classify(unescape(seg), rcpt) != notToken {
			b.WriteByte('*')
			found = true
		} else {
			b.WriteString(seg)
		}
		path = path[end:]
	}
	if p.query == "" {
		return b.String(), found
	}
	params := strings.Split(p.query, "&")
	for i, kv := range params {
		k, v, eq := strings.Cut(kv, "=")
		if !eq {
			if classify(unescape(k), rcpt) != notToken {
				params[i] = "*"
				found = true
			}
			continue
		}
		if classify(unescape(v), rcpt) != notToken {
			params[i] = k + "=*"
			found = true
		}
	}
	slices.Sort(params)
	b.WriteByte('?')
	for i, kv := range params {
		if i > 0 {
			b.WriteByte('&')
		}
		b.WriteString(kv)
	}
	return b.String(), found
}

// unescape decodes %-escapes and "+" as far as they are well formed.
func unescape(s string) string {
	if strings.IndexByte(s, '%') < 0 && strings.IndexByte(s, '+') < 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			b.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
			i += 2
		case c == '+':
			b.WriteByte(' ')
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
