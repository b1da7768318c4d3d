package rules

import (
	"context"
	_ "embed"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/mizugiwa/mizugiwa/scoring"
)

// builtinRules is the header rule set used when no file is configured.
//
//go:embed builtin.rules
var builtinRules []byte

// BuiltinRules returns the text of the built-in rules file, as a starting
// point for a site's own file.
func BuiltinRules() []byte { return append([]byte(nil), builtinRules...) }

// Builtin parses the built-in rules file.
func Builtin() (*Set, error) { return Parse("builtin.rules", builtinRules) }

// A ParseError reports a rules file that cannot be used, naming the line.
type ParseError struct {
	File string // the file name given to Parse
	Line int    // 1-based line number
	Msg  string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("rules: %s:%d: %s", e.File, e.Line, e.Msg)
}

// A Rule is one named heuristic of a rules file: it fires when all its
// conditions hold, adding Weight to the score.
type Rule struct {
	Name        string
	Weight      float64
	Description string
	// Fixed says the Weight is meant as written: the combiner's weights
	// are not to be refitted for it (mizugiwa tune leaves it out), as for
	// a rule about a kind of mail the tuning corpus hardly holds.
	Fixed bool
	Line  int // line of the "rule" keyword in its file
	conds []cond
}

// A Set is a parsed rules file. It is immutable once parsed and safe for
// concurrent use.
type Set struct {
	Source string // file name the set was read from
	Rules  []Rule

	brands []brand // the file's brand lines, for from_brand_spoof

	authserv []string // the file's authserv-ids, lower case, for the auth_ predicates

	prog *program // Rules compiled for Eval
}

type condKind uint8

const (
	condMatch    condKind = iota // header NAME =~ /re/
	condNotMatch                 // header NAME !~ /re/
	condExists                   // exists NAME
	condAbsent                   // absent NAME
	condEval                     // eval [!]predicate [arg]
	condBody                     // body =~ /re/
)

type cond struct {
	kind     condKind
	header   string // field name for header conditions
	raw      bool   // match the raw value instead of the decoded one
	re       *regexp.Regexp
	dfa      *dfa      // re as a table, when it can be made one
	lazy     *lazyDFA  // of a body condition: re as a table, made on first use
	pre      prefilter // values re cannot match, for header conditions
	pred     *predicate
	predName string   // the name pred was given by
	brands   []brand  // of an eval of from_brand_spoof: the file's brands
	authserv []string // of an eval of an auth_ predicate: the file's authserv-ids
	arg      float64
	negate   bool   // eval !predicate
	noField  string // the detail of an absent condition
}

// Brands returns how many brand lines the set declares.
func (s *Set) Brands() int { return len(s.brands) }

// AuthServIDs returns the authserv-ids whose Authentication-Results fields
// the set trusts, in lower case, in file order.
func (s *Set) AuthServIDs() []string { return append([]string(nil), s.authserv...) }

// LoadFile reads and parses the rules file at path.
func LoadFile(path string) (*Set, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("rules: load %s: %w", path, err)
	}
	return Parse(path, b)
}

var ruleName = regexp.MustCompile(`^[A-Z][A-Z0-9_]*$`)

// Parse parses a rules file; name is used in error messages. The format is
// line-based: blank lines and lines starting with '#' are ignored, and each
// rule is a block that starts with
//
//	rule NAME WEIGHT
//
// followed by one "describe TEXT" line and one or more condition lines, all
// of which must hold for the rule to fire:
//
//	header NAME =~ /regexp/flags   a field NAME whose decoded value matches
//	header NAME:raw =~ /regexp/    the same on the value as found in the message
//	header NAME !~ /regexp/flags   no field NAME matches (an absent field counts)
//	exists NAME                    a field NAME is present
//	absent NAME                    no field NAME is present
//	eval PREDICATE [NUMBER]        a built-in predicate holds (see Predicates)
//	eval !PREDICATE [NUMBER]       a built-in predicate does not hold
//
// Regexps use Go syntax between slashes; flags are i (case-insensitive),
// m (multi-line) and s (dot matches newline).
func Parse(name string, src []byte) (*Set, error) {
	s := &Set{Source: name}
	seen := map[string]int{}
	var cur *Rule
	finish := func() error {
		if cur == nil {
			return nil
		}
		if cur.Description == "" {
			return &ParseError{name, cur.Line, fmt.Sprintf("rule %s has no describe line", cur.Name)}
		}
		if len(cur.conds) == 0 {
			return &ParseError{name, cur.Line, fmt.Sprintf("rule %s has no condition", cur.Name)}
		}
		s.Rules = append(s.Rules, *cur)
		cur = nil
		return nil
	}
	lines := strings.Split(string(src), "\n")
	for i, line := range lines {
		n := i + 1
		line = strings.TrimSpace(strings.TrimSuffix(line, "\r"))
		if line == "" || line[0] == '#' {
			continue
		}
		kw, rest, _ := strings.Cut(line, " ")
		rest = strings.TrimSpace(rest)
		errf := func(format string, a ...any) error {
			return &ParseError{name, n, fmt.Sprintf(format, a...)}
		}
		if kw == "brand" {
			if err := finish(); err != nil {
				return nil, err
			}
			b, err := parseBrand(rest)
			if err != nil {
				return nil, errf("%v", err)
			}
			b.line = n
			s.brands = append(s.brands, b)
			continue
		}
		if kw == "authserv" {
			if err := finish(); err != nil {
				return nil, err
			}
			ids := strings.Fields(rest)
			if len(ids) == 0 {
				return nil, errf("want \"authserv ID...\": the authserv-id your own MTA writes in its Authentication-Results fields")
			}
			for _, id := range ids {
				if !validAuthServID(id) {
					return nil, errf("authserv-id %q is not a host name or token", id)
				}
				s.authserv = append(s.authserv, strings.ToLower(id))
			}
			continue
		}
		if kw == "rule" {
			if err := finish(); err != nil {
				return nil, err
			}
			f := strings.Fields(rest)
			if len(f) != 2 {
				return nil, errf("want \"rule NAME WEIGHT\"")
			}
			if !ruleName.MatchString(f[0]) {
				return nil, errf("rule name %q is not upper-case letters, digits and _", f[0])
			}
			if prev, ok := seen[f[0]]; ok {
				return nil, errf("rule %s already defined on line %d", f[0], prev)
			}
			w, err := strconv.ParseFloat(f[1], 64)
			if err != nil || w != w || w > 1e6 || w < -1e6 {
				return nil, errf("weight %q is not a number", f[1])
			}
			seen[f[0]] = n
			cur = &Rule{Name: f[0], Weight: w, Line: n}
			continue
		}
		if cur == nil {
			return nil, errf("%q outside a rule block", kw)
		}
		switch kw {
		case "describe":
			if rest == "" {
				return nil, errf("empty describe")
			}
			if cur.Description != "" {
				return nil, errf("rule %s described twice", cur.Name)
			}
			cur.Description = rest
		case "fixed":
			if rest != "" {
				return nil, errf("fixed takes no argument")
			}
			if cur.Fixed {
				return nil, errf("rule %s marked fixed twice", cur.Name)
			}
			cur.Fixed = true
		case "header":
			c, err := parseHeaderCond(rest)
			if err != nil {
				return nil, errf("%v", err)
			}
			cur.conds = append(cur.conds, c)
		case "body":
			c, err := parseBodyCond(rest)
			if err != nil {
				return nil, errf("%v", err)
			}
			cur.conds = append(cur.conds, c)
		case "exists", "absent":
			if !validFieldName(rest) {
				return nil, errf("bad header name %q", rest)
			}
			k := condExists
			if kw == "absent" {
				k = condAbsent
			}
			cur.conds = append(cur.conds, cond{kind: k, header: rest, noField: "no " + rest})
		case "eval":
			c, err := parseEval(rest)
			if err != nil {
				return nil, errf("%v", err)
			}
			cur.conds = append(cur.conds, c)
		default:
			return nil, errf("unknown keyword %q", kw)
		}
	}
	if err := finish(); err != nil {
		return nil, err
	}
	if len(s.Rules) == 0 {
		return nil, &ParseError{name, len(lines), "no rules"}
	}
	for i := range s.Rules {
		for j := range s.Rules[i].conds {
			if c := &s.Rules[i].conds[j]; c.kind == condEval && c.pred.brands {
				if len(s.brands) == 0 {
					return nil, &ParseError{name, s.Rules[i].Line, fmt.Sprintf("rule %s asks for %s, but the file declares no brand", s.Rules[i].Name, c.predName)}
				}
				c.brands = s.brands
			}
			if c := &s.Rules[i].conds[j]; c.kind == condEval && c.pred.auth {
				c.authserv = s.authserv
			}
		}
	}
	s.prog = compile(s.Rules)
	return s, nil
}

// validAuthServID reports whether id can be an authserv-id: a host name
// or another token of letters, digits and "-._".
func validAuthServID(id string) bool {
	if id == "" || len(id) > 255 {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !('a' <= c|0x20 && c|0x20 <= 'z') && !('0' <= c && c <= '9') && c != '-' && c != '.' && c != '_' {
			return false
		}
	}
	return true
}

func validFieldName(s string) bool {
	if s == "" || len(s) > 76 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f || c == ':' {
			return false
		}
	}
	return true
}

func parseHeaderCond(s string) (cond, error) {
	f, rest, _ := strings.Cut(s, " ")
	rest = strings.TrimSpace(rest)
	var c cond
	if base, ok := strings.CutSuffix(f, ":raw"); ok {
		c.raw = true
		f = base
	}
	if !validFieldName(f) {
		return c, fmt.Errorf("bad header name %q", f)
	}
	c.header = f
	op, re, _ := strings.Cut(rest, " ")
	switch op {
	case "=~":
		c.kind = condMatch
	case "!~":
		c.kind = condNotMatch
	default:
		return c, fmt.Errorf("want \"header NAME =~ /re/\" or \"!~\", got operator %q", op)
	}
	r, pat, err := parseRegexp(strings.TrimSpace(re))
	if err != nil {
		return c, err
	}
	c.re = r
	c.dfa = newDFA(pat)
	c.pre = newPrefilter(pat, maxLiterals)
	return c, nil
}

// parseBodyCond reads "=~ /re/", a regexp to find in the text of the
// message: any text part, decoded to UTF-8, HTML reduced to what a reader
// sees.
func parseBodyCond(s string) (cond, error) {
	op, re, _ := strings.Cut(s, " ")
	if op != "=~" {
		return cond{}, fmt.Errorf("want \"body =~ /re/\", got operator %q", op)
	}
	r, pat, err := parseRegexp(strings.TrimSpace(re))
	if err != nil {
		return cond{}, err
	}
	return cond{kind: condBody, re: r, lazy: &lazyDFA{pat: pat}, pre: newPrefilter(pat, maxBodyLiterals)}, nil
}

// A lazyDFA is the dfa of a regexp, built when first asked for: the tables
// of body regexps take milliseconds each to build, and a rule set is
// parsed by every process that classifies, most of which meet only a few
// of its rules' literals.
type lazyDFA struct {
	once sync.Once
	pat  string
	d    *dfa
}

// get returns the dfa; nil when the regexp has none.
func (l *lazyDFA) get() *dfa {
	l.once.Do(func() { l.d = newDFA(l.pat) })
	return l.d
}

// parseRegexp compiles "/pattern/flags", returning the pattern with its
// flags in Go syntax as well.
func parseRegexp(s string) (*regexp.Regexp, string, error) {
	end := strings.LastIndexByte(s, '/')
	if len(s) < 2 || s[0] != '/' || end <= 0 {
		return nil, "", fmt.Errorf("regexp %q is not written /pattern/flags", s)
	}
	pat, flags := s[1:end], s[end+1:]
	if pat == "" {
		return nil, "", fmt.Errorf("empty regexp")
	}
	for _, f := range flags {
		if f != 'i' && f != 'm' && f != 's' {
			return nil, "", fmt.Errorf("unknown regexp flag %q", f)
		}
	}
	if flags != "" {
		pat = "(?" + flags + ")" + pat
	}
	re, err := regexp.Compile(pat)
	if err != nil {
		return nil, "", fmt.Errorf("regexp %s: %v", s, err)
	}
	return re, pat, nil
}

func parseEval(s string) (cond, error) {
	f := strings.Fields(s)
	c := cond{kind: condEval}
	if len(f) == 0 || len(f) > 2 {
		return c, fmt.Errorf("want \"eval PREDICATE [NUMBER]\"")
	}
	name := f[0]
	if rest, ok := strings.CutPrefix(name, "!"); ok {
		c.negate, name = true, rest
	}
	p, ok := predicates[name]
	if !ok {
		return c, fmt.Errorf("unknown predicate %q", name)
	}
	c.pred, c.predName = p, name
	c.arg = p.def
	if len(f) == 2 {
		if !p.takesArg {
			return c, fmt.Errorf("predicate %s takes no argument", name)
		}
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil || v != v || v < 0 || v > 1e9 {
			return c, fmt.Errorf("argument %q of %s is not a non-negative number", f[1], name)
		}
		c.arg = v
	}
	return c, nil
}

// Headers is the scorer of the header rules. It holds its rule set
// atomically so that Reload can replace it while messages are scored.
type Headers struct {
	set atomic.Pointer[Set]
}

// NewHeaders returns a header scorer using s, or the built-in set when s is
// nil.
func NewHeaders(s *Set) (*Headers, error) {
	if s == nil {
		b, err := Builtin()
		if err != nil {
			return nil, err
		}
		s = b
	}
	h := &Headers{}
	h.set.Store(s)
	return h, nil
}

// Name implements scoring.Scorer.
func (*Headers) Name() string { return "headers" }

// Set returns the rule set in force.
func (h *Headers) Set() *Set { return h.set.Load() }

// Swap puts s in force; a nil s is ignored.
func (h *Headers) Swap(s *Set) {
	if s != nil {
		h.set.Store(s)
	}
}

// Reload parses the rules file at path and puts it in force. A file that
// cannot be read or parsed is refused with the error (naming its line) and
// the set in force stays.
func (h *Headers) Reload(path string) error {
	s, err := LoadFile(path)
	if err != nil {
		return err
	}
	h.set.Store(s)
	return nil
}

// Score implements scoring.Scorer.
func (h *Headers) Score(_ context.Context, in *scoring.Input) ([]scoring.Symbol, error) {
	return h.set.Load().Eval(in), nil
}
