package rules

import (
	"regexp"
	"strconv"

	"github.com/mizugiwa/mizugiwa/message"
)

// bigFont matches markup that sets text in a large type: <font size> of 5
// or more or +3 or more, or a CSS font-size of 30px, 24pt or x-large and
// above.
var bigFont = []litPattern{
	{"<font", regexp.MustCompile(`^(?i)<font[^>]*\bsize\s*=\s*["']?\s*(?:\+[3-9]|[5-7])\b`)},
	{"font-size", regexp.MustCompile(`^(?i)font-size\s*:\s*(?:(?:[3-9]\d|\d{3,})\s*px|(?:2[4-9]|[3-9]\d)\s*pt|x+-large)`)},
}

// emptyTitle matches an HTML title with nothing in it, or an editor's
// placeholder.
var emptyTitle = []litPattern{
	{"<title>", regexp.MustCompile(`^(?i)<title>\s*(?:</title>|untitled)`)},
}

// findHTML returns the first match of pats in b and how many matches,
// up to limit, follow one another without overlapping, as a regular
// expression joining pats' alternatives would find them.
func findHTML(b []byte, pats []litPattern, limit int) (first []byte, n int) {
	if limit <= 0 {
		return nil, 0
	}
	eachLitMatch(b, pats, func(start, end int) bool {
		if n == 0 {
			first = b[start:end]
		}
		n++
		return n < limit
	})
	return first, n
}

// htmlSources calls fn with the source of each HTML part (its first
// maxHTMLScan bytes) until fn returns true.
func htmlSources(m *message.Message, fn func(src []byte) (bool, string)) (bool, string) {
	for _, p := range m.Parts {
		if !p.IsHTML || len(p.Body) == 0 {
			continue
		}
		b := p.Body
		if len(b) > maxHTMLScan {
			b = b[:maxHTMLScan]
		}
		if ok, d := fn(b); ok {
			return true, d
		}
	}
	return false, ""
}

// htmlMatches returns a Match that fires when an HTML part's source holds
// at least min matches of pats.
func htmlMatches(pats []litPattern, min int) func(m *message.Message) (bool, string) {
	return func(m *message.Message) (bool, string) {
		return htmlSources(m, func(b []byte) (bool, string) {
			d, n := findHTML(b, pats, min)
			if n < min {
				return false, ""
			}
			if len(d) > 40 {
				d = d[:40]
			}
			if min > 1 {
				return true, strconv.Itoa(min) + "× " + string(d)
			}
			return true, string(d)
		})
	}
}
