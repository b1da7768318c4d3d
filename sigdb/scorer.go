package sigdb

import (
	"context"
	"fmt"
	"math"
	"strings"

	"github.com/mizugiwa/mizugiwa/scoring"
)

// Symbol names the scorer reports.
const (
	SymExact = "SIGDB_EXACT" // a part matches an exact signature
	SymFuzzy = "SIGDB_FUZZY" // a part matches a fuzzy signature (and no exact one)
)

// ScorerOptions configure a Scorer.
type ScorerOptions struct {
	// Exact is the largest score of SIGDB_EXACT. Default 8.
	Exact float64
	// Fuzzy is the largest score of SIGDB_FUZZY. Default 6.
	Fuzzy float64
	// Reports is the report count at which a match earns half of its
	// largest score. Default 1.
	Reports float64
}

// Validate reports the first invalid field.
func (o ScorerOptions) Validate() error {
	for _, f := range []struct {
		name string
		v    float64
	}{{"Exact", o.Exact}, {"Fuzzy", o.Fuzzy}, {"Reports", o.Reports}} {
		if f.v < 0 || math.IsNaN(f.v) || math.IsInf(f.v, 0) {
			return fmt.Errorf("sigdb: scorer options: %s %v must be positive and finite", f.name, f.v)
		}
	}
	return nil
}

// Scorer reports the signatures a message matches.
type Scorer struct {
	db *DB
	o  ScorerOptions
}

// NewScorer returns a scorer over db.
func NewScorer(db *DB, o ScorerOptions) (*Scorer, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	if o.Exact == 0 {
		o.Exact = 8
	}
	if o.Fuzzy == 0 {
		o.Fuzzy = 6
	}
	if o.Reports == 0 {
		o.Reports = 1
	}
	return &Scorer{db: db, o: o}, nil
}

// Name returns "sigdb".
func (*Scorer) Name() string { return "sigdb" }

// Weight returns the score of a match: max × n/(n+R) × q, where max is
// ScorerOptions.Exact or Fuzzy, n the report count, R ScorerOptions.Reports
// and q the similarity factor: 1 for exact matches, and for fuzzy ones
// 0.5 + 0.5 × (J − T)/(1 − T), from one half at the threshold T to 1 at
// J = 1. The score grows with reports and similarity and never exceeds max.
func (s *Scorer) Weight(m Match) float64 {
	n := float64(m.Signature.Count())
	top, q := s.o.Exact, 1.0
	if m.Signature.Kind == Fuzzy {
		top = s.o.Fuzzy
		t := s.db.o.Threshold
		if t < 1 {
			q = 0.5 + 0.5*math.Max(0, m.Similarity-t)/(1-t)
		}
	}
	return math.Min(top, top*n/(n+s.o.Reports)*math.Min(q, 1))
}

// Score looks up every part of the message at once and reports the best
// exact match as SIGDB_EXACT and, if no exact signature matched, the best
// fuzzy match as SIGDB_FUZZY.
func (s *Scorer) Score(ctx context.Context, in *scoring.Input) ([]scoring.Symbol, error) {
	rcpts := make([]string, len(in.Envelope.Recipients))
	for i, r := range in.Envelope.Recipients {
		rcpts[i] = r.Address
	}
	ms, err := s.db.CheckDigests(ctx, s.db.Digests(in.Msg, rcpts))
	if err != nil {
		return nil, err
	}
	var best [3]*Match
	var score [3]float64
	for i := range ms {
		k := ms[i].Signature.Kind
		if k != Exact && k != Fuzzy {
			continue
		}
		if w := s.Weight(ms[i]); best[k] == nil || w > score[k] {
			best[k], score[k] = &ms[i], w
		}
	}
	detail := func(m *Match) string {
		var b strings.Builder
		fmt.Fprintf(&b, "part %s sig %s reports %d", partName(m.PartID), m.Signature.ID, m.Signature.Count())
		if m.Signature.Kind == Fuzzy {
			fmt.Fprintf(&b, " similarity %.2f", m.Similarity)
		}
		return b.String()
	}
	switch {
	case best[Exact] != nil:
		return []scoring.Symbol{{Name: SymExact, Score: score[Exact], Detail: detail(best[Exact])}}, nil
	case best[Fuzzy] != nil:
		return []scoring.Symbol{{Name: SymFuzzy, Score: score[Fuzzy], Detail: detail(best[Fuzzy])}}, nil
	}
	return nil, nil
}

func partName(id string) string {
	if id == "" {
		return "root"
	}
	return id
}
