package rules

import (
	"iter"
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A prefilter rejects, without running a regexp, most values the regexp
// cannot match. It is derived from the regexp's syntax tree and never
// rejects a value the regexp matches: Go's regexp engines cost a few
// hundred nanoseconds even on a miss, and most header values miss.
type prefilter struct {
	// nonASCII is set when every match holds a rune outside ASCII, so
	// that a value of ASCII bytes only cannot match.
	nonASCII bool
	// cond, when not nil, holds of every value with a match: the
	// strings the match must contain.
	cond *litCond
}

// A litCond is a condition on the strings a value contains: it holds when
// lit is in the value, or else all (and set) or one (and not set) of sub
// hold.
type litCond struct {
	lit *literal
	and bool
	sub []*litCond
}

// A literal is a string a match must contain.
type literal struct {
	s    string // lower-cased when fold
	fold bool   // compare ASCII letters case-insensitively
	// foldWide is set for a fold literal with a letter that also folds to
	// a rune outside ASCII (k to U+212A, s to U+017F): the ASCII comparison
	// is then only exact on ASCII values.
	foldWide bool
}

// Limits of the literal conditions: a character class of more runes than
// maxClassLits, or an alternation of more than maxLiterals strings, is
// taken to match anything; checking many short strings one by one costs
// about what the regexp does. Body conditions have their literals found
// all at once by a scan (litScanner), so they afford maxBodyLiterals.
const (
	maxLiterals     = 32
	maxBodyLiterals = 512
	maxClassLits    = 10
)

// newPrefilter derives the prefilter of the regexp source pat, as compiled
// by regexp.Compile, with at most maxLits literals in an alternation. It
// returns the zero prefilter, which rejects nothing, for a pattern it
// cannot analyse.
func newPrefilter(pat string, maxLits int) prefilter {
	re, err := syntax.Parse(pat, syntax.Perl)
	if err != nil {
		return prefilter{}
	}
	return prefilter{nonASCII: needsNonASCII(re), cond: required(re, maxLits)}
}

// active reports whether p can reject anything.
func (p *prefilter) active() bool { return p.nonASCII || p.cond != nil }

// mayMatch reports whether the regexp p was derived from can match v.
func (p *prefilter) mayMatch(v string) bool { return mayMatch(p, v) }

func mayMatch[T string | []byte](p *prefilter, v T) bool {
	return mayMatchKnown(p, v, isASCII(v))
}

// mayMatchKnown is mayMatch when whether v is ASCII is known.
func mayMatchKnown[T string | []byte](p *prefilter, v T, ascii bool) bool {
	if p.nonASCII && ascii {
		return false
	}
	return p.cond == nil || holds(p.cond, v, ascii)
}

func holds[T string | []byte](c *litCond, v T, ascii bool) bool {
	if l := c.lit; l != nil {
		switch {
		case !l.fold:
			return containsExact(v, l.s)
		case l.foldWide && !ascii:
			return true
		}
		return containsFoldASCII(v, l.s)
	}
	for _, s := range c.sub {
		if holds(s, v, ascii) != c.and {
			return !c.and
		}
	}
	return c.and
}

func isASCII[T string | []byte](s T) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// occurrences yields the start of every occurrence of sub in s, in order,
// overlapping ones included. sub must not be empty.
func occurrences(s, sub string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for off := 0; off < len(s); {
			i := strings.Index(s[off:], sub)
			if i < 0 {
				return
			}
			i += off
			if !yield(i) {
				return
			}
			off = i + 1
		}
	}
}

// containsExact reports whether s contains lit.
func containsExact[T string | []byte](s T, lit string) bool {
	n := len(lit)
	if n == 0 {
		return true
	}
	for i := 0; i+n <= len(s); i++ {
		if s[i] != lit[0] {
			continue
		}
		j := 1
		for j < n && s[i+j] == lit[j] {
			j++
		}
		if j == n {
			return true
		}
	}
	return false
}

// containsFoldASCII reports whether s contains lit, a lower-case string,
// with ASCII letters of s compared case-insensitively.
func containsFoldASCII[T string | []byte](s T, lit string) bool {
	n := len(lit)
	if n == 0 {
		return true
	}
	c0 := lit[0]
	for i := 0; i+n <= len(s); i++ {
		if lowerASCII(s[i]) != c0 {
			continue
		}
		j := 1
		for j < n && lowerASCII(s[i+j]) == lit[j] {
			j++
		}
		if j == n {
			return true
		}
	}
	return false
}

// litPattern is a pattern that always starts with lit, an ASCII string in
// lower case matched in any case; re, anchored at the start, is tried only
// where lit occurs. A case-insensitive regular expression gets no help from
// its literal prefix: the regexp package runs its automaton over every
// byte of the input. Looking for lit first keeps such patterns off the
// profile.
type litPattern struct {
	lit string
	re  *regexp.Regexp
}

// eachLitMatch calls fn with the start and end of each match of pats in s,
// leftmost first and not overlapping, as one regular expression joining
// pats' alternatives in order would find them, until fn returns false.
func eachLitMatch[T string | []byte](s T, pats []litPattern, fn func(start, end int) bool) {
	for i := 0; i < len(s); {
		end := -1
		for _, p := range pats {
			if !hasPrefixFold(s[i:], p.lit) {
				continue
			}
			var loc []int
			switch v := any(s[i:]).(type) {
			case string:
				loc = p.re.FindStringIndex(v)
			case []byte:
				loc = p.re.FindIndex(v)
			}
			if loc != nil {
				end = i + loc[1]
				break
			}
		}
		if end < 0 {
			i++
			continue
		}
		if !fn(i, end) {
			return
		}
		i = max(end, i+1)
	}
}

// hasPrefixFold reports whether s starts with lit, a lower-case string of
// letters that fold only within ASCII, in any case.
func hasPrefixFold[T string | []byte](s T, lit string) bool {
	if len(s) < len(lit) {
		return false
	}
	for i := 0; i < len(lit); i++ {
		if lowerASCII(s[i]) != lit[i] {
			return false
		}
	}
	return true
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// foldOrbit returns the runes r matches case-insensitively, r included.
func foldOrbit(r rune) []rune {
	o := []rune{r}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		o = append(o, f)
	}
	return o
}

// needsNonASCII reports whether every match of re holds a non-ASCII rune.
func needsNonASCII(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			wide := true
			if re.Flags&syntax.FoldCase != 0 {
				for _, f := range foldOrbit(r) {
					if f < utf8.RuneSelf {
						wide = false
					}
				}
			} else if r < utf8.RuneSelf {
				wide = false
			}
			if wide {
				return true
			}
		}
		return false
	case syntax.OpCharClass:
		// Rune holds sorted [lo, hi] pairs: the class is wide when its
		// lowest rune is.
		return len(re.Rune) > 0 && re.Rune[0] >= utf8.RuneSelf
	case syntax.OpConcat:
		for _, s := range re.Sub {
			if needsNonASCII(s) {
				return true
			}
		}
		return false
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if !needsNonASCII(s) {
				return false
			}
		}
		return len(re.Sub) > 0
	case syntax.OpCapture, syntax.OpPlus:
		return needsNonASCII(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min >= 1 && needsNonASCII(re.Sub[0])
	}
	return false
}

// required returns the condition on the strings every match of re
// contains; nil when there is none within the limits.
func required(re *syntax.Regexp, maxLits int) *litCond {
	switch re.Op {
	case syntax.OpLiteral:
		l, ok := newLiteral(re.Rune, re.Flags&syntax.FoldCase != 0)
		if !ok {
			return nil
		}
		return &litCond{lit: &l}
	case syntax.OpCharClass:
		c := &litCond{}
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(c.sub) == maxClassLits || r == utf8.RuneError {
					// The regexp reads an invalid byte as U+FFFD.
					return nil
				}
				c.sub = append(c.sub, &litCond{lit: &literal{s: string(r)}})
			}
		}
		return oneOf(c)
	case syntax.OpConcat:
		// A match holds a match of each part. Runs of parts that match
		// few enough strings are joined first: "no (?:risk|cost)" requires
		// "no risk" or "no cost", far rarer than "no " and "risk".
		c := &litCond{and: true}
		var run []string
		runFold, inRun := false, false
		flush := func() {
			if inRun {
				if sc := setCond(run, runFold); sc != nil {
					c.sub = append(c.sub, sc)
				}
			}
			run, runFold, inRun = nil, false, false
		}
		for _, s := range re.Sub {
			set, fold, ok := exactSet(s, maxLits)
			if ok && inRun && len(run)*len(set) > maxLits {
				flush()
			}
			if !ok {
				flush()
				if sc := required(s, maxLits); sc != nil {
					c.sub = append(c.sub, sc)
				}
				continue
			}
			if !inRun {
				run, runFold, inRun = set, fold, true
				continue
			}
			run, runFold = crossJoin(run, set), runFold || fold
		}
		flush()
		return oneOf(c)
	case syntax.OpAlternate:
		c := &litCond{}
		n := 0
		for _, s := range re.Sub {
			sc := required(s, maxLits)
			if sc == nil {
				return nil
			}
			if n += leaves(sc); n > maxLits {
				return nil
			}
			c.sub = append(c.sub, sc)
		}
		return oneOf(c)
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0], maxLits)
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0], maxLits)
		}
	}
	return nil
}

// exactSet returns every string re matches, when they are at most max
// and re has no repetition; fold reports that some of them are compared
// case-insensitively (the strings are then lower-cased, which only makes
// the condition weaker). Zero-width assertions match the empty string.
func exactSet(re *syntax.Regexp, max int) (set []string, fold, ok bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []string{""}, false, true
	case syntax.OpLiteral:
		l, ok := newLiteral(re.Rune, re.Flags&syntax.FoldCase != 0)
		if !ok {
			return nil, false, false
		}
		return []string{l.s}, l.fold, true
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(set) == maxClassLits || r == utf8.RuneError {
					return nil, false, false
				}
				set = append(set, string(r))
			}
		}
		return set, false, len(set) > 0
	case syntax.OpCapture:
		return exactSet(re.Sub[0], max)
	case syntax.OpQuest:
		sub, f, ok := exactSet(re.Sub[0], max)
		if !ok || len(sub)+1 > max {
			return nil, false, false
		}
		return append(sub, ""), f, true
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			sub, f, ok := exactSet(s, max)
			if !ok || len(set)+len(sub) > max {
				return nil, false, false
			}
			set = append(set, sub...)
			fold = fold || f
		}
		return set, fold, true
	case syntax.OpConcat:
		set = []string{""}
		for _, s := range re.Sub {
			sub, f, ok := exactSet(s, max)
			if !ok || len(set)*len(sub) > max {
				return nil, false, false
			}
			set = crossJoin(set, sub)
			fold = fold || f
		}
		return set, fold, true
	}
	return nil, false, false
}

// lowerASCIIString lower-cases the ASCII letters of s.
func lowerASCIIString(s string) string {
	b := []byte(s)
	for i, c := range b {
		b[i] = lowerASCII(c)
	}
	return string(b)
}

// crossJoin returns every a+b.
func crossJoin(as, bs []string) []string {
	out := make([]string, 0, len(as)*len(bs))
	for _, a := range as {
		for _, b := range bs {
			out = append(out, a+b)
		}
	}
	return out
}

// setCond is the condition that one of set is present: nil when one of
// them is empty, which every value holds. With fold, the strings are
// compared case-insensitively.
func setCond(set []string, fold bool) *litCond {
	c := &litCond{}
	seen := map[string]bool{}
	for _, s := range set {
		if fold {
			s = lowerASCIIString(s)
		}
		if s == "" {
			return nil
		}
		if seen[s] {
			continue
		}
		seen[s] = true
		// A folded k or s also matches a rune outside ASCII (U+212A,
		// U+017F), which the byte comparison does not follow.
		wide := fold && strings.ContainsAny(s, "ks")
		c.sub = append(c.sub, &litCond{lit: &literal{s: s, fold: fold, foldWide: wide}})
	}
	return oneOf(c)
}

// oneOf simplifies a condition of no or one part.
func oneOf(c *litCond) *litCond {
	switch len(c.sub) {
	case 0:
		return nil
	case 1:
		return c.sub[0]
	}
	return c
}

// leaves counts the literals of c.
func leaves(c *litCond) int {
	if c.lit != nil {
		return 1
	}
	n := 0
	for _, s := range c.sub {
		n += leaves(s)
	}
	return n
}

// newLiteral makes the literal of a run of runes; ok is false when a
// case-folded rune outside ASCII has other forms, which the byte
// comparison cannot follow.
func newLiteral(rs []rune, fold bool) (literal, bool) {
	l := literal{fold: fold}
	var b strings.Builder
	for _, r := range rs {
		if r == utf8.RuneError {
			// The regexp reads an invalid byte as U+FFFD.
			return l, false
		}
		if !fold {
			b.WriteRune(r)
			continue
		}
		o := foldOrbit(r)
		if r >= utf8.RuneSelf {
			if len(o) > 1 {
				return l, false
			}
			b.WriteRune(r)
			continue
		}
		for _, f := range o {
			if f >= utf8.RuneSelf {
				l.foldWide = true
			}
		}
		b.WriteByte(lowerASCII(byte(r)))
	}
	l.s = b.String()
	return l, l.s != ""
}
