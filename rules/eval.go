package rules

import (
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mizugiwa/mizugiwa/message"
	"github.com/mizugiwa/mizugiwa/scoring"
)

// The header fields the predicates read have fixed ids: the index in
// fixedFields.
const (
	fieldFrom = iota
	fieldReplyTo
	fieldReturnPath
	fieldDate
	fieldReceived
	fieldSubject
	fieldTo
	fieldCc
	fieldListID
	fieldListPost
	fieldListUnsubscribe
	fieldMailingList
	fieldXMLName
	fieldXMailingList
	fieldAuthResults
	fieldMessageID
)

// fixedFields are the lower-case names of the fields with fixed ids.
var fixedFields = [...]string{
	fieldFrom:            "from",
	fieldReplyTo:         "reply-to",
	fieldReturnPath:      "return-path",
	fieldDate:            "date",
	fieldReceived:        "received",
	fieldSubject:         "subject",
	fieldTo:              "to",
	fieldCc:              "cc",
	fieldListID:          "list-id",
	fieldListPost:        "list-post",
	fieldListUnsubscribe: "list-unsubscribe",
	fieldMailingList:     "mailing-list",
	fieldXMLName:         "x-ml-name",
	fieldXMailingList:    "x-mailing-list",
	fieldAuthResults:     "authentication-results",
	fieldMessageID:       "message-id",
}

// A program is a rule set compiled for evaluation. Every header field a
// rule or predicate reads gets a number, so that a message's fields are
// looked up by name once rather than by every condition; and each rule's
// conditions are put in the order in which they are cheapest to rule out.
type program struct {
	rules []Rule           // the rules compiled
	names []string         // lower-case field names by id
	ids   map[string]int32 // id by lower-case field name
	byLen [][]int32        // ids by the length of their name
	steps [][]step         // by rule, its conditions in evaluation order

	// The literals of the body conditions' prefilters, found in a text
	// part by one scan, numbered in the steps' idConds.
	body *litScanner
}

// A step is one condition of a compiled rule.
type step struct {
	c     *cond
	pos   int     // index of c among the rule's conditions, for its detail
	field int32   // id of c's header field
	lits  *idCond // of a body condition: its prefilter's literals numbered
}

// An idCond is a litCond whose literals are numbered as the program's
// litScanner numbers them.
type idCond struct {
	id   int32 // the literal's number; -1 for an and/or node
	wide bool  // the literal's foldWide
	and  bool
	sub  []idCond
}

// holds reports whether the condition holds of a text in which the scan
// found the literals of bits; wideFold is what the scan said of the text.
func (c *idCond) holds(bits []uint64, wideFold bool) bool {
	if c.id >= 0 {
		return c.wide && wideFold || bits[c.id>>6]&(1<<(c.id&63)) != 0
	}
	for i := range c.sub {
		if c.sub[i].holds(bits, wideFold) != c.and {
			return !c.and
		}
	}
	return c.and
}

// Costs by which a rule's conditions are ordered; ties keep file order.
const (
	costField     = iota // exists, absent
	costFiltered         // a header regexp with a dfa or a prefilter
	costPredicate        // a predicate that reads a field or two
	costRegexp           // a header regexp that runs on every value
	costHeavy            // a predicate that parses or scans the body
)

func (c *cond) cost() int {
	switch c.kind {
	case condExists, condAbsent:
		return costField
	case condMatch, condNotMatch:
		if c.dfa != nil || c.pre.active() {
			return costFiltered
		}
		return costRegexp
	}
	if c.kind == condBody || c.pred.heavy {
		return costHeavy
	}
	return costPredicate
}

// compile compiles rules, which must stay unchanged while the program is
// used.
func compile(rules []Rule) *program {
	p := &program{rules: rules, ids: map[string]int32{}}
	id := func(name string) int32 {
		n := strings.ToLower(name)
		if i, ok := p.ids[n]; ok {
			return i
		}
		i := int32(len(p.names))
		p.names = append(p.names, n)
		p.ids[n] = i
		for len(p.byLen) <= len(n) {
			p.byLen = append(p.byLen, nil)
		}
		p.byLen[len(n)] = append(p.byLen[len(n)], i)
		return i
	}
	for _, n := range fixedFields {
		id(n)
	}
	p.steps = make([][]step, len(rules))
	for i := range rules {
		r := &rules[i]
		steps := make([]step, len(r.conds))
		for j := range r.conds {
			c := &r.conds[j]
			steps[j] = step{c: c, pos: j, field: -1}
			if c.kind != condEval && c.kind != condBody {
				steps[j].field = id(c.header)
			}
		}
		sort.SliceStable(steps, func(a, b int) bool { return steps[a].c.cost() < steps[b].c.cost() })
		p.steps[i] = steps
	}
	var lits []literal
	var number func(c *litCond) idCond
	number = func(c *litCond) idCond {
		if c.lit != nil {
			lits = append(lits, *c.lit)
			return idCond{id: int32(len(lits) - 1), wide: c.lit.foldWide}
		}
		n := idCond{id: -1, and: c.and}
		for _, sc := range c.sub {
			n.sub = append(n.sub, number(sc))
		}
		return n
	}
	for i := range p.steps {
		for j := range p.steps[i] {
			if st := &p.steps[i][j]; st.c.kind == condBody && st.c.pre.cond != nil {
				n := number(st.c.pre.cond)
				st.lits = &n
			}
		}
	}
	if len(lits) > 0 {
		p.body = newLitScanner(lits)
	}
	return p
}

// A bodyPart is a text part as the body conditions read it: its
// paragraphs, and what the literal scan found in each.
type bodyPart struct {
	paras []string
	ascii bool     // the text is all ASCII
	wide  bool     // the text holds U+212A or U+017F (see litScanner.scan)
	bits  []uint64 // by paragraph, the literals it holds: words per paragraph
	all   []uint64 // the literals any paragraph holds
}

// paraBits returns the literals found in paragraph j of body part i.
func (ec *evalCtx) paraBits(i, j int) []uint64 {
	w := ec.bodyWords
	return ec.body[i].bits[j*w : (j+1)*w]
}

// scanBody splits the text parts into paragraphs and finds the body
// literals of the program in each.
func (ec *evalCtx) scanBody() {
	ec.bodyDone = true
	sc := ec.prog.body
	if sc != nil {
		ec.bodyWords = (len(sc.lits) + 63) / 64
	}
	for _, p := range ec.m.Parts {
		if !p.IsText || p.Text == "" {
			continue
		}
		bp := bodyPart{paras: paragraphs(p.Text, nil), ascii: true}
		if sc == nil {
			bp.ascii = isASCII(p.Text)
		} else {
			w := ec.bodyWords
			bp.bits = make([]uint64, (len(bp.paras)+1)*w)
			bp.all = bp.bits[len(bp.paras)*w:]
			for j, para := range bp.paras {
				bits := bp.bits[j*w : (j+1)*w]
				a, wide := sc.scan(para, bits)
				bp.ascii = bp.ascii && a
				bp.wide = bp.wide || wide
				for k, b := range bits {
					bp.all[k] |= b
				}
			}
		}
		ec.body = append(ec.body, bp)
	}
}

// maxParagraphs bounds the paragraphs of one text part; the last holds
// the rest of the text, blank lines and all. It bounds the memory of the
// literal scan (a bit set per paragraph) on text of nothing but blank
// lines.
const maxParagraphs = 1000

// paragraphs appends to dst the paragraphs of text: the stretches between
// blank lines (lines of nothing but spaces, tabs and carriage returns), at
// most maxParagraphs. Body conditions match within one paragraph, as
// SpamAssassin's body rules do, so that only the paragraphs holding a
// rule's literals are searched.
func paragraphs(text string, dst []string) []string {
	n0 := len(dst)
	start := 0 // of the current paragraph
	for i := 0; i < len(text); {
		nl := strings.IndexByte(text[i:], '\n')
		if nl < 0 {
			break
		}
		nl += i
		// Is the next line blank?
		j := nl + 1
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
			j++
		}
		if j >= len(text) || text[j] != '\n' {
			i = nl + 1
			continue
		}
		// A run of blank lines ends the paragraph at nl.
		if nl > start {
			dst = append(dst, text[start:nl])
		}
		for j < len(text) {
			k := j + 1
			for k < len(text) && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r') {
				k++
			}
			if k < len(text) && text[k] == '\n' {
				j = k
				continue
			}
			break
		}
		start = j + 1
		i = start
		if len(dst)-n0 == maxParagraphs-1 {
			break
		}
	}
	if start < len(text) {
		dst = append(dst, text[start:])
	}
	return dst
}

// compiledFrom reports whether p was compiled from rules.
func (p *program) compiledFrom(rules []Rule) bool {
	return p != nil && len(p.rules) == len(rules) && (len(rules) == 0 || &p.rules[0] == &rules[0])
}

// Eval returns a symbol for every rule of s that fires on in.
func (s *Set) Eval(in *scoring.Input) []scoring.Symbol {
	if in == nil || in.Msg == nil {
		return nil
	}
	p := s.prog
	if !p.compiledFrom(s.Rules) {
		// A Set not made by Parse, or whose Rules were replaced.
		p = compile(s.Rules)
	}
	ec := &evalCtx{in: in, m: in.Msg}
	ec.index(p)
	var syms []scoring.Symbol
	for i := range s.Rules {
		if ok, d := ec.match(p.steps[i]); ok {
			r := &s.Rules[i]
			syms = append(syms, scoring.Symbol{Name: r.Name, Score: r.Weight, Detail: d})
		}
	}
	return syms
}

// maxDetail bounds the length of a symbol detail.
const maxDetail = 80

// match reports whether all conditions of a rule hold. The detail is that
// of the first condition in file order that gives one, whatever order the
// conditions were tested in.
func (ec *evalCtx) match(steps []step) (bool, string) {
	detail, at := "", -1
	for i := range steps {
		st := &steps[i]
		ok, d := ec.cond(st)
		if !ok {
			return false, ""
		}
		if d != "" && (at < 0 || st.pos < at) {
			detail, at = d, st.pos
		}
	}
	if len(detail) > maxDetail {
		cut := maxDetail
		for cut > 0 && detail[cut]&0xC0 == 0x80 {
			cut--
		}
		detail = detail[:cut] + "…"
	}
	return true, detail
}

func (ec *evalCtx) cond(st *step) (bool, string) {
	c := st.c
	switch c.kind {
	case condMatch, condNotMatch:
		h := ec.m.Header
		for i := range h {
			if !ec.is(i, st.field) {
				continue
			}
			v := h[i].Value
			if c.raw {
				v = h[i].Raw
			}
			if c.dfa != nil {
				if !c.dfa.match(v) {
					continue
				}
			} else if c.pre.active() && !mayMatchKnown(&c.pre, v, ec.isASCII(i, c.raw, v)) ||
				!c.re.MatchString(v) {
				// MatchString, which does not track where the match is,
				// misses faster than FindStringIndex.
				continue
			}
			if c.kind == condNotMatch {
				return false, ""
			}
			loc := c.re.FindStringIndex(v)
			return true, c.header + ": " + v[loc[0]:loc[1]]
		}
		return c.kind == condNotMatch, ""
	case condExists:
		return ec.has(st.field), ""
	case condAbsent:
		return !ec.has(st.field), c.noField
	case condBody:
		if !ec.bodyDone {
			ec.scanBody()
		}
		lits := st.lits // nil when the condition has no literals to scan for
		for i := range ec.body {
			bp := &ec.body[i]
			if c.pre.nonASCII && bp.ascii || lits != nil && !lits.holds(bp.all, bp.wide) {
				continue
			}
			for j, para := range bp.paras {
				if lits != nil && len(bp.paras) > 1 && !lits.holds(ec.paraBits(i, j), bp.wide) {
					continue
				}
				if d := c.lazy.get(); d != nil {
					end := d.matchEnd(para)
					if end < 0 {
						continue
					}
					return true, "body: " + matchNear(c.re, para, end)
				} else if !c.re.MatchString(para) {
					continue
				}
				loc := c.re.FindStringIndex(para)
				return true, "body: " + para[loc[0]:loc[1]]
			}
		}
		return false, ""
	case condEval:
		ec.brands, ec.authserv = c.brands, c.authserv
		ok, d := c.pred.fn(ec, c.arg)
		if c.negate {
			return !ok, ""
		}
		return ok, d
	}
	return false, ""
}

// matchWindow is how far before the end of a match its text is looked for.
const matchWindow = 256

// matchNear returns the text of a match of re in s, which has one ending at
// or just before end: re's leftmost match in a window that ends there, or
// in all of s when the window holds none or its match may owe its start to
// the cut (a paragraph is often a whole HTML part without blank lines,
// and finding the leftmost match from its start costs more than all the
// rest of the rules).
func matchNear(re *regexp.Regexp, s string, end int) string {
	start := max(0, end-matchWindow)
	for start > 0 && start < len(s) && !utf8.RuneStart(s[start]) {
		start++
	}
	if start > 0 {
		stop := min(len(s), end+utf8.UTFMax)
		// A match at either cut may owe itself to it (^, $, \b); one
		// inside the window is a match in s too.
		if loc := re.FindStringIndex(s[start:stop]); loc != nil && loc[0] > 0 && (loc[1] < stop-start || stop == len(s)) {
			return s[start+loc[0] : start+loc[1]]
		}
	}
	loc := re.FindStringIndex(s)
	if loc == nil { // cannot happen: the dfa and re agree
		return ""
	}
	return s[loc[0]:loc[1]]
}

// index numbers the header fields of the message by the program's names.
// A message with a field name outside ASCII is looked up the slow way, by
// strings.EqualFold, which folds some non-ASCII letters to ASCII ones.
func (ec *evalCtx) index(p *program) {
	ec.prog = p
	h := ec.m.Header
	if len(h) <= len(ec.fieldBuf) {
		ec.field = ec.fieldBuf[:len(h)]
	} else {
		ec.field = make([]int32, len(h))
	}
	for i := range h {
		n := h[i].Name
		if !isASCII(n) {
			ec.slow = true
			return
		}
		id := int32(-1)
		if len(n) < len(p.byLen) {
			for _, c := range p.byLen[len(n)] {
				if equalFoldASCII(n, p.names[c]) {
					id = c
					break
				}
			}
		}
		ec.field[i] = id
	}
}

// equalFoldASCII reports whether s, of ASCII bytes, is lower, a
// lower-case string, in any case.
func equalFoldASCII(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if lowerASCII(s[i]) != lower[i] {
			return false
		}
	}
	return true
}

// isASCII reports whether v, the value or raw value of the i-th field,
// is all ASCII, remembering it for the value.
func (ec *evalCtx) isASCII(i int, raw bool, v string) bool {
	if raw || i >= len(ec.asciiBuf) {
		return isASCII(v)
	}
	switch ec.asciiBuf[i] {
	case 1:
		return true
	case 2:
		return false
	}
	a := isASCII(v)
	ec.asciiBuf[i] = 2
	if a {
		ec.asciiBuf[i] = 1
	}
	return a
}

// is reports whether the i-th header field has the name numbered id.
func (ec *evalCtx) is(i int, id int32) bool {
	if ec.slow {
		return strings.EqualFold(ec.m.Header[i].Name, ec.prog.names[id])
	}
	return ec.field[i] == id
}

// get returns the decoded value of the first field with the name numbered
// id, as message.Header.Get does.
func (ec *evalCtx) get(id int32) string {
	if i := ec.first(id); i >= 0 {
		return ec.m.Header[i].Value
	}
	return ""
}

// has reports whether a field with the name numbered id is present.
func (ec *evalCtx) has(id int32) bool { return ec.first(id) >= 0 }

func (ec *evalCtx) first(id int32) int {
	for i := range ec.m.Header {
		if ec.is(i, id) {
			return i
		}
	}
	return -1
}

// evalCtx holds one message under evaluation: its fields numbered by the
// program, and what predicates derive from it, computed on first use.
type evalCtx struct {
	in   *scoring.Input
	m    *message.Message
	prog *program

	field    []int32 // id of each header field's name, -1 for other names
	fieldBuf [64]int32
	slow     bool     // a field name is not ASCII: compare names by strings.EqualFold
	asciiBuf [64]byte // of the first fields, whether the value is ASCII: 1 yes, 2 no, 0 not known

	fromDone       bool
	fromName, from string // display name and address of From
	fromDomainDone bool
	fromDomain     string // registered domain of from

	listDone bool
	list     string // name of the first mailing-list field; "" for none

	dateDone    bool
	date        time.Time // the first Date field; zero if none
	dateOK      bool      // it parsed
	datePresent bool      // there is one

	rcvdDone bool
	rcvdTime time.Time // date of the top Received field; zero if none

	brands   []brand  // of the condition being tested, for from_brand_spoof
	authserv []string // of the condition being tested: the trusted authserv-ids

	authDone bool
	auth     []authResult // results of the trusted Authentication-Results fields

	capsDone                          bool
	capsUpper, capsLetters, capsLines int // of the text, for body_caps and lines_yelling

	bodyDone  bool
	body      []bodyPart // the text parts, for body conditions
	bodyWords int        // words of a paragraph's literal bit set
}
