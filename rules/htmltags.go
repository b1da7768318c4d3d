package rules

import (
	"bytes"
	"regexp"
	"unicode/utf8"
)

// styledTextPat matches an element with an inline style or font attributes,
// followed by text.
const styledTextPat = `(?i)<(?:[a-z0-9]+)\s[^>]*(?:style\s*=\s*(?:"[^"]*"|'[^']*')|color\s*=|size\s*=)[^>]*>\s*[^<\s]{2}`

// A tagScanner finds the matches of styledTextPat in b, the ones
// regexp.FindAllIndex finds, without the regexp: on a part of some
// kilobytes with dozens of styled elements the regexp is the bulk of the
// time the header rules take.
type tagScanner struct {
	b    []byte
	pos  int // where the next search starts
	left int // matches still to deliver
}

// next returns the next match; ok is false when there is none.
func (s *tagScanner) next() (tag []byte, ok bool) {
	b := s.b
	for s.left > 0 {
		i := bytes.IndexByte(b[s.pos:], '<')
		if i < 0 {
			break
		}
		i += s.pos
		j := nameEnd(b, i)
		if j < 0 {
			s.pos = i + 1
			continue
		}
		g := bytes.IndexByte(b[j:], '>')
		if g < 0 {
			break // a match needs a '>' after its '<'
		}
		g += j
		n := styledTagLen(b[i:], j-i, g-i)
		if n < 0 {
			// What follows the keyword decides, and any other '<'
			// before g is past j: none starts a match.
			s.pos = g + 1
			continue
		}
		s.pos = i + n
		s.left--
		return b[i:s.pos], true
	}
	s.left = 0
	return nil, false
}

// nameEnd returns the index of the \s that ends the element name after
// the '<' at i, as styledTextPat reads it: [a-z0-9]+ under (?i), so also
// ſ and K (U+212A). It returns -1 when there is no name or no \s after it.
func nameEnd(b []byte, i int) int {
	j := i + 1
	for j < len(b) {
		n := nameRuneLen(b[j:])
		if n == 0 {
			break
		}
		j += n
	}
	if j == i+1 || j == len(b) || !isSpaceASCII(b[j]) {
		return -1
	}
	return j
}

// styledTagLen returns the length of the match of styledTextPat at the
// start of b, which starts with '<', has its name end with the \s at j
// and its first '>' at g; -1 when there is none. In order, the pattern
// reads
//
//	<  a name  \s  [^>]*  a keyword: style\s*=\s*"..." or '...', color\s*=, size\s*=
//	[^>]*  >  \s*  two runes neither '<' nor \s
//
// Every element but the greedy [^>]* before the keyword has one way to
// match, so the regexp's match has the last keyword before g from which
// the rest matches. What follows the keyword does not depend on where
// the match starts.
func styledTagLen(b []byte, j, g int) int {
	// Each keyword is followed by spaces and an '=' before g: look
	// before each '=', from the last.
	var eqs [8]int
	n := 0
	for k := j + 1; n < len(eqs); n++ {
		e := bytes.IndexByte(b[k:g], '=')
		if e < 0 {
			break
		}
		eqs[n], k = k+e, k+e+1
	}
	if n == len(eqs) {
		// Many attributes: look at every byte.
		for p := g - 1; p > j; p-- {
			if c := b[p] | 0x20; c == 'c' || c == 's' || b[p] == longS[0] {
				if m := styledTagFrom(b, p); m > 0 {
					return m
				}
			}
		}
		return -1
	}
	for x := n - 1; x >= 0; x-- {
		if p := keywordBefore(b, j, eqs[x]); p > j {
			if m := styledTagFrom(b, p); m > 0 {
				return m
			}
		}
	}
	return -1
}

// keywordBefore returns where a keyword of styledTextPat that the '=' at
// q follows starts, or -1; it looks no further back than j.
func keywordBefore(b []byte, j, q int) int {
	t := q
	for t > j && isSpaceASCII(b[t-1]) {
		t--
	}
	switch {
	case t-5 > j && (hasPrefixFold(b[t-5:], "color") || hasPrefixFold(b[t-5:], "style")):
		return t - 5
	case t-4 > j && hasPrefixFold(b[t-4:], "size"):
		return t - 4
	case t-6 > j && bytes.HasPrefix(b[t-6:], longS) && hasPrefixFold(b[t-4:], "tyle"):
		return t - 6
	case t-5 > j && bytes.HasPrefix(b[t-5:], longS) && hasPrefixFold(b[t-3:], "ize"):
		return t - 5
	}
	return -1
}

// styledTagFrom returns the length of the match of styledTextPat whose
// keyword starts at p, given that what precedes it matches; -1 when
// what follows does not.
func styledTagFrom(b []byte, p int) int {
	e := keywordEnd(b, p)
	if e < 0 {
		return -1
	}
	gt := bytes.IndexByte(b[e:], '>')
	if gt < 0 {
		return -1
	}
	k := skipSpaces(b, e+gt+1)
	if n := textRunes(b[k:]); n > 0 {
		return k + n
	}
	return -1
}

// nameRuneLen returns the length of the rune at the start of b when it is
// in (?i)[a-z0-9], else 0.
func nameRuneLen(b []byte) int {
	c := b[0]
	switch {
	case '0' <= c && c <= '9', 'a' <= c|0x20 && c|0x20 <= 'z':
		return 1
	case c < utf8.RuneSelf:
		return 0
	case bytes.HasPrefix(b, longS):
		return len(longS)
	case bytes.HasPrefix(b, kelvin):
		return len(kelvin)
	}
	return 0
}

var (
	longS  = []byte("\u017f") // ſ, folds with s
	kelvin = []byte("\u212a") // K, folds with k
)

// keywordEnd returns the end of a keyword of styledTextPat at b[p:], -1
// when there is none.
func keywordEnd(b []byte, p int) int {
	e, style := -1, false
	switch {
	case hasPrefixFold(b[p:], "color"):
		e = p + len("color")
	case hasPrefixFold(b[p:], "size"):
		e = p + len("size")
	case hasPrefixFold(b[p:], "style"):
		e, style = p+len("style"), true
	case bytes.HasPrefix(b[p:], longS):
		switch q := p + len(longS); {
		case hasPrefixFold(b[q:], "ize"):
			e = q + len("ize")
		case hasPrefixFold(b[q:], "tyle"):
			e, style = q+len("tyle"), true
		}
	}
	if e < 0 {
		return -1
	}
	for e < len(b) && isSpaceASCII(b[e]) {
		e++
	}
	if e == len(b) || b[e] != '=' {
		return -1
	}
	e++
	if !style {
		return e
	}
	for e < len(b) && isSpaceASCII(b[e]) {
		e++
	}
	if e == len(b) || b[e] != '"' && b[e] != '\'' {
		return -1
	}
	c := bytes.IndexByte(b[e+1:], b[e])
	if c < 0 {
		return -1
	}
	return e + 1 + c + 1
}

// textRunes returns the length of two runes at the start of b that are
// neither '<' nor \s, 0 when there are not.
func textRunes(b []byte) int {
	n := 0
	for range 2 {
		if n == len(b) || b[n] == '<' || isSpaceASCII(b[n]) {
			return 0
		}
		_, size := utf8.DecodeRune(b[n:])
		n += size
	}
	return n
}

// isSpaceASCII reports whether c is in \s of Go's regexp syntax.
func isSpaceASCII(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// skipSpaces returns the index of the first byte at or after i in b that
// is not in \s.
func skipSpaces(b []byte, i int) int {
	for i < len(b) && isSpaceASCII(b[i]) {
		i++
	}
	return i
}

// afterSep returns where the value after a property name ending at i
// starts: past spaces, a ':' or '=' and spaces; -1 when there is no ':'
// or '='.
func afterSep(b []byte, i int) int {
	i = skipSpaces(b, i)
	if i == len(b) || b[i] != ':' && b[i] != '=' {
		return -1
	}
	return skipSpaces(b, i+1)
}

// foldPrefixLen returns the length of the prefix of b that is lit, a
// lower-case ASCII string, under (?i): ASCII letters in any case, s also
// as U+017F and k as U+212A. It returns -1 when b does not start so.
func foldPrefixLen(b []byte, lit string) int {
	n := 0
	for i := 0; i < len(lit); i++ {
		c := lit[i]
		switch {
		case n < len(b) && lowerASCII(b[n]) == c:
			n++
		case c == 's' && bytes.HasPrefix(b[n:], longS):
			n += len(longS)
		case c == 'k' && bytes.HasPrefix(b[n:], kelvin):
			n += len(kelvin)
		default:
			return -1
		}
	}
	return n
}

// isWordByte reports whether c is in \w of Go's regexp syntax.
func isWordByte(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c|0x20 && c|0x20 <= 'z' || c == '_'
}

// mayHideCSS reports whether hiddenCSS can match tag. Each of its
// alternatives starts with a word and has a fixed run of separators and
// values after it; mayHideCSS looks for those, and leaves the regexp to
// decide.
func mayHideCSS(tag []byte) bool {
	for i := 0; i < len(tag); i++ {
		switch c := lowerASCII(tag[i]); {
		case c == 'd':
			// display\s*:\s*none
			if n := foldPrefixLen(tag[i:], "display"); n > 0 {
				if v := afterColon(tag, i+n); v >= 0 && hasPrefixFold(tag[v:], "none") {
					return true
				}
			}
		case c == 'v':
			// visibility\s*:\s*hidden
			if n := foldPrefixLen(tag[i:], "visibility"); n > 0 {
				if v := afterColon(tag, i+n); v >= 0 && hasPrefixFold(tag[v:], "hidden") {
					return true
				}
			}
		case c == 'f':
			// font-size\s*:\s*[01](?:\.\d+)?\s*(?:px|pt)?\s*(?:[;"']|$)
			if n := foldPrefixLen(tag[i:], "font-size"); n > 0 {
				if v := afterColon(tag, i+n); v >= 0 && smallFontSize(tag[v:]) {
					return true
				}
			}
		case c == 's' || tag[i] == longS[0]:
			// size\s*=\s*["']?0\b
			n := foldPrefixLen(tag[i:], "size")
			if n < 0 {
				continue
			}
			v := skipSpaces(tag, i+n)
			if v == len(tag) || tag[v] != '=' {
				continue
			}
			v = skipSpaces(tag, v+1)
			if v < len(tag) && (tag[v] == '"' || tag[v] == '\'') {
				v++
			}
			if v < len(tag) && tag[v] == '0' && (v+1 == len(tag) || !isWordByte(tag[v+1])) {
				return true
			}
		}
	}
	return false
}

// afterColon returns where the value after a property name ending at i
// starts: past spaces, a ':' and spaces; -1 when there is no ':'.
func afterColon(b []byte, i int) int {
	i = skipSpaces(b, i)
	if i == len(b) || b[i] != ':' {
		return -1
	}
	return skipSpaces(b, i+1)
}

// smallFontSize reports whether v starts with
// [01](?:\.\d+)?\s*(?:px|pt)?\s*(?:[;"']|$), the end of v being $.
func smallFontSize(v []byte) bool {
	if len(v) == 0 || v[0] != '0' && v[0] != '1' {
		return false
	}
	i := 1
	if i+1 < len(v) && v[i] == '.' && isDigit(v[i+1]) {
		for i++; i < len(v) && isDigit(v[i]); i++ {
		}
	}
	i = skipSpaces(v, i)
	if i+1 < len(v) && lowerASCII(v[i]) == 'p' && (lowerASCII(v[i+1]) == 'x' || lowerASCII(v[i+1]) == 't') {
		i += 2
	}
	i = skipSpaces(v, i)
	return i == len(v) || v[i] == ';' || v[i] == '"' || v[i] == '\''
}

// mayWhiteText reports whether whiteText can match tag: it needs color
// not after '-', then ':' or '=', maybe a quote, and #fff, white or rgb(.
// None of these letters folds to a rune outside ASCII.
func mayWhiteText(tag []byte) bool {
	for i := 0; i < len(tag); i++ {
		if tag[i]|0x20 != 'c' || !hasPrefixFold(tag[i:], "color") || i > 0 && tag[i-1] == '-' {
			continue
		}
		v := afterSep(tag, i+len("color"))
		if v < 0 || v == len(tag) {
			continue
		}
		if tag[v] == '"' || tag[v] == '\'' {
			v = skipSpaces(tag, v+1)
		}
		switch {
		case hasPrefixFold(tag[v:], "#fff"), hasPrefixFold(tag[v:], "white"), hasPrefixFold(tag[v:], "rgb("):
			return true
		}
	}
	return false
}

// darkBackAt is darkBack anchored at the start of its input.
var darkBackAt = regexp.MustCompile(`^(?:` + darkBack.String() + `)`)

// darkBackground reports whether darkBack matches b. Rather than over the
// whole part, it runs the regexp anchored at each bgcolor or background,
// where every match starts, on the stretch of b a match from there can
// reach.
func darkBackground(b []byte) bool {
	lo, hi := -1, -1 // the next 'b' and 'B' at or after i; -2 when none
	for i := 0; i < len(b); {
		if lo != -2 && lo < i {
			if lo = bytes.IndexByte(b[i:], 'b'); lo >= 0 {
				lo += i
			} else {
				lo = -2
			}
		}
		if hi != -2 && hi < i {
			if hi = bytes.IndexByte(b[i:], 'B'); hi >= 0 {
				hi += i
			} else {
				hi = -2
			}
		}
		p := lo
		if p < 0 || hi >= 0 && hi < p {
			p = hi
		}
		if p < 0 {
			break
		}
		if n := darkKeywordLen(b[p:]); n > 0 {
			if e := darkEnd(b, p+n); e >= 0 && darkBackAt.Match(b[p:e]) {
				return true
			}
		}
		i = p + 1
	}
	return false
}

// darkKeywordLen returns the length of bgcolor, background or
// background-color, in any case, at the start of b; 0 when there is none.
func darkKeywordLen(b []byte) int {
	if hasPrefixFold(b, "bgcolor") {
		return len("bgcolor")
	}
	if !hasPrefixFold(b, "bac") {
		return 0
	}
	n := len("bac")
	switch {
	case n < len(b) && b[n]|0x20 == 'k':
		n++
	case bytes.HasPrefix(b[n:], kelvin):
		n += len(kelvin)
	default:
		return 0
	}
	if !hasPrefixFold(b[n:], "ground") {
		return 0
	}
	n += len("ground")
	if hasPrefixFold(b[n:], "-color") {
		n += len("-color")
	}
	return n
}

// darkEnd bounds a match of darkBack whose keyword ends at i: past spaces,
// ':' or '=', spaces, a quote and spaces come at most 7 bytes of colour
// (#rrggbb, or black with U+212A for k) and the rune \b looks at. It
// returns -1 when there is no ':' or '='.
func darkEnd(b []byte, i int) int {
	i = afterSep(b, i)
	if i < 0 {
		return -1
	}
	if i < len(b) && (b[i] == '"' || b[i] == '\'') {
		i = skipSpaces(b, i+1)
	}
	return min(i+7+utf8.UTFMax, len(b))
}
