package urlfilter

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/mizugiwa/mizugiwa/message"
	"github.com/mizugiwa/mizugiwa/scoring"
	"github.com/mizugiwa/mizugiwa/urlnorm"
	"golang.org/x/net/publicsuffix"
)

// Source says where in a message a URL was found.
type Source string

// The sources of URLs.
const (
	FromText   Source = "text"   // written in the text of a part
	FromHref   Source = "href"   // <a href>, <area href>
	FromSrc    Source = "src"    // <img src>, <iframe src>, …
	FromAction Source = "action" // <form action>
	FromOther  Source = "other"  // meta refresh, background, CSS url()
	FromHeader Source = "header" // List-Unsubscribe and other list headers
)

// Found is one distinct URL of a message, normalized.
type Found struct {
	URL
	Source Source `json:"source"`
	PartID string `json:"part,omitempty"`
	// Count is how many times the same input was found in the same kind
	// of place.
	Count int `json:"count"`
	// AnchorText is the visible text of the first <a> with this href, when
	// it shows a URL.
	AnchorText string `json:"anchor_text,omitempty"`
}

// maxFound bounds the distinct URLs Extract returns for one message.
const maxFound = 1000

// listHeaders are the header fields whose values carry URLs in <…>.
var listHeaders = []string{"List-Unsubscribe", "List-Subscribe", "List-Help", "List-Post", "List-Archive", "List-Owner"}

// Extract returns the distinct URLs of m: written in text parts (with or
// without a scheme), linked from HTML parts, and given in list headers;
// each normalized, with per-recipient tokens of env's recipients recognized
// in its match key. Input that does not normalize is left out. At most
// 1000 distinct URLs are returned.
func Extract(m *message.Message, env scoring.Envelope) []Found {
	addrs := make([]string, 0, len(env.Recipients))
	for _, r := range env.Recipients {
		addrs = append(addrs, r.Address)
	}
	x := extractor{rcpt: urlnorm.NewRecipients(addrs)}
	x.message(m)
	return x.found
}

type foundKey struct {
	raw string
	src Source
}

// extractor collects the URLs of one message.
type extractor struct {
	rcpt  *urlnorm.Recipients
	found []Found
	index map[foundKey]int
	bad   map[foundKey]bool
}

func (x *extractor) message(m *message.Message) {
	if m == nil {
		return
	}
	for _, name := range listHeaders {
		for _, v := range m.Header.Values(name) {
			x.header(v)
		}
	}
	for _, p := range m.Parts {
		if len(x.found) >= maxFound {
			return
		}
		for i := range p.Links {
			l := &p.Links[i]
			src := FromOther
			switch l.Kind {
			case message.LinkHref:
				src = FromHref
			case message.LinkSrc:
				src = FromSrc
			case message.LinkAction:
				src = FromAction
			}
			f := x.add(l.URL, src, p.ID)
			if f != nil && src == FromHref && l.Text != "" {
				x.anchor(f, l.Text)
			}
		}
		if p.IsHTML && len(p.Links) > 0 && bytes.Contains(p.Body, []byte("&#")) {
			x.rawEntities(p)
		}
		if p.IsText {
			x.text(p.Text, p.ID)
		}
	}
}

// add normalizes raw and records it, returning its entry (nil when raw is
// not a URL).
func (x *extractor) add(raw string, src Source, part string) *Found {
	k := foundKey{raw, src}
	if i, ok := x.index[k]; ok {
		x.found[i].Count++
		return &x.found[i]
	}
	if x.bad[k] || len(x.found) >= maxFound {
		return nil
	}
	u, err := urlnorm.NormalizeFor(raw, x.rcpt)
	if err != nil {
		if x.bad == nil {
			x.bad = make(map[foundKey]bool)
		}
		if len(x.bad) < 4*maxFound {
			x.bad[k] = true
		}
		return nil
	}
	if x.index == nil {
		x.index = make(map[foundKey]int)
	}
	x.index[k] = len(x.found)
	x.found = append(x.found, Found{URL: u, Source: src, PartID: part, Count: 1})
	return &x.found[len(x.found)-1]
}

// anchor compares the domain an anchor's text shows with f's.
func (x *extractor) anchor(f *Found, text string) {
	if f.HasTrick(TrickAnchorMismatch) || f.AnchorText != "" {
		return
	}
	// Only a text that is a URL and nothing else shows a destination:
	// "CNET News.com: Top stories" names a brand. A bare host must be in
	// lower case, as written by someone imitating an address ("paypal.com",
	// not "Walmart.com").
	text = strings.TrimSpace(text)
	if len(text) > 2*MaxURLBytes {
		return
	}
	shown := ""
	scanText(text, true, func(s string) bool {
		shown = s
		return false
	})
	if shown == "" || strings.Trim(text, "<>()[]「」（）\"' ") != shown {
		return
	}
	if l := strings.ToLower(shown); !strings.Contains(l, "://") && !strings.HasPrefix(l, "www.") && l != shown {
		return
	}
	u, err := urlnorm.Normalize(shown)
	if err != nil {
		return
	}
	if _, icann := publicsuffix.PublicSuffix(u.Host); !icann && !strings.HasPrefix(u.Host, "[") && !isDigit(u.Host[len(u.Host)-1]) {
		return // "www.soft2reg": not a name the reader can visit
	}
	f.AnchorText = text
	if u.Domain != f.Domain && u.Domain != domainOf(f.Redirector) {
		f.Tricks = urlnorm.AddTrick(f.Tricks, TrickAnchorMismatch)
	}
}

func domainOf(host string) string {
	if host == "" {
		return ""
	}
	d, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil {
		return host
	}
	return d
}

// rawEntities finds href and src values written with character references
// in the HTML source of p (the HTML parser hands them over decoded) and
// marks the URLs they decode to. A document that writes its text with
// references too (every "." as "&#46;", as some mailing tools do) is not
// hiding its links, and none are marked.
func (x *extractor) rawEntities(p *message.Part) {
	body := p.Body
	textChecked := false // the text is known not to be written with references
	for len(body) > 0 {
		i := bytes.Index(body, []byte("&#"))
		if i < 0 {
			return
		}
		// The attribute value around the reference, looked for within
		// MaxURLBytes on either side.
		lo := max(0, i-MaxURLBytes)
		start := bytes.LastIndexAny(body[lo:i], "\"'= \t\r\n<>")
		if start < 0 {
			start = lo
		} else {
			start += lo + 1
		}
		hi := min(len(body), i+MaxURLBytes)
		end := bytes.IndexAny(body[i+2:hi], "\"'> \t\r\n")
		if end < 0 {
			end = hi
		} else {
			end += i + 2
		}
		if end-start < MaxURLBytes {
			raw := string(body[start:end])
			dec, ent := urlnorm.DecodeEntities(raw)
			if ent && !textChecked {
				if textReferences(p.Body) >= minTextReferences {
					return
				}
				textChecked = true
			}
			if ent {
				for _, src := range []Source{FromHref, FromSrc, FromAction, FromOther} {
					if j, ok := x.index[foundKey{strings.TrimSpace(dec), src}]; ok {
						f := &x.found[j]
						if !f.HasTrick(TrickEntity) {
							f.Tricks = urlnorm.AddTrick(f.Tricks, TrickEntity)
						}
					}
				}
			}
		}
		body = body[end:]
	}
}

// minTextReferences is how many numeric character references outside tags
// make a document one whose tool writes references everywhere.
const minTextReferences = 3

// textReferences counts the numeric character references, closed by ";",
// for printable ASCII characters in the text of HTML source b, outside
// tags, up to minTextReferences.
func textReferences(b []byte) int {
	n := 0
	inTag := false
	for i := 0; i < len(b); i++ {
		switch c := b[i]; {
		case c == '<':
			inTag = true
		case c == '>':
			inTag = false
		case c == '&' && !inTag && i+2 < len(b) && b[i+1] == '#':
			ref := b[i+2 : min(len(b), i+12)]
			if r, _, semicolon, ok := urlnorm.NumericReference(string(ref)); ok && semicolon && r > ' ' && r < 0x80 {
				if n++; n == minTextReferences {
					return n
				}
			}
		}
	}
	return n
}

// header extracts the <…> URLs of a list header.
func (x *extractor) header(v string) {
	for {
		i := strings.IndexByte(v, '<')
		if i < 0 {
			return
		}
		v = v[i+1:]
		j := strings.IndexByte(v, '>')
		if j < 0 {
			j = len(v)
		}
		u := strings.TrimSpace(v[:j])
		l := strings.ToLower(u)
		if strings.HasPrefix(l, "http") || strings.HasPrefix(l, "ftp") {
			x.add(u, FromHeader, "")
		}
		v = v[j:]
	}
}

// text extracts the URLs written in text.
func (x *extractor) text(s, part string) {
	scanText(s, false, func(u string) bool {
		x.add(u, FromText, part)
		return len(x.found) < maxFound
	})
}

// scanText calls f with each URL written in s, until f returns false. A URL
// is a run of URL characters (ASCII, or their full-width forms, with
// ideographic full stops between letters) that starts with a scheme, with
// "www.", or with a host of a known top-level domain followed by "/" (or
// anywhere, when bare is set: an anchor text such as "paypal.com").
// Japanese text and full-width brackets and punctuation around it are not
// part of it.
func scanText(s string, bare bool, f func(string) bool) {
	for i := 0; i < len(s); {
		// Skip to the start of a run.
		r, n := runeAt(s, i)
		if !isURLRune(r) {
			i += n
			continue
		}
		start := i
		for i < len(s) {
			r, n = runeAt(s, i)
			if isURLRune(r) {
				i += n
				continue
			}
			if r == '\u3002' || r == '\uFF61' { // 。 between letters is a dot
				if r2, _ := runeAt(s, i+n); i+n < len(s) && isAlnumRune(r2) && i > start {
					i += n
					continue
				}
			}
			break
		}
		if !runURLs(s[start:i], bare, f) {
			return
		}
	}
}

// runeAt decodes the rune at s[i], quickly for ASCII.
func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return utf8.RuneError, 1
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isURLRune reports whether r may be part of a URL written in text.
func isURLRune(r rune) bool {
	if r < utf8.RuneSelf {
		return urlByte[r]
	}
	if r >= 0xFF01 && r <= 0xFF5E {
		switch r {
		case '（', '）', '［', '］', '｛', '｝', '＜', '＞', '＂', '＇', '，', '；', '！', '｜', '＾', '｀', '＼':
			return false
		}
		return true
	}
	return false
}

func isAlnumRune(r rune) bool {
	r = foldWidth(r)
	return r < utf8.RuneSelf && isAlnum(byte(r))
}

var urlByte = func() (t [utf8.RuneSelf]bool) {
	for c := '!'; c < 0x7f; c++ {
		t[c] = true
	}
	for _, c := range "<>\"`{}|^\\" {
		t[c] = false
	}
	return t
}()

// runURLs finds the URLs in run, a stretch of URL characters, and calls f.
func runURLs(run string, bare bool, f func(string) bool) bool {
	if run == "" {
		return true
	}
	start, ok := urlStart(run, bare)
	if !ok {
		return true
	}
	// A run holds one URL: whatever follows is its path or query.
	u := trimTrailing(run[start:])
	return u == "" || f(u)
}

// urlStart returns where the URL in run begins.
func urlStart(run string, bare bool) (int, bool) {
	// Most runs are words: without a dot or a colon (or a full-width
	// character that may stand for one) they hold no URL.
	var dot, colon, slash, wide bool
	for i := 0; i < len(run); i++ {
		switch c := run[i]; {
		case c == '.':
			dot = true
		case c == ':':
			colon = true
		case c == '/':
			slash = true
		case c >= utf8.RuneSelf:
			wide = true
		}
	}
	if !wide && (!dot && !colon || !colon && !slash && !bare && indexFoldASCII(run, "www.") < 0) {
		return 0, false
	}
	// A scheme.
	if k := indexSchemeSep(run); k >= 0 {
		j := k
		for j > 0 && isAlpha(run[j-1]) {
			j--
		}
		sch := strings.ToLower(run[j:k])
		if isWebScheme(sch) {
			return j, true
		}
		// "URLhttp://…", "詳細はhttp" written in Latin letters: the
		// longest web scheme the word ends in.
		for _, w := range [...]string{"hxxps", "https", "hxxp", "http", "ttps", "ttp", "ftp"} {
			if strings.HasSuffix(sch, w) {
				return k - len(w), true
			}
		}
	}
	// The run itself folded to ASCII, for full-width text.
	fold := run
	if !isASCII(run) {
		fold = foldString(run)
		if fold != run {
			if k := strings.Index(fold, "://"); k >= 0 {
				j := k
				for j > 0 && isAlpha(fold[j-1]) {
					j--
				}
				if isWebScheme(strings.ToLower(fold[j:k])) && isASCII(fold[:k+3]) && j == 0 {
					return 0, true
				}
			}
		}
	}
	if !isASCII(fold) {
		return 0, false
	}
	// "www." at the start or after a non-letter.
	for k := 0; k+4 <= len(fold); {
		w := indexFoldASCII(fold[k:], "www.")
		if w < 0 {
			break
		}
		w += k
		// Inside a host or an address ("x.www.example", "a@www.example")
		// is not a start.
		if w+4 < len(fold) && isAlnum(fold[w+4]) && (w == 0 || !isHostByte(fold[w-1])) {
			// Offsets in fold are offsets in run only where run is ASCII.
			if w == 0 || len(fold) == len(run) {
				return w, true
			}
		}
		k = w + 4
	}
	// A bare host with a known suffix, followed by "/" (or alone, when
	// bare): the run must begin with it.
	if fold[0] == '@' || strings.IndexByte(fold, '@') >= 0 && strings.IndexByte(fold, '/') < 0 {
		return 0, false // an address
	}
	end := strings.IndexAny(fold, "/?#")
	host := fold
	if end >= 0 {
		host = fold[:end]
	} else if !bare {
		return 0, false
	}
	host = strings.TrimRight(host, ".,;:!?")
	if k := strings.LastIndexByte(host, ':'); k >= 0 {
		host = host[:k]
	}
	if !isHostName(host) {
		return 0, false
	}
	if _, icann := publicsuffix.PublicSuffix(strings.ToLower(host)); !icann {
		return 0, false
	}
	return 0, true
}

// indexSchemeSep returns the index of "://" in s.
func indexSchemeSep(s string) int { return strings.Index(s, "://") }

func isWebScheme(s string) bool {
	switch s {
	case "http", "https", "ftp", "hxxp", "hxxps", "ttp", "ttps":
		return true
	}
	return false
}

// isHostName reports whether h is a dotted host name of letters, digits and
// hyphens with an alphabetic last label.
func isHostName(h string) bool {
	dot := strings.LastIndexByte(h, '.')
	if dot <= 0 || dot == len(h)-1 || len(h) > 253 {
		return false
	}
	for i := 0; i < len(h); i++ {
		c := h[i]
		if !isAlnum(c) && c != '-' && c != '.' {
			return false
		}
	}
	for i := dot + 1; i < len(h); i++ {
		if !isAlpha(h[i]) {
			return false
		}
	}
	return true
}

// isHostByte reports whether c may be part of a host name or an address.
func isHostByte(c byte) bool { return isAlnum(c) || c == '.' || c == '-' || c == '@' || c == '_' }

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func indexFoldASCII(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// trimTrailing cuts the punctuation that ends a sentence rather than a
// URL, and a closing bracket whose opening one is not in the URL.
func trimTrailing(u string) string {
	// Unbalanced closing brackets, counted once: a cut keeps the others'
	// balance.
	paren := strings.Count(u, ")") - strings.Count(u, "(")
	square := strings.Count(u, "]") - strings.Count(u, "[")
	for u != "" {
		r, n := utf8.DecodeLastRuneInString(u)
		r = foldWidth(r)
		switch {
		case r == '.' || r == ',' || r == ';' || r == ':' || r == '!' || r == '?' || r == '\'' || r == '*':
		case r == ')' && paren > 0:
			paren--
		case r == ']' && square > 0:
			square--
		default:
			return u
		}
		u = u[:len(u)-n]
	}
	return u
}

// foldWidth folds full-width ASCII forms and the ideographic and
// half-width full stops to ASCII, as a browser reads them in a host.
func foldWidth(r rune) rune { return urlnorm.FoldWidth(r) }

// foldString folds every rune of s with foldWidth.
func foldString(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteRune(foldWidth(r))
	}
	return b.String()
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isAlpha(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isAlnum(c byte) bool { return isDigit(c) || isAlpha(c) }
