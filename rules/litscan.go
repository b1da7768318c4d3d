package rules

import "strings"

// A litScanner finds, in one pass over a text, which of a fixed set of
// literals it contains: an Aho–Corasick automaton made complete, so that
// each byte costs one table lookup. The body conditions' prefilters ask it
// instead of searching the text once per literal: a rule set with hundreds
// of body literals reads each text part once.
//
// The scan folds ASCII letters to lower case. A literal counts as present
// when the folded text holds its folded form; for a literal compared
// exactly this says "perhaps" rather than "yes", which a prefilter may do:
// it must never say "no" to a text that holds the literal, and a text that
// holds s also holds the folded s once folded.
type litScanner struct {
	lits   []literal
	class  [256]uint8 // byte class: 0 for bytes no literal holds
	nclass int
	trans  []int32   // next state by state*nclass + class, while building
	next   []uint16  // trans once built: half the cache lines per lookup
	out    [][]int32 // by state, the literals that end on entering it
	hasOut []bool    // by state, len(out) > 0: one byte to test per byte scanned
}

// maxScanStates bounds the automaton; literals beyond it are left out, and
// a condition using them is then not filtered.
const maxScanStates = 1 << 16

// newLitScanner builds the scanner of lits. Literals it cannot take
// (empty, or beyond maxScanStates) are reported by scan as present in
// every text.
func newLitScanner(lits []literal) *litScanner {
	s := &litScanner{lits: lits}
	// Byte classes: every folded byte of a literal gets its own (folding
	// leaves at most 230 byte values, so a uint8 holds them all).
	for _, l := range lits {
		for i := 0; i < len(l.s); i++ {
			if b := lowerASCII(l.s[i]); s.class[b] == 0 {
				s.nclass++
				s.class[b] = uint8(s.nclass)
			}
		}
	}
	s.nclass++ // and class 0
	for c := 'A'; c <= 'Z'; c++ {
		s.class[c] = s.class[c+'a'-'A']
	}
	// The trie, in the transition table; -1 for no edge yet.
	newState := func() int32 {
		for range s.nclass {
			s.trans = append(s.trans, -1)
		}
		s.out = append(s.out, nil)
		return int32(len(s.out) - 1)
	}
	newState()
	for id, l := range lits {
		if l.s == "" {
			continue
		}
		st := int32(0)
		ok := true
		for i := 0; i < len(l.s); i++ {
			c := int32(s.class[lowerASCII(l.s[i])])
			next := s.trans[st*int32(s.nclass)+c]
			if next < 0 {
				if len(s.out) >= maxScanStates {
					ok = false
					break
				}
				next = newState()
				s.trans[st*int32(s.nclass)+c] = next
			}
			st = next
		}
		if ok {
			s.out[st] = append(s.out[st], int32(id))
		} else {
			s.lits[id].s = "" // not scanned: always present
		}
	}
	// Failure links, breadth first, completing the table as they go. When
	// a state is taken from the queue its row still holds only trie edges
	// (-1 for none); a missing edge becomes the edge of the failure state,
	// which is shallower and so complete already.
	n := int32(s.nclass)
	fail := make([]int32, len(s.out))
	queue := make([]int32, 0, len(s.out))
	for c := range n {
		if t := s.trans[c]; t < 0 {
			s.trans[c] = 0
		} else {
			queue = append(queue, t)
		}
	}
	for len(queue) > 0 {
		st := queue[0]
		queue = queue[1:]
		if f := fail[st]; len(s.out[f]) > 0 {
			s.out[st] = append(s.out[st][:len(s.out[st]):len(s.out[st])], s.out[f]...)
		}
		for c := range n {
			t := s.trans[st*n+c]
			if t < 0 {
				s.trans[st*n+c] = s.trans[fail[st]*n+c]
				continue
			}
			fail[t] = s.trans[fail[st]*n+c]
			queue = append(queue, t)
		}
	}
	s.next = make([]uint16, len(s.trans))
	for i, t := range s.trans {
		s.next[i] = uint16(t) // states number at most maxScanStates
	}
	s.trans = nil
	s.hasOut = make([]bool, len(s.out))
	for st, o := range s.out {
		s.hasOut[st] = len(o) > 0
	}
	return s
}

// scan sets in present, a bit set of len(lits) bits, the literals text
// holds. It reports whether text is all ASCII, and whether it holds a rune
// outside ASCII that a case-insensitive k or s matches (U+212A, U+017F),
// which the folding of the scan does not follow.
func (s *litScanner) scan(text string, present []uint64) (ascii, wideFold bool) {
	var high byte
	n := s.nclass
	st := 0
	for i := 0; i < len(text); i++ {
		b := text[i]
		high |= b
		st = int(s.next[st*n+int(s.class[b])])
		if s.hasOut[st] {
			for _, id := range s.out[st] {
				present[id>>6] |= 1 << (id & 63)
			}
		}
	}
	for id, l := range s.lits {
		if l.s == "" {
			present[id>>6] |= 1 << (id & 63)
		}
	}
	if high >= 0x80 {
		wideFold = strings.Contains(text, "\u212a") || strings.Contains(text, "\u017f")
	}
	return high < 0x80, wideFold
}
