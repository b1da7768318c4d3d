package tokenizer

import (
	"sync"
	"unicode/utf8"

	kagome "github.com/ikawaha/kagome/v2/tokenizer"

	"github.com/mizugiwa/mizugiwa/tokenizer/internal/ipadict"
)

// loadIPA returns the IPA dictionary, decoded once per process and shared
// by every Tokenizer: it is read-only, and 40 MB is too much to hold twice.
var loadIPA = sync.OnceValues(ipadict.Load)

const (
	// maxJapaneseRunes bounds the length of a Japanese token (a morpheme
	// or, in Whole mode, a run); longer ones become "skip:j:<n>".
	maxJapaneseRunes = 32
	// maxMorphChunk bounds the bytes given to one call of the analyzer; a
	// longer run is cut at a character boundary.
	maxMorphChunk = 2048
)

// japaneseRun tokenizes the Japanese run that starts at s[i] and returns
// the index after it. A run of single characters separated by single
// spaces (未 承 諾 広 告, spaced out to dodge filters) is joined first.
func (st *state) japaneseRun(prefix, s string, i int) int {
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !isJapanese(r) {
			break
		}
		j += n
	}
	if _, n := utf8.DecodeRuneInString(s[i:]); n == j-i {
		if end, joined, ok := st.spacedOut(s, i); ok {
			st.emit(prefix, "layout:spaced")
			st.japanese(prefix, joined)
			return end
		}
	}
	st.japanese(prefix, s[i:j])
	return j
}

// spacedOut recognizes at s[i] three or more single Japanese characters
// separated by one space each and returns the end of that stretch and the
// characters joined.
func (st *state) spacedOut(s string, i int) (end int, joined string, ok bool) {
	st.join = st.join[:0]
	count := 0
	k := i
	for {
		r, n := utf8.DecodeRuneInString(s[k:])
		if !isJapanese(r) {
			break
		}
		// The character must stand alone: not followed by another one.
		if k+n < len(s) {
			if r2, _ := utf8.DecodeRuneInString(s[k+n:]); isJapanese(r2) {
				break
			}
		}
		st.join = append(st.join, s[k:k+n]...)
		count++
		end = k + n
		if end+1 >= len(s) || s[end] != ' ' {
			break
		}
		k = end + 1
	}
	if count < 3 {
		return 0, "", false
	}
	return end, string(st.join), true
}

// japanese emits the tokens of one run of Japanese script.
func (st *state) japanese(prefix, run string) {
	switch st.opts.Japanese {
	case Whole:
		st.whole(prefix, run)
	case Bigram:
		st.bigrams(prefix, run)
	case Morph:
		if !st.morph(prefix, run) {
			st.bigrams(prefix, run)
		}
	case Both:
		st.morph(prefix, run)
		st.bigrams(prefix, run)
	}
}

// whole emits run as one token.
func (st *state) whole(prefix, run string) {
	if n := utf8.RuneCountInString(run); n > maxJapaneseRunes {
		st.key = append(st.key[:0], prefix...)
		st.key = append(st.key, "skip:j:"...)
		st.key = appendLen(st.key, n)
		st.commit()
		return
	}
	st.emit(prefix, run)
}

// bigrams emits every pair of adjacent characters of run, or run itself if
// it is one character.
func (st *state) bigrams(prefix, run string) {
	_, n0 := utf8.DecodeRuneInString(run)
	if n0 == len(run) {
		st.emit(prefix, run)
		return
	}
	a := 0
	b := n0
	for b < len(run) && !st.full() {
		_, n := utf8.DecodeRuneInString(run[b:])
		st.emit(prefix, run[a:b+n])
		a, b = b, b+n
	}
}

// morph emits the kept morphemes of run. It reports false if the run was
// not analyzed: the byte budget is spent or the dictionary did not load.
func (st *state) morph(prefix, run string) bool {
	if st.morphBudget < len(run) {
		return false
	}
	ja, err := st.t.analyzer()
	if err != nil {
		return false
	}
	st.morphBudget -= len(run)
	for len(run) > 0 && !st.full() {
		chunk := run
		if len(chunk) > maxMorphChunk {
			n := maxMorphChunk
			for !utf8.RuneStart(chunk[n]) {
				n--
			}
			chunk = chunk[:n]
		}
		run = run[len(chunk):]
		for _, tok := range ja.Analyze(chunk, kagome.Normal) {
			if tok.Class == kagome.DUMMY || tok.Surface == "" || st.dropped(tok) {
				continue
			}
			st.morpheme(prefix, tok)
		}
	}
	return true
}

// morpheme emits the forms of tok that Options.Form asks for.
func (st *state) morpheme(prefix string, tok kagome.Token) {
	if utf8.RuneCountInString(tok.Surface) > maxJapaneseRunes {
		st.whole(prefix, tok.Surface)
		return
	}
	base, ok := tok.BaseForm()
	if !ok || base == "*" || base == "" {
		base = tok.Surface
	}
	switch st.opts.Form {
	case FormBase:
		st.emit(prefix, base)
	case FormSurface:
		st.emit(prefix, tok.Surface)
	case FormBoth:
		st.emit(prefix, base)
		if base != tok.Surface {
			st.emit(prefix, tok.Surface)
		}
	}
}

// dropped reports whether the part of speech of tok matches one of
// Options.DropPOS.
func (st *state) dropped(tok kagome.Token) bool {
	if len(st.t.dropPOS) == 0 {
		return false
	}
	pos0, ok := tok.FeatureAt(0)
	if !ok {
		return false
	}
next:
	for _, levels := range st.t.dropPOS {
		if levels[0] != pos0 {
			continue
		}
		for l := 1; l < len(levels); l++ {
			if v, ok := tok.FeatureAt(l); !ok || v != levels[l] {
				continue next
			}
		}
		return true
	}
	return false
}
