package rules

import (
	"context"
	"sort"
	"strings"

	"github.com/mizugiwa/mizugiwa/message"
	"github.com/mizugiwa/mizugiwa/scoring"
)

// MaxHamShare is the share of ham a rule may fire on before it needs a low
// weight or a reason: a rule that fires on more than 1% of ham flags real
// mail often enough that its weight must say so.
const MaxHamShare = 0.01

// A Tally counts how often each header and structure rule fires on
// labelled mail, so that a rule set can be checked against real spam and
// ham before it is put to work. It is not safe for concurrent use.
type Tally struct {
	h         *Headers
	st        *Structure
	spam, ham map[string]int
	nspam     int
	nham      int
}

// NewTally returns a tally of the rules of h and st.
func NewTally(h *Headers, st *Structure) *Tally {
	return &Tally{h: h, st: st, spam: map[string]int{}, ham: map[string]int{}}
}

// Add counts the rules that fire on m, a spam or a ham.
func (t *Tally) Add(ctx context.Context, m *message.Message, spam bool) {
	in := &scoring.Input{Msg: m}
	a, _ := t.h.Score(ctx, in)
	b, _ := t.st.Score(ctx, in)
	c := t.ham
	if spam {
		c = t.spam
		t.nspam++
	} else {
		t.nham++
	}
	for _, s := range append(a, b...) {
		c[s.Name]++
	}
}

// Messages returns how many spam and ham were counted.
func (t *Tally) Messages() (spam, ham int) { return t.nspam, t.nham }

// A Firing is one rule's counts.
type Firing struct {
	Name        string
	Weight      float64
	Description string
	Spam, Ham   int // messages it fired on
	// NeedsReason is set when the rule fires on more than MaxHamShare of
	// the ham with a weight above 0.5 and its description gives no reason
	// (does not mention ham).
	NeedsReason bool
}

// Firings returns the counts of every rule, by name.
func (t *Tally) Firings() []Firing {
	var out []Firing
	add := func(name string, w float64, desc string) {
		f := Firing{Name: name, Weight: w, Description: desc, Spam: t.spam[name], Ham: t.ham[name]}
		f.NeedsReason = t.nham > 0 && float64(f.Ham) > MaxHamShare*float64(t.nham) && w > 0.5 &&
			!strings.Contains(desc, "ham")
		out = append(out, f)
	}
	for _, r := range t.h.Set().Rules {
		add(r.Name, r.Weight, r.Description)
	}
	for _, r := range t.st.Rules() {
		add(r.Name, r.Weight, r.Description)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}
