package rules

import (
	"regexp/syntax"
	"slices"
	"unicode"
	"unicode/utf8"
)

// A dfa answers whether a regexp matches anywhere in a string, as
// regexp.MatchString does, by a walk over a table: one lookup per rune
// where Go's regexp engines spend tens of nanoseconds. It is built when a
// rule is parsed, from the regexp's compiled program, and never changes
// after, so that it is safe for concurrent use.
//
// Runes are mapped to classes, ranges of runes that no instruction of the
// program tells apart. A state is the set of program threads alive after
// a prefix of the text; a new thread starts at every position, as in an
// unanchored search. A state also knows what kind of rune came before it
// (none, a newline, a word character, another), and a transition on a
// class knows what comes next, so that ^, $ (with or without the m flag),
// \b and \B hold where Go's regexp says they do. A regexp whose table
// would grow too large gets no dfa.
type dfa struct {
	ascii  [utf8.RuneSelf]uint16 // class of each ASCII rune
	bounds []rune                // the first rune of each class, sorted
	trans  []int32               // next state by state*len(bounds) + class
	flags  []uint8               // by state: dfaMatched, dfaDead, dfaEndMatch
}

// State flags.
const (
	dfaMatched  = 1 << iota // a match has been seen: the answer is yes
	dfaDead                 // no match can follow: the answer is no
	dfaEndMatch             // the text matches if it ends here
)

// Limits of the table of one regexp, and of the work of building it.
const (
	maxDFAStates = 1000
	maxDFACells  = 1 << 18
	maxDFAWork   = 1 << 22 // instructions followed
)

// match reports whether the regexp matches s.
func (d *dfa) match(s string) bool {
	n := int32(len(d.bounds))
	st := int32(0)
	for i := 0; i < len(s); {
		if f := d.flags[st]; f&(dfaMatched|dfaDead) != 0 {
			return f&dfaMatched != 0
		}
		var c int32
		if b := s[i]; b < utf8.RuneSelf {
			c = int32(d.ascii[b])
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			c = int32(d.class(r))
			i += size
		}
		st = d.trans[st*n+c]
	}
	return d.flags[st]&(dfaMatched|dfaEndMatch) != 0
}

// matchEnd reports where the walk of match learns that the regexp matches
// s: a byte offset at or just after the end of the match that ends first
// (a rune after it when \b or $ had to see what follows); -1 when it does
// not match.
func (d *dfa) matchEnd(s string) int {
	n := int32(len(d.bounds))
	st := int32(0)
	for i := 0; i < len(s); {
		if f := d.flags[st]; f&(dfaMatched|dfaDead) != 0 {
			if f&dfaMatched != 0 {
				return i
			}
			return -1
		}
		var c int32
		if b := s[i]; b < utf8.RuneSelf {
			c = int32(d.ascii[b])
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			c = int32(d.class(r))
			i += size
		}
		st = d.trans[st*n+c]
	}
	if d.flags[st]&(dfaMatched|dfaEndMatch) != 0 {
		return len(s)
	}
	return -1
}

// class returns the class of r.
func (d *dfa) class(r rune) int {
	i, found := slices.BinarySearch(d.bounds, r)
	if !found {
		i--
	}
	return i
}

// newDFA builds the dfa of the regexp source pat, as regexp.Compile reads
// it; nil when pat does not compile or is not supported.
func newDFA(pat string) *dfa {
	re, err := syntax.Parse(pat, syntax.Perl)
	if err != nil {
		return nil
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return nil
	}
	b := dfaBuilder{prog: prog, ids: map[string]int32{}, seen: make([]bool, len(prog.Inst))}
	return b.build()
}

// dfaBuilder builds the states of a dfa breadth-first.
type dfaBuilder struct {
	prog    *syntax.Prog
	d       *dfa
	ids     map[string]int32 // state by key
	kernels [][]uint32       // by state, the threads it was entered with
	prevs   []uint8          // by state, what came before it: a ctx
	seen    []bool           // scratch of closure, by instruction
	work    int              // instructions followed so far
	canDie  bool             // no assertion looks at the rune before: a state with no thread alive stays so
}

// What surrounds a position, for the zero-width assertions: the rune
// before it (or the start of the text), the rune after it (or the end).
const (
	ctxText  = iota // start or end of the text
	ctxNL           // a newline
	ctxWord         // an ASCII letter, digit or _, as \b reads words
	ctxOther        // any other rune
)

func runeCtx(r rune) uint8 {
	switch {
	case r == '\n':
		return ctxNL
	case syntax.IsWordChar(r):
		return ctxWord
	}
	return ctxOther
}

func (b *dfaBuilder) build() *dfa {
	b.d = &dfa{}
	if !b.classes() {
		return nil
	}
	n := len(b.d.bounds)
	// State 0 is the start of the text.
	b.state([]uint32{uint32(b.prog.Start)}, ctxText)
	matched := int32(-1) // the state after a match, made when first needed
	for s := 0; s < len(b.kernels); s++ {
		if len(b.kernels) > maxDFAStates || len(b.kernels)*n > maxDFACells || b.work > maxDFAWork {
			return nil
		}
		if b.d.flags[s]&dfaMatched != 0 {
			// The answer is known: match stops here.
			for range n {
				b.d.trans = append(b.d.trans, int32(s))
			}
			continue
		}
		kernel, prev := b.kernels[s], b.prevs[s]
		endSet, endMatched := b.closure(kernel, prev, ctxText)
		alive := len(endSet) > 0 || endMatched
		for c := 0; c < n; c++ {
			r := b.d.bounds[c]
			set, ok := b.closure(kernel, prev, runeCtx(r))
			if ok {
				if matched < 0 {
					matched = b.sink()
				}
				b.d.trans = append(b.d.trans, matched)
				alive = true
				continue
			}
			alive = alive || len(set) > 0
			b.d.trans = append(b.d.trans, b.state(b.step(set, r), runeCtx(r)))
		}
		switch {
		case endMatched:
			b.d.flags[s] |= dfaEndMatch
		case !alive && b.canDie:
			b.d.flags[s] |= dfaDead
		}
	}
	return b.d
}

// sink adds the state after a match.
func (b *dfaBuilder) sink() int32 {
	b.kernels = append(b.kernels, nil)
	b.prevs = append(b.prevs, ctxOther)
	b.d.flags = append(b.d.flags, dfaMatched)
	return int32(len(b.kernels) - 1)
}

// classes splits the runes into classes; false when the program has an
// instruction the dfa does not support.
func (b *dfaBuilder) classes() bool {
	cuts := []rune{0, utf8.RuneSelf}
	b.canDie = true
	for _, in := range b.prog.Inst {
		switch in.Op {
		case syntax.InstRune:
			if len(in.Rune) == 1 {
				for _, r := range foldOrbit(in.Rune[0]) {
					if syntax.Flags(in.Arg)&syntax.FoldCase != 0 || r == in.Rune[0] {
						cuts = append(cuts, r, r+1)
					}
				}
				continue
			}
			for i := 0; i+1 < len(in.Rune); i += 2 {
				cuts = append(cuts, in.Rune[i], in.Rune[i+1]+1)
			}
		case syntax.InstRune1:
			cuts = append(cuts, in.Rune[0], in.Rune[0]+1)
		case syntax.InstRuneAnyNotNL:
			cuts = append(cuts, '\n', '\n'+1)
		case syntax.InstEmptyWidth:
			op := syntax.EmptyOp(in.Arg)
			if op&(syntax.EmptyBeginLine|syntax.EmptyEndLine) != 0 {
				cuts = append(cuts, '\n', '\n'+1)
			}
			if op&(syntax.EmptyWordBoundary|syntax.EmptyNoWordBoundary) != 0 {
				cuts = append(cuts, '0', '9'+1, 'A', 'Z'+1, '_', '_'+1, 'a', 'z'+1)
			}
			if op&^(syntax.EmptyBeginText|syntax.EmptyEndText) != 0 {
				b.canDie = false
			}
		}
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	for len(cuts) > 0 && cuts[len(cuts)-1] > unicode.MaxRune {
		cuts = cuts[:len(cuts)-1]
	}
	if len(cuts) > 1<<16 {
		return false
	}
	b.d.bounds = cuts
	for r := rune(0); r < utf8.RuneSelf; r++ {
		b.d.ascii[r] = uint16(b.d.class(r))
	}
	return true
}

// state returns the state entered with the threads of kernel after what
// prev says, making it when it is new.
func (b *dfaBuilder) state(kernel []uint32, prev uint8) int32 {
	slices.Sort(kernel)
	kernel = slices.Compact(kernel)
	key := make([]byte, 0, 1+4*len(kernel))
	key = append(key, prev)
	for _, pc := range kernel {
		key = append(key, byte(pc), byte(pc>>8), byte(pc>>16), byte(pc>>24))
	}
	if id, ok := b.ids[string(key)]; ok {
		return id
	}
	id := int32(len(b.kernels))
	b.ids[string(key)] = id
	b.kernels = append(b.kernels, kernel)
	b.prevs = append(b.prevs, prev)
	b.d.flags = append(b.d.flags, 0)
	return id
}

// step returns the kernel of the state after rune r: the threads of set
// that take r, and a thread starting afresh.
func (b *dfaBuilder) step(set []uint32, r rune) []uint32 {
	next := []uint32{uint32(b.prog.Start)}
	for _, pc := range set {
		in := &b.prog.Inst[pc]
		var ok bool
		switch in.Op {
		case syntax.InstRune:
			ok = in.MatchRune(r)
		case syntax.InstRune1:
			ok = r == in.Rune[0]
		case syntax.InstRuneAny:
			ok = true
		case syntax.InstRuneAnyNotNL:
			ok = r != '\n'
		}
		if ok {
			next = append(next, in.Out)
		}
	}
	return next
}

// closure follows the threads of kernel through the instructions that
// take no rune, at a position with prev before it and next after it (both
// ctx values). It returns the instructions that take a rune and whether
// one thread reaches a match.
func (b *dfaBuilder) closure(kernel []uint32, prev, next uint8) (set []uint32, matched bool) {
	seen := b.seen
	clear(seen)
	stack := slices.Clone(kernel)
	for len(stack) > 0 {
		pc := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[pc] {
			continue
		}
		seen[pc] = true
		b.work++
		in := &b.prog.Inst[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			stack = append(stack, in.Arg, in.Out)
		case syntax.InstCapture, syntax.InstNop:
			stack = append(stack, in.Out)
		case syntax.InstEmptyWidth:
			if !emptyHolds(syntax.EmptyOp(in.Arg), prev, next) {
				continue
			}
			stack = append(stack, in.Out)
		case syntax.InstMatch:
			matched = true
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			set = append(set, pc)
		}
	}
	slices.Sort(set)
	return set, matched
}

// emptyHolds reports whether the zero-width assertions op hold between
// prev and next.
func emptyHolds(op syntax.EmptyOp, prev, next uint8) bool {
	word := (prev == ctxWord) != (next == ctxWord)
	switch {
	case op&syntax.EmptyBeginText != 0 && prev != ctxText,
		op&syntax.EmptyEndText != 0 && next != ctxText,
		op&syntax.EmptyBeginLine != 0 && prev != ctxText && prev != ctxNL,
		op&syntax.EmptyEndLine != 0 && next != ctxText && next != ctxNL,
		op&syntax.EmptyWordBoundary != 0 && !word,
		op&syntax.EmptyNoWordBoundary != 0 && word:
		return false
	}
	return true
}
