package sigdb

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// A unit is one element of a part's normalized content: a word of an
// alphabetic script, one character of a script written without spaces
// (Han, kana, Hangul), a normalized URL or a folded mail address.
type unit struct {
	s      string
	cjk    bool
	boiler bool // from a boilerplate line: digested, but not counted toward the minimum
}

// stopLines are substrings of normalized lines that mark standard
// boilerplate (mailing-list and webmail footers). The units of such lines
// are digested but do not count toward Options.MinShingles, so that a part
// made mostly of boilerplate (a footer, a list trailer) never becomes a
// signature. They are not dropped from the digest: a spammer could
// otherwise hide content from it by adding a stop phrase to every line.
var stopLines = [...]string{
	"mailing list",
	"listinfo",
	"list-unsubscribe",
	"mailman/options",
	"yahoo! groups",
	"yahoogroups.com",
	"your use of yahoo",
	"do you yahoo",
	"sent from my",
	"get your free e-mail",
	"get your private, free e-mail",
	"msn hotmail",
	"sourceforge.net/lists",
	"this sf.net email is sponsored",
	"this email is sponsored by",
	"irish linux users group",
	"http://xent.com/mailman",
	"archive: http",
	"配信停止",
	"メーリングリスト",
}

// greetingWords start a line that greets the recipient by name ("Dear John
// Smith,"); spam personalizes such a first line per recipient.
var greetingWords = [...]string{"dear", "hi", "hello", "hey", "greetings", "attn", "attention", "to"}

// normalizeText turns a text part into units. recipients are lower-cased
// addresses whose occurrence (in text or in URLs) is per-recipient and must
// not affect the digest. links are the part's HTML links, whose normalized
// hrefs are appended.
func normalizeText(text string, links []string, recipients []string) []unit {
	// Lower-casing maps rune by rune, so the whole text at once gives the
	// same lines as each line on its own, with one allocation.
	text = strings.ToLower(norm.NFKC.String(text))
	// Most texts hold none of the stop phrases: look for them once in the
	// whole text, and line by line only for those present.
	var stops []string
	for _, s := range stopLines {
		if strings.Contains(text, s) {
			stops = append(stops, s)
		}
	}
	var us []unit
	first := true
	for line := range strings.Lines(text) {
		if strings.TrimSpace(line) == "" {
			continue
		}
		if first {
			first = false
			if isGreeting(line) {
				continue
			}
		}
		n := len(us)
		for f := range strings.FieldsSeq(line) {
			us = appendField(us, f, recipients)
		}
		if len(stops) > 0 && containsAny(line, stops) {
			for i := n; i < len(us); i++ {
				us[i].boiler = true
			}
		}
	}
	for _, l := range links {
		l = strings.ToLower(norm.NFKC.String(l))
		if u, ok := normalizeURL(l, recipients); ok {
			us = append(us, unit{s: u})
		}
	}
	return us
}

// containsAny reports whether line contains one of subs.
func containsAny(line string, subs []string) bool {
	for _, s := range subs {
		if strings.Contains(line, s) {
			return true
		}
	}
	return false
}

// isGreeting reports whether line is a short salutation: a greeting word
// followed by at most four words, or a short line ending in a Japanese
// honorific (様, さん, 殿).
func isGreeting(line string) bool {
	line = strings.TrimSpace(line)
	if utf8.RuneCountInString(line) > 60 {
		return false
	}
	t := strings.TrimRight(line, ",:!.、。 ")
	for _, h := range []string{"様", "さん", "殿", "さま"} {
		if strings.HasSuffix(t, h) {
			return true
		}
	}
	fs := strings.Fields(line)
	if len(fs) < 2 || len(fs) > 5 {
		return false
	}
	w := strings.TrimRight(fs[0], ",:!")
	for _, g := range greetingWords {
		if w == g {
			return true
		}
	}
	return false
}

// isURLTrim reports whether c is punctuation that surrounds a URL or an
// address in text rather than belonging to it.
func isURLTrim(c rune) bool {
	switch c {
	case '<', '>', '(', ')', '[', ']', '{', '}', '"', '\'', '`', ',', ';', '.', '!', '?':
		return true
	}
	return false
}

// appendField splits one whitespace-separated field into units.
func appendField(us []unit, f string, recipients []string) []unit {
	t := strings.TrimFunc(f, isURLTrim)
	if isURL(t) {
		if u, ok := normalizeURL(t, recipients); ok {
			us = append(us, unit{s: u})
		}
		return us
	}
	if at := strings.IndexByte(t, '@'); at > 0 && strings.IndexByte(t[at:], '.') > 0 {
		if strings.HasPrefix(t, "mailto:") {
			t = t[len("mailto:"):]
			at = strings.IndexByte(t, '@')
		}
		if isRecipient(t, recipients) || at < 0 {
			return us
		}
		// Fold the local part: it is often made per recipient or per
		// campaign, the domain is what identifies the sender.
		return append(us, unit{s: "@" + t[at+1:]})
	}
	// Split into words and single characters of unspaced scripts.
	start := -1
	flush := func(end int) {
		if start >= 0 {
			if w, ok := foldWord(f[start:end]); ok {
				us = append(us, unit{s: w})
			}
			start = -1
		}
	}
	for i, r := range f {
		switch {
		case isCJK(r):
			flush(i)
			us = append(us, unit{s: f[i : i+utf8.RuneLen(r)], cjk: true}) // r is valid: it is CJK
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			if start < 0 {
				start = i
			}
		default:
			flush(i)
		}
	}
	flush(len(f))
	return us
}

// isCJK reports whether r belongs to a script written without spaces between
// words.
func isCJK(r rune) bool {
	if r < 0x0E00 { // below Thai, the first of these scripts
		return false
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r) || r == 'ー' ||
		unicode.Is(unicode.Thai, r)
}

// foldWord folds digits and drops tokens that look random: runs of digits
// become one "0", a word mixing letters and digits of six characters or more
// is an identifier or a random filler, as is any word longer than 24
// characters or a word of eight letters or more without a vowel.
func foldWord(w string) (string, bool) {
	letters, digits, vowels, n := 0, 0, 0, 0
	for _, r := range w {
		n++
		if unicode.IsDigit(r) {
			digits++
			continue
		}
		if unicode.IsLetter(r) {
			letters++
			switch r {
			case 'a', 'e', 'i', 'o', 'u', 'y':
				vowels++
			}
		}
	}
	switch {
	case n > 24:
		return "", false
	case letters > 0 && digits > 0 && n >= 6:
		return "", false
	case letters >= 8 && vowels == 0 && letters == n && isLatin(w):
		return "", false
	}
	if digits == 0 && utf8.ValidString(w) {
		return w, true // nothing to fold
	}
	var b strings.Builder
	prevDigit := false
	for _, r := range w {
		if unicode.IsDigit(r) {
			if !prevDigit {
				b.WriteByte('0')
			}
			prevDigit = true
			continue
		}
		prevDigit = false
		b.WriteRune(r)
	}
	return b.String(), true
}

func isLatin(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") ||
		strings.HasPrefix(s, "ftp://") || strings.HasPrefix(s, "www.")
}

// normalizeURL reduces a lower-cased URL to host and path, without what
// spam makes per recipient: userinfo, port, query, fragment, and path
// segments that look like random ids or carry an address.
func normalizeURL(u string, recipients []string) (string, bool) {
	if i := strings.Index(u, "://"); i >= 0 {
		if !strings.HasPrefix(u, "http") && !strings.HasPrefix(u, "ftp") {
			return "", false
		}
		u = u[i+3:]
	} else if !strings.HasPrefix(u, "www.") {
		return "", false
	}
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	host, path, _ := strings.Cut(u, "/")
	if i := strings.LastIndexByte(host, '@'); i >= 0 {
		host = host[i+1:]
	}
	if i := strings.IndexByte(host, ':'); i >= 0 {
		host = host[:i]
	}
	host = strings.TrimSuffix(host, ".")
	if host == "" {
		return "", false
	}
	var b strings.Builder
	b.WriteString(host)
	for seg := range strings.SplitSeq(path, "/") {
		if seg == "" || randomSegment(seg, recipients) {
			continue
		}
		b.WriteByte('/')
		b.WriteString(seg)
	}
	return b.String(), true
}

// randomSegment reports whether a URL path segment is per-recipient: it
// holds an address (or its %-escaped form), a recipient's local part, or
// looks like a random id (digits only, eight or more hex digits, or six or
// more characters mixing letters and digits).
func randomSegment(seg string, recipients []string) bool {
	if strings.Contains(seg, "@") || strings.Contains(seg, "%40") {
		return true
	}
	for _, r := range recipients {
		if local, _, ok := strings.Cut(r, "@"); ok && len(local) >= 3 && strings.Contains(seg, local) {
			return true
		}
	}
	base, _, _ := strings.Cut(seg, ".") // keep extensions out of the test
	letters, digits, hex := 0, 0, 0
	for i := 0; i < len(base); i++ {
		c := base[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
			hex++
		case c >= 'a' && c <= 'z':
			letters++
			if c <= 'f' {
				hex++
			}
		}
	}
	switch {
	case digits > 0 && letters == 0:
		return true
	case hex == len(base) && len(base) >= 8:
		return true
	case digits > 0 && letters > 0 && len(base) >= 6:
		return true
	case len(base) > 24:
		return true
	}
	return false
}

func isRecipient(addr string, recipients []string) bool {
	for _, r := range recipients {
		if addr == r {
			return true
		}
	}
	return false
}
