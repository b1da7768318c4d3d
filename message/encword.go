package message

import (
	"strings"
	"unicode/utf8"
)

// DecodeHeader decodes a header value to UTF-8: RFC 2047 encoded words (B
// and Q, in any case) are decoded, the bytes of adjacent words in the same
// charset are joined before conversion (so a character split across two
// words survives), whitespace between adjacent encoded words is dropped,
// words missing their surrounding spaces or terminator are still read, and
// unknown or lying charsets and raw 8-bit text are decoded by detection.
// NUL bytes are dropped. It never fails; what cannot be read becomes
// U+FFFD.
func DecodeHeader(s string) string {
	var r wordReport
	return decodeWords(s, nil, &r)
}

// wordReport collects what decodeWords found wrong with a value.
type wordReport struct {
	badWord  string   // first malformed word, for a Fact detail
	unknown  string   // first unknown charset of a word
	mismatch string   // "declared→detected" for a word whose charset lied
	eightBit bool     // raw 8-bit bytes outside encoded words
	invalid  string   // a charset whose bytes did not decode cleanly
	scratch  []byte   // reused buffer for word bytes
	out      []byte   // reused output buffer
	rawGuess *charset // charset for raw 8-bit text; nil to detect per run
}

// headerSpecial marks the bytes that may need decoding in a header value:
// 8-bit bytes, ESC, NUL and "=" (of "=?").
var headerSpecial = func() (t [256]bool) {
	for c := 0x80; c < 0x100; c++ {
		t[c] = true
	}
	t[0x1b], t[0], t['='] = true, true, true
	return t
}()

// needsDecoding reports whether s holds anything decodeWords would change.
func needsDecoding(s string) bool {
	for i := 0; i < len(s); i++ {
		if !headerSpecial[s[i]] {
			continue
		}
		if s[i] != '=' || (i+1 < len(s) && s[i+1] == '?') {
			return true
		}
	}
	return false
}

// decodeWords decodes s as DecodeHeader does. Raw 8-bit text is read in
// rawGuess when it is valid there, else by detection.
func decodeWords(s string, rawGuess *charset, r *wordReport) string {
	if !needsDecoding(s) {
		return s
	}
	r.rawGuess = rawGuess
	out := r.out[:0]
	pend := r.scratch[:0]
	pendLabel := ""
	var cache termCache
	lit, pos := 0, 0
	afterWord := false
	for {
		j := strings.Index(s[pos:], "=?")
		if j < 0 {
			break
		}
		j += pos
		w, ok := parseWord(s, j, &cache)
		if !ok {
			pos = j + 2
			continue
		}
		if w.bad && r.badWord == "" {
			r.badWord = clip(s[j:w.end], 80)
		}
		between := s[lit:j]
		if afterWord && isBlank(between) {
			// Adjacent encoded words: the whitespace between them is
			// dropped, and the bytes of words in the same charset are
			// joined before they are converted.
			if !strings.EqualFold(w.charset, pendLabel) {
				out = r.flush(out, pend, pendLabel)
				pend = pend[:0]
			}
		} else {
			out = r.flush(out, pend, pendLabel)
			pend = pend[:0]
			out = r.literal(out, between)
		}
		pendLabel = w.charset
		if w.b {
			var bad bool
			pend, _, bad = decodeBase64(pend, w.text, -1)
			if bad && r.badWord == "" {
				r.badWord = clip(s[j:w.end], 80)
			}
		} else {
			pend = decodeQWord(pend, w.text)
		}
		lit, pos, afterWord = w.end, w.end, true
	}
	out = r.flush(out, pend, pendLabel)
	out = r.literal(out, s[lit:])
	r.scratch = pend[:0]
	res := string(out)
	r.out = out[:0]
	return res
}

// flush appends the conversion of the pending word bytes b, labelled with
// charset label, to out.
func (r *wordReport) flush(out, b []byte, label string) []byte {
	if len(b) == 0 {
		return out
	}
	cs, fk, detail := chooseCharset(b, label)
	switch fk {
	case FactUnknownCharset:
		if r.unknown == "" {
			r.unknown = "unknown charset " + clip(label, 40)
		}
	case FactCharsetMismatch:
		if r.mismatch == "" {
			r.mismatch = detail
		}
	case FactInvalidText:
		if r.invalid == "" {
			r.invalid = detail
		}
	}
	return stripNUL(decodeTo(out, b, cs), len(out))
}

// literal appends text found outside encoded words to out, converting raw
// 8-bit and ISO-2022-JP bytes.
func (r *wordReport) literal(out []byte, s string) []byte {
	if s == "" {
		return out
	}
	if !needsDecoding(s) {
		return append(out, s...)
	}
	b := []byte(s)
	if has8bit(b) {
		r.eightBit = true
	}
	var cs charset
	switch {
	case r.rawGuess != nil && validIn(b, *r.rawGuess):
		cs = *r.rawGuess
	case !has8bit(b) && !hasJISEscape(b):
		cs = csUTF8
	default:
		cs = detect(b).cs
	}
	return stripNUL(decodeTo(out, b, cs), len(out))
}

// stripNUL removes NUL bytes from b[from:]: they are invisible and only
// serve to split words.
func stripNUL(b []byte, from int) []byte {
	j := from
	for i := from; i < len(b); i++ {
		if b[i] != 0 {
			b[j] = b[i]
			j++
		}
	}
	return b[:j]
}

// encodedWord is one parsed "=?charset?X?text?=".
type encodedWord struct {
	charset string
	b       bool // B encoding (else Q)
	text    string
	end     int  // index after the word
	bad     bool // unterminated or otherwise malformed, but readable
}

// termCache remembers where the next "?=" is, so that scanning a value
// full of broken words stays linear.
type termCache struct {
	from, at int // the first "?=" at or after from is at (-1: none)
	valid    bool
}

func (c *termCache) find(s string, from int) int {
	if c.valid && from >= c.from && (c.at < 0 || from <= c.at) {
		return c.at
	}
	at := strings.Index(s[from:], "?=")
	if at >= 0 {
		at += from
	}
	c.from, c.at, c.valid = from, at, true
	return at
}

// parseWord parses the encoded word starting at s[j:] ("=?" already seen).
func parseWord(s string, j int, cache *termCache) (encodedWord, bool) {
	var w encodedWord
	k := j + 2
	for k < len(s) && s[k] != '?' {
		c := s[k]
		if c <= ' ' || c >= 0x7f || c == '=' || c == '"' || c == '(' || c == ')' || k-j > 66 {
			return w, false
		}
		k++
	}
	if k == j+2 || k+2 >= len(s) || s[k+2] != '?' {
		return w, false
	}
	switch s[k+1] {
	case 'B', 'b':
		w.b = true
	case 'Q', 'q':
	default:
		return w, false
	}
	w.charset = s[j+2 : k]
	if star := strings.IndexByte(w.charset, '*'); star >= 0 {
		w.charset = w.charset[:star] // RFC 2231 language suffix
	}
	start := k + 3
	end := cache.find(s, start)
	if end >= 0 {
		text := s[start:end]
		if n := strings.Index(text, "=?"); n >= 0 {
			// Another word begins before this one ends: this one is
			// unterminated.
			text = strings.TrimRight(text[:n], " \t\r\n")
			w.text, w.end, w.bad = text, start+len(text), true
			return w, true
		}
		w.text, w.end = text, end+2
		return w, true
	}
	// No terminator anywhere: the word runs to the next blank.
	e := start
	for e < len(s) && s[e] != ' ' && s[e] != '\t' && s[e] != '\r' && s[e] != '\n' {
		e++
	}
	w.text, w.end, w.bad = s[start:e], e, true
	return w, true
}

// decodeQWord appends the decoding of Q-encoded text to dst. Broken
// escapes are kept as written.
func decodeQWord(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '_':
			dst = append(dst, ' ')
		case '=':
			if i+2 < len(s) {
				if h, ok := unhex(s[i+1]); ok {
					if l, ok := unhex(s[i+2]); ok {
						dst = append(dst, h<<4|l)
						i += 2
						continue
					}
				}
			}
			dst = append(dst, c)
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// isBlank reports whether s holds only spaces, tabs and line breaks.
func isBlank[T string | []byte](s T) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\r', '\n':
		default:
			return false
		}
	}
	return true
}

// clip returns s cut to at most n bytes on a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
