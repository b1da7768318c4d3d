package rules

import (
	"regexp"
	"strconv"
	"strings"
)

// feeMark is one part of the advance-fee fraud's story: a literal that
// must be in the lower-cased text before the pattern is tried, and the
// pattern.
type feeMark struct {
	name  string
	lit   []string // any of these, lower-case
	re    *regexp.Regexp
	match func(lower string) bool // instead of re, on the lower-cased text
}

// feeMarks are the parts the advance-fee ("419") letter is built of. Each
// one alone comes up in ham (a bank account, a confidential matter, a
// country); the letter tells them together: on the SpamAssassin training
// half four or more of them are in 35 of 500 spam and no ham, three in 3
// ham.
var feeMarks = [...]feeMark{
	{"next of kin", []string{"kin"}, regexp.MustCompile(`\bnext\s+of\s+kin\b`), nil},
	{"transfer of funds", []string{"transfer"}, regexp.MustCompile(`\btransfer\s+(?:of\s+)?(?:the\s+|this\s+|these\s+)?(?:funds?|sum|money)\b`), nil},
	{"foreign partner", []string{"foreign"}, regexp.MustCompile(`\bforeign\s+(?:partner|account|bank\s+account)\b`), nil},
	{"confidential", []string{"confidential", "secret"}, regexp.MustCompile(`\b(?:strictly|utmost|absolute|highly)\s+confidential|\btop\s+secret\b`), nil},
	{"the deceased", []string{"late", "deceased"}, regexp.MustCompile(`\b(?:late|deceased)\s+(?:husband|father|client|president|head\s+of\s+state|dictator)\b`), nil},
	{"barrister", []string{"barrister"}, regexp.MustCompile(`\bbarrister\b`), nil},
	{"millions", []string{"million"}, regexp.MustCompile(`(?:\busd|\bus\$|\bu\.s\.?\s?dollars|\$)\s?\d+(?:[.,]\d+)*\s?million|\b\d+(?:\.\d+)?\s?million\s+(?:united\s+states\s+|us\s+|u\.s\.\s+)?dollars`), nil},
	{"beneficiary", []string{"beneficiary"}, regexp.MustCompile(`\bbeneficiary\b`), nil},
	{"your share", []string{"%", "percent", "per cent"}, nil, yourShare},
	{"a country of the story", []string{"nigeria", "lagos", "abidjan", "sierra leone", "liberia", "zimbabwe", "south africa", "ivory coast", "cote d'ivoire", "ghana", "congo"},
		regexp.MustCompile(`\b(?:nigeria|lagos|abidjan|sierra\s+leone|liberia|zimbabwe|south\s+africa|ivory\s+coast|cote\s+d'ivoire|ghana|congo)\b`), nil},
	{"security company", []string{"security", "diplomatic"}, regexp.MustCompile(`\bsecurity\s+(?:company|firm|vault)\b|\bdiplomatic\b`), nil},
	{"dear stranger", []string{"dear"}, regexp.MustCompile(`\bdear\s+(?:sir|friend|beloved)\b`), nil},
	{"god", []string{"god", "almighty"}, regexp.MustCompile(`\bgod\s+bless|\bin\s+god\b|\balmighty\b`), nil},
	{"bank account", []string{"bank account"}, regexp.MustCompile(`\bbank\s+account\b`), nil},
	{"investment in your country", []string{"invest"}, regexp.MustCompile(`\binvest(?:ment)?\s+(?:in|of)\s+(?:your|the)\s+country\b`), nil},
}

// in reports whether the mark is in the lower-cased text t. The pattern is
// tried on the words around each place its literal occurs, not on the
// whole text: the literals are short and common ("kin" in "thinking"),
// and a pattern over a whole long text costs far more than over a line.
func (m *feeMark) in(t string) bool {
	if m.match != nil {
		return m.match(t)
	}
	for _, l := range m.lit {
		next := 0 // occurrences overlapping one already tried are skipped
		for i := range occurrences(t, l) {
			if i < next {
				continue
			}
			next = i + len(l)
			lo, hi := max(0, i-feeWindow), min(len(t), i+len(l)+feeWindow)
			// Whole words, so that \b at the window's edges means what it
			// means in the text.
			for lo > 0 && isWordByte(t[lo-1]) {
				lo--
			}
			for hi < len(t) && isWordByte(t[hi]) {
				hi++
			}
			if m.re.MatchString(t[lo:hi]) {
				return true
			}
		}
	}
	return false
}

// feeWindow is how far around a literal its pattern looks, in bytes: the
// longest mark ("transfer of these funds", "usd 25,000,000.00 million")
// is shorter.
const feeWindow = 64

// yourShare finds a share offered to the reader: a percentage of one or two
// digits ("20%", "30 percent") with "you" within 60 bytes before or after.
func yourShare(lower string) bool {
	for i := 0; i < len(lower); i++ {
		var end int
		switch {
		case lower[i] == '%':
			end = i + 1
		case strings.HasPrefix(lower[i:], "percent"):
			end = i + len("percent")
		case strings.HasPrefix(lower[i:], "per cent"):
			end = i + len("per cent")
		default:
			continue
		}
		j := i
		for j > 0 && lower[j-1] == ' ' {
			j--
		}
		k := j
		for k > 0 && isDigit(lower[k-1]) {
			k--
		}
		if n := j - k; n < 1 || n > 2 {
			continue // a share is one or two digits
		}
		if strings.Contains(lower[max(0, k-60):k], "you") || strings.Contains(lower[end:min(len(lower), end+60)], "you") {
			return true
		}
	}
	return false
}

// maxFeeText bounds the text of one part the story is looked for in: the
// letter is short, and its marks come early.
const maxFeeText = 16 << 10

// feeMoney are the words of the letter's money, one of which a text must
// hold before the marks are counted: the story is about moving money, and
// most mail holds none of them, which keeps the patterns from running.
var feeMoney = [...]string{"million", "transfer", "fund", "beneficiary", "kin", "barrister", "dollar", "usd", "us$"}

// advanceFeeStory: at least min of the marks of the advance-fee story are
// in the text.
func advanceFeeStory(ec *evalCtx, min float64) (bool, string) {
	var texts []string // lower-cased, of the parts that speak of money
	for _, p := range ec.m.Parts {
		if p == nil || !p.IsText || p.Text == "" {
			continue
		}
		text := p.Text
		if len(text) > maxFeeText {
			text = text[:maxFeeText]
		}
		if lower := lowerASCIIString(text); containsAny(lower, feeMoney[:]) {
			texts = append(texts, lower)
		}
	}
	if len(texts) == 0 {
		return false, ""
	}
	// A mark's literal is needed for its pattern to match: when too few
	// literals are in the text, no pattern need run.
	var cand [len(feeMarks)]bool
	n := 0
	for i := range feeMarks {
		for _, t := range texts {
			if containsAny(t, feeMarks[i].lit) {
				cand[i] = true
				n++
				break
			}
		}
	}
	if float64(n) < min {
		return false, ""
	}
	var found []string
	for i := range feeMarks {
		if !cand[i] {
			continue
		}
		m := &feeMarks[i]
		for _, t := range texts {
			if m.in(t) {
				found = append(found, m.name)
				break
			}
		}
		if float64(len(found)) >= min {
			return true, strconv.Itoa(len(found)) + " marks: " + strings.Join(found, ", ")
		}
	}
	return false, ""
}

// containsAny reports whether s holds any of lits.
func containsAny(s string, lits []string) bool {
	for _, l := range lits {
		if strings.Contains(s, l) {
			return true
		}
	}
	return false
}
