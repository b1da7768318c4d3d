// Package rules holds mizugiwa's heuristic scorers: rules over the headers
// and the MIME structure of a message, each reported as a named symbol with a
// weight.
package rules

import (
	"context"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mizugiwa/mizugiwa/message"
	"github.com/mizugiwa/mizugiwa/scoring"
)

// A StructureRule turns facts the MIME walker recorded, or a property of the
// parsed structure, into a symbol.
type StructureRule struct {
	Name        string
	Weight      float64
	Description string
	// Fact fires the rule when the walker recorded a fact of this kind.
	Fact message.FactKind
	// Match fires the rule when it returns true and a detail; used when Fact
	// is empty.
	Match func(m *message.Message) (bool, string)
}

// Structure is a scorer of the MIME structure: limits hit, broken encodings,
// charset lies, HTML-only mail with next to no text, a link with almost
// nothing around it.
type Structure struct {
	rules []StructureRule
}

// NewStructure returns the structure scorer with the given rules, or with
// DefaultStructureRules when rules is nil.
func NewStructure(rules []StructureRule) *Structure {
	if rules == nil {
		rules = DefaultStructureRules()
	}
	return &Structure{rules: rules}
}

// Name implements scoring.Scorer.
func (*Structure) Name() string { return "structure" }

// Rules returns the rules in force.
func (s *Structure) Rules() []StructureRule { return s.rules }

// Score implements scoring.Scorer.
func (s *Structure) Score(_ context.Context, in *scoring.Input) ([]scoring.Symbol, error) {
	m := in.Msg
	var syms []scoring.Symbol
	for _, r := range s.rules {
		if r.Fact != "" {
			if d, ok := factDetail(m, r.Fact); ok {
				syms = append(syms, scoring.Symbol{Name: r.Name, Score: r.Weight, Detail: d})
			}
			continue
		}
		if r.Match == nil {
			continue
		}
		if ok, d := r.Match(m); ok {
			syms = append(syms, scoring.Symbol{Name: r.Name, Score: r.Weight, Detail: d})
		}
	}
	return syms, nil
}

func factDetail(m *message.Message, k message.FactKind) (string, bool) {
	for _, f := range m.Facts {
		if f.Kind == k {
			return f.String(), true
		}
	}
	return "", false
}

// DefaultStructureRules returns the built-in structure rules. Their weights
// are starting points; the combiner's learned weights replace them.
func DefaultStructureRules() []StructureRule {
	return []StructureRule{
		{Name: "MIME_LIMIT_DEPTH", Weight: 3, Fact: message.FactLimitDepth,
			Description: "MIME parts nested deeper than the walk limit: no mail program writes that"},
		{Name: "MIME_LIMIT_PARTS", Weight: 2, Fact: message.FactLimitParts,
			Description: "more MIME parts than the walk limit"},
		{Name: "MIME_LIMIT_SIZE", Weight: 0.5, Fact: message.FactLimitSize,
			Description: "decoded content beyond the size limit was not scanned"},
		{Name: "MIME_LIMIT_HEADER", Weight: 2, Fact: message.FactLimitHeader,
			Description: "a header block larger than the limit"},
		{Name: "MIME_LIMIT_TIME", Weight: 1, Fact: message.FactLimitTime,
			Description: "the MIME walk ran out of time"},
		{Name: "MIME_CHARSET_MISMATCH", Weight: 2.5, Fact: message.FactCharsetMismatch,
			Description: "the declared charset lies about the bytes (e.g. ISO-2022-JP carrying Shift_JIS)"},
		{Name: "MIME_MISSING_CHARSET", Weight: 0.5, Fact: message.FactMissingCharset,
			Description: "8-bit text without a declared charset"},
		{Name: "HEADER_8BIT", Weight: 1, Fact: message.FactHeader8Bit,
			Description: "raw 8-bit bytes in a header instead of RFC 2047 encoding"},
		{Name: "HEADER_BAD_ENCODED_WORD", Weight: 0.5, Fact: message.FactBadEncodedWord,
			Description: "a malformed RFC 2047 encoded word"},
		{Name: "MIME_BAD_BASE64", Weight: 1, Fact: message.FactBadBase64,
			Description: "corrupt base64 body"},
		{Name: "MIME_BAD_QP", Weight: 0.5, Fact: message.FactBadQP,
			Description: "corrupt quoted-printable body"},
		{Name: "MIME_UNCLOSED_MULTIPART", Weight: 1, Fact: message.FactUnclosedMulti,
			Description: "a multipart without its closing boundary"},
		{Name: "MIME_NO_BOUNDARY", Weight: 1.5, Fact: message.FactNoBoundary,
			Description: "a multipart declared without a boundary"},
		{Name: "MIME_8BIT_IN_7BIT", Weight: 0.5, Fact: message.FactBad8Bit,
			Description: "8-bit bytes in a part declared 7bit"},
		{Name: "MIME_NUL_BYTES", Weight: 1, Fact: message.FactNULBytes,
			Description: "NUL bytes in headers or text"},
		{Name: "HTML_ONLY", Weight: 0.5, Match: htmlOnly,
			Description: "HTML without a plain-text alternative"},
		{Name: "HTML_NO_TEXT", Weight: 2, Match: htmlNoText,
			Description: "HTML-only mail whose visible text is next to nothing: images or links carry the message"},
		{Name: "LINK_NO_TEXT", Weight: 1.5, Match: linkNoText,
			Description: "a link with almost no text around it; short notes passing on a link do this in ham too (~1.5% of ham), hence the moderate weight"},
		{Name: "HTML_FONT_BIG", Weight: 1, Match: htmlMatches(bigFont, 1),
			Description: "HTML sets text in a large type (font size 5 or +3, 30px, 24pt, x-large); newsletters do too (~1% of ham): one sign among others, for the combiner to weigh"},
		{Name: "HTML_FONT_BIG_MANY", Weight: 1, Match: htmlMatches(bigFont, 3),
			Description: "HTML sets text in a large type three times or more: an advertisement shouting, on top of HTML_FONT_BIG"},
		{Name: "HTML_NO_SKELETON", Weight: 1, Match: htmlNoSkeleton,
			Description: "HTML-only mail whose page has no <html> or no <body>: markup a program pasted together, not a page a mail editor or a newsletter tool writes (a webmail's HTML alternative is a bare fragment too, but comes beside plain text)"},
		{Name: "HTML_TITLE_EMPTY", Weight: 1, Match: htmlMatches(emptyTitle, 1),
			Description: "an HTML page whose title is empty or an editor's \"Untitled\": a page made for the mail, not a site's newsletter"},
	}
}

// visibleRunes counts letters and digits of text outside URLs: of the
// words strings.Fields finds, those without "://" and not starting "www.".
func visibleRunes(s string) int { return visibleRunesUpTo(s, math.MaxInt) }

// visibleRunesUpTo is visibleRunes, but may stop counting once it has
// counted limit; the result is then limit or more.
func visibleRunesUpTo(s string, limit int) int {
	n := 0
	for i := 0; i < len(s) && n < limit; {
		if size, space := spaceAt(s, i); space {
			i += size
			continue
		}
		// A word: up to the next space.
		j, letters, url := i, 0, false
		for j < len(s) {
			c := s[j]
			if c < utf8.RuneSelf {
				if c == ' ' || '\t' <= c && c <= '\r' {
					break
				}
				if 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' {
					letters++
				} else if c == ':' && strings.HasPrefix(s[j+1:], "//") {
					url = true
				}
				j++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break
			}
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				letters++
			}
			j += size
		}
		if !url && !hasWWW(s[i:j]) {
			n += letters
		}
		i = j
	}
	return n
}

// hasWWW reports whether strings.ToLower(w) starts with "www.": only
// ASCII w, W and . lower-case to those.
func hasWWW(w string) bool {
	return len(w) >= 4 && w[0]|0x20 == 'w' && w[1]|0x20 == 'w' && w[2]|0x20 == 'w' && w[3] == '.'
}

func hasPlainText(m *message.Message) bool {
	for _, p := range m.Parts {
		if p.IsText && !p.IsHTML && strings.TrimSpace(p.Text) != "" {
			return true
		}
	}
	return false
}

func htmlOnly(m *message.Message) (bool, string) {
	html := false
	for _, p := range m.Parts {
		if p.IsHTML {
			html = true
			break
		}
	}
	return html && !hasPlainText(m), ""
}

// htmlNoSkeleton fires on HTML-only mail with an HTML part whose source
// (its first maxHTMLScan bytes) lacks an <html> or a <body> tag.
func htmlNoSkeleton(m *message.Message) (bool, string) {
	if ok, _ := htmlOnly(m); !ok {
		return false, ""
	}
	return htmlSources(m, func(b []byte) (bool, string) {
		switch {
		case !containsFoldASCII(b, "<html"):
			return true, "no <html>"
		case !containsFoldASCII(b, "<body"):
			return true, "no <body>"
		}
		return false, ""
	})
}

// minText is the visible text (letters and digits, URLs excluded) below which
// a message counts as having "no text": about one short sentence.
const minText = 40

func htmlNoText(m *message.Message) (bool, string) {
	if ok, _ := htmlOnly(m); !ok {
		return false, ""
	}
	links, images, text := 0, 0, 0
	for _, p := range m.Parts {
		if p.IsHTML {
			links += len(p.Links)
			images += len(p.Images)
			if text < minText {
				text += visibleRunesUpTo(p.Text, minText-text)
			}
		}
	}
	if text < minText && links+images > 0 {
		return true, "visible text " + strconv.Itoa(text) + " chars, " + strconv.Itoa(links) + " links, " + strconv.Itoa(images) + " images"
	}
	return false, ""
}

func linkNoText(m *message.Message) (bool, string) {
	text, urls := 0, 0
	for _, p := range m.TextParts() {
		text += visibleRunes(p.Text)
		urls += len(p.Links)
		if !p.IsHTML {
			urls += strings.Count(p.Text, "://")
		}
	}
	if urls == 0 || text >= minText {
		return false, ""
	}
	return true, "visible text " + strconv.Itoa(text) + " chars"
}
