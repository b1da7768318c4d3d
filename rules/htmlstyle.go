package rules

import (
	"regexp"
	"strconv"

	"github.com/mizugiwa/mizugiwa/message"
)

// bigFont matches markup that sets text in a large type: <font size> of 5
// or more or +3 or more, or a CSS font-size of 30px, 24pt or x-large and
// above.
var bigFont = regexp.MustCompile(`(?i)<font[^>]*\bsize\s*=\s*["']?\s*(?:\+[3-9]|[5-7])\b|font-size\s*:\s*(?:[3-9]\d|\d{3,})\s*px|font-size\s*:\s*(?:2[4-9]|[3-9]\d)\s*pt|font-size\s*:\s*x+-large`)

// emptyTitle matches an HTML title with nothing in it, or an editor's
// placeholder.
var emptyTitle = regexp.MustCompile(`(?i)<title>\s*</title>|<title>\s*untitled`)

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
// at least min matches of re. Every match of re holds lit, an ASCII
// string in lower case, in any case: a source without it is passed over
// without running re.
func htmlMatches(re *regexp.Regexp, lit string, min int) func(m *message.Message) (bool, string) {
	return func(m *message.Message) (bool, string) {
		return htmlSources(m, func(b []byte) (bool, string) {
			if !containsFoldASCII(b, lit) {
				return false, ""
			}
			found := re.FindAllIndex(b, min)
			if len(found) < min {
				return false, ""
			}
			d := b[found[0][0]:found[0][1]]
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
