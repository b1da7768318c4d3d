package classifier

import (
	"bytes"
	"context"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/mizugiwa/mizugiwa/scoring"
)

// samples makes spam that tends to carry SPAMMY and ham that tends to carry
// HAMMY (which, as a sign of ham, reports a negative score), with a noisy
// continuous BAYES symbol, a useless NOISE symbol, and DECOY: a symbol that
// reports a positive score, as a sign of spam would, but fires on ham more
// often than on spam in these samples.
func samples(n int, seed uint64) []Sample {
	r := rand.New(rand.NewPCG(seed, 1))
	var out []Sample
	for i := range n {
		spam := i%3 == 0
		var syms []scoring.Symbol
		b := r.NormFloat64()
		if spam {
			b += 2
		} else {
			b -= 2
		}
		syms = append(syms, scoring.Symbol{Name: "BAYES", Score: b})
		if spam && r.Float64() < 0.6 || !spam && r.Float64() < 0.05 {
			syms = append(syms, scoring.Symbol{Name: "SPAMMY", Score: 1})
		}
		if !spam && r.Float64() < 0.5 {
			syms = append(syms, scoring.Symbol{Name: "HAMMY", Score: -1})
		}
		if !spam && r.Float64() < 0.3 || spam && r.Float64() < 0.05 {
			syms = append(syms, scoring.Symbol{Name: "DECOY", Score: 1})
		}
		if r.Float64() < 0.5 {
			syms = append(syms, scoring.Symbol{Name: "NOISE", Score: 1})
		}
		out = append(out, Sample{Symbols: syms, Spam: spam})
	}
	return out
}

func TestFitWeights(t *testing.T) {
	train := samples(3000, 1)
	w, err := FitWeights(train, FitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if w.Symbols["BAYES"] <= 0 || w.Symbols["SPAMMY"] <= 0 || w.Symbols["HAMMY"] <= 0 {
		t.Errorf("weights have the wrong signs:\n%s", w)
	}
	// A symbol's weight is never negative: DECOY would otherwise become a
	// way to lower a message's score.
	if w.Symbols["DECOY"] != 0 {
		t.Errorf("DECOY weight %v, want 0 (weights are never negative):\n%s", w.Symbols["DECOY"], w)
	}
	if abs(w.Symbols["NOISE"]) > abs(w.Symbols["SPAMMY"])/3 {
		t.Errorf("a useless symbol got a large weight:\n%s", w)
	}
	// On the training samples at most 0.1% of ham reaches the threshold.
	fp, hams := 0, 0
	e := newEngine(t, Options{Weights: w})
	for _, s := range train {
		if s.Spam {
			continue
		}
		hams++
		syms := append([]scoring.Symbol(nil), s.Symbols...)
		if rr := e.decide(scoring.Recipient{}, DefaultSettings(), syms); rr.Verdict == Spam {
			fp++
		}
	}
	if fp > hams/1000 {
		t.Errorf("%d of %d training ham at or above the threshold", fp, hams)
	}
}

func TestFitFixed(t *testing.T) {
	w, err := FitWeights(samples(3000, 2), FitOptions{Fixed: map[string]bool{"SPAMMY": true}})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := w.Symbols["SPAMMY"]; ok {
		t.Errorf("a fixed symbol was fitted:\n%s", w)
	}
	if w.Symbols["BAYES"] <= 0 {
		t.Errorf("the other symbols were not fitted:\n%s", w)
	}
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

func TestWeightsApplied(t *testing.T) {
	w := &Weights{Version: 1, Symbols: map[string]float64{"A": 2, SymUserDeny: 0}, Offset: 1}
	u := openUsers(t)
	if err := u.Set(context.Background(), "d", Settings{Filtering: true, Mode: ModeLabel, Deny: mustList(t, "example.com")}); err != nil {
		t.Fatal(err)
	}
	e := newEngine(t, Options{Weights: w, Policies: u, Scorers: []scoring.Scorer{&fixed{name: "f", syms: []scoring.Symbol{{Name: "A", Score: 1.5}, {Name: "B", Score: 0.5}}}}})
	res, err := e.Classify(context.Background(), []byte(plain), scoring.Envelope{MailFrom: "x@example.com",
		Recipients: []scoring.Recipient{{User: "plain"}, {User: "d"}}})
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Recipients[0].Score; got != 2*1.5+0.5+1 {
		t.Errorf("score %v, want A weighted by 2, B as is, plus the offset: 4.5", got)
	}
	if res.Recipients[0].Symbols[0].Name != "A" || res.Recipients[0].Symbols[0].Score != 3 {
		t.Errorf("symbols do not carry their weighted contribution: %+v", res.Recipients[0].Symbols)
	}
	if !hasSymbol(res.Recipients[1].Symbols, SymUserDeny) || res.Recipients[1].Score < ListScore {
		t.Errorf("a user's deny list was reweighted: %+v", res.Recipients[1])
	}
}

func TestWeightsFile(t *testing.T) {
	w := &Weights{Version: 1, Symbols: map[string]float64{"BAYES_SPAM": 1.2, "HTML_ONLY": -0.1}, Offset: -0.5, Note: "test",
		Hinges: map[string][]Hinge{"BAYES_SPAM": {{At: 4, Slope: 0.25}}}}
	var b bytes.Buffer
	if _, err := w.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	got, err := ReadWeights(&b)
	if err != nil {
		t.Fatal(err)
	}
	if got.Offset != w.Offset || got.Symbols["BAYES_SPAM"] != 1.2 || got.Note != "test" ||
		len(got.Hinges["BAYES_SPAM"]) != 1 || got.Hinges["BAYES_SPAM"][0] != (Hinge{At: 4, Slope: 0.25}) {
		t.Errorf("round trip: %+v", got)
	}
	bad := []struct{ in, want string }{
		{`{"version":2,"symbols":{}}`, "version"},
		{`{"version":1,"symbols":{},"colour":1}`, "unknown field"},
		{`{"version":1,"symbols":{"A":"x"}}`, "symbols"},
		{`not json`, "weights"},
		{`{"version":1,"symbols":{},"hinges":{"B":[{"at":2,"slope":-1}]}}`, "hinges.B[0].slope"},
		{`{"version":1,"symbols":{},"hinges":{"B":[{"at":2,"slope":1},{"at":"x","slope":1}]}}`, "hinges"},
	}
	for _, c := range bad {
		if _, err := ReadWeights(strings.NewReader(c.in)); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ReadWeights(%s) = %v, want an error with %q", c.in, err, c.want)
		}
	}
}

func TestHingesApplied(t *testing.T) {
	w := &Weights{Version: 1, Symbols: map[string]float64{"S": 0.5, "H": 1},
		Hinges: map[string][]Hinge{"S": {{At: 2, Slope: 1}, {At: 6, Slope: 2}}, "H": {{At: -4, Slope: 0.5}}}}
	cases := []struct {
		sym   string
		score float64
		want  float64
	}{
		{"S", 1, 0.5},       // short of every knot: linear
		{"S", 2, 1},         // at a knot: nothing added yet
		{"S", 4, 2 + 2},     // beyond the first knot
		{"S", 8, 4 + 6 + 4}, // beyond both
		{"S", -3, -1.5},     // positive knots leave the other side alone
		{"H", -3, -3},       // short of the knot
		{"H", -6, -6 - 1},   // beyond a negative knot: more negative
		{"OTHER", 3, 3},     // not named: face value, no hinge
	}
	for _, c := range cases {
		e := newEngine(t, Options{Weights: w})
		if got := e.Combine([]scoring.Symbol{{Name: c.sym, Score: c.score}}); math.Abs(got-c.want) > 1e-12 {
			t.Errorf("%s=%v combines to %v, want %v", c.sym, c.score, got, c.want)
		}
	}
}

// TestFitHinges fits samples whose spam odds stay flat over most of a
// symbol's range and climb steeply beyond 6: the fit must find the bend
// at the knots offered, never with a negative slope, and only for the
// symbols the knots name.
func TestFitHinges(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 1))
	var train []Sample
	for range 6000 {
		b := r.Float64()*20 - 10
		logit := 0.1*b + 3*math.Max(0, b-6) - 1
		spam := r.Float64() < 1/(1+math.Exp(-logit))
		syms := []scoring.Symbol{{Name: "BAYES", Score: b}}
		if r.Float64() < 0.5 {
			syms = append(syms, scoring.Symbol{Name: "NOISE", Score: 1})
		}
		train = append(train, Sample{Symbols: syms, Spam: spam})
	}
	for _, knots := range [][]float64{nil, {2, 4, 6, 8}} {
		w, err := FitWeights(train, FitOptions{HamCost: 1, Knots: map[string][]float64{"BAYES": knots, "ABSENT": {1}}})
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := w.Hinges["NOISE"]; ok || len(w.Hinges["BAYES"]) != len(knots) || len(w.Hinges) > 1 {
			t.Fatalf("knots %v: hinges %v, want one per knot of BAYES only", knots, w.Hinges)
		}
		for _, h := range w.Hinges["BAYES"] {
			if h.Slope < 0 {
				t.Errorf("negative slope: %+v", h)
			}
		}
		e := newEngine(t, Options{Weights: w})
		at := func(b float64) float64 { return e.Combine([]scoring.Symbol{{Name: "BAYES", Score: b}}) }
		low, high := at(6)-at(2), at(10)-at(6)
		if knots == nil {
			if math.Abs(high-low) > 1e-9 {
				t.Errorf("without knots the symbol is bent: %v then %v", low, high)
			}
			continue
		}
		// The true logit climbs 0.4 over [2, 6] and 12.4 over [6, 10]; the
		// ridge penalty flattens both, a straight line would give the two
		// the same rise.
		if high < 3*low || high < 4 {
			t.Errorf("with knots the bend is missed: %v over [2,6], %v over [6,10]\n%s", low, high, w)
		}
	}
}

// TestFitFirst checks that symbols fitted first weigh what they weigh on
// their own, however much other symbols that fire with them explain, and
// that the others are still fitted on top.
func TestFitFirst(t *testing.T) {
	// SPAMMY fires on most spam, and explains much of what BAYES says:
	// fitted together, BAYES counts for less.
	train := samples(3000, 3)
	alone := make([]Sample, len(train))
	for i, s := range train {
		for _, y := range s.Symbols {
			if y.Name == "BAYES" {
				alone[i] = Sample{Symbols: []scoring.Symbol{y}, Spam: s.Spam}
			}
		}
	}
	knots := map[string][]float64{"BAYES": {1}}
	only, err := FitWeights(alone, FitOptions{Knots: knots})
	if err != nil {
		t.Fatal(err)
	}
	joint, err := FitWeights(train, FitOptions{Knots: knots})
	if err != nil {
		t.Fatal(err)
	}
	first, err := FitWeights(train, FitOptions{Knots: knots, First: map[string]bool{"BAYES": true}})
	if err != nil {
		t.Fatal(err)
	}
	if joint.Symbols["BAYES"] >= only.Symbols["BAYES"] {
		t.Fatalf("the samples do not show the case: BAYES weighs %v jointly, %v alone", joint.Symbols["BAYES"], only.Symbols["BAYES"])
	}
	if d := first.Symbols["BAYES"] - only.Symbols["BAYES"]; math.Abs(d) > 1e-9 {
		t.Errorf("BAYES fitted first weighs %v, alone %v", first.Symbols["BAYES"], only.Symbols["BAYES"])
	}
	if d := first.Hinges["BAYES"][0].Slope - only.Hinges["BAYES"][0].Slope; math.Abs(d) > 1e-9 {
		t.Errorf("BAYES's hinge fitted first: slope %v, alone %v", first.Hinges["BAYES"][0].Slope, only.Hinges["BAYES"][0].Slope)
	}
	if first.Symbols["SPAMMY"] <= 0 || first.Symbols["HAMMY"] <= 0 || first.Symbols["DECOY"] != 0 {
		t.Errorf("the rest are not fitted on top:\n%s", first)
	}
}

func TestFitCleanFloor(t *testing.T) {
	// BAYES separates these samples well, so the symbols fitted on top of
	// it get little weight; CLEAN fires on spam only, RARE on too few spam
	// to count as clean, NEARLY on one ham as well.
	r := rand.New(rand.NewPCG(4, 1))
	var train []Sample
	for i := range 3000 {
		spam := i%3 == 0
		b := r.NormFloat64() - 4
		if spam {
			b += 8
		}
		syms := []scoring.Symbol{{Name: "BAYES", Score: b}}
		if spam && i%30 == 0 {
			syms = append(syms, scoring.Symbol{Name: "CLEAN", Score: 1}, scoring.Symbol{Name: "NEARLY", Score: 1})
		}
		if spam && i < 9 {
			syms = append(syms, scoring.Symbol{Name: "RARE", Score: 1})
		}
		if i == 1 {
			syms = append(syms, scoring.Symbol{Name: "NEARLY", Score: 1})
		}
		train = append(train, Sample{Symbols: syms, Spam: spam})
	}
	first := map[string]bool{"BAYES": true}
	off, err := FitWeights(train, FitOptions{First: first, CleanFloor: -1})
	if err != nil {
		t.Fatal(err)
	}
	if off.Symbols["CLEAN"] >= 1 {
		t.Fatalf("the samples do not show the case: CLEAN fitted %v without the floor", off.Symbols["CLEAN"])
	}
	w, err := FitWeights(train, FitOptions{First: first})
	if err != nil {
		t.Fatal(err)
	}
	if w.Symbols["CLEAN"] != 1 {
		t.Errorf("CLEAN weighs %v, want the floor 1:\n%s", w.Symbols["CLEAN"], w)
	}
	for _, n := range []string{"RARE", "NEARLY"} {
		if w.Symbols[n] != off.Symbols[n] {
			t.Errorf("%s weighs %v with the floor, %v without: it is not clean", n, w.Symbols[n], off.Symbols[n])
		}
	}
	if w.Symbols["BAYES"] != off.Symbols["BAYES"] {
		t.Errorf("BAYES, fitted first, moved with the floor: %v, %v", w.Symbols["BAYES"], off.Symbols["BAYES"])
	}
	if !strings.Contains(w.Note, "1 clean symbols") {
		t.Errorf("the note does not say what was raised: %q", w.Note)
	}
	// The offset is chosen after the floor: still at most 0.1% of the ham
	// at or above the threshold.
	e := newEngine(t, Options{Weights: w})
	fp, hams := 0, 0
	for _, s := range train {
		if !s.Spam {
			hams++
			if rr := e.decide(scoring.Recipient{}, DefaultSettings(), append([]scoring.Symbol(nil), s.Symbols...)); rr.Verdict == Spam {
				fp++
			}
		}
	}
	if fp > hams/1000 {
		t.Errorf("%d of %d training ham at or above the threshold", fp, hams)
	}
}

// TestFitThresholdNote checks that the fit says which bound put the
// threshold where it is: the least certainty when the training ham lie far
// below it, the training ham when as many as are allowed would reach it.
func TestFitThresholdNote(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 1))
	var clean []Sample
	for i := range 3000 {
		spam := i%3 == 0
		b := 0.3*r.NormFloat64() - 6
		if spam {
			b += 12
		}
		clean = append(clean, Sample{Symbols: []scoring.Symbol{{Name: "BAYES", Score: b}}, Spam: spam})
	}
	for _, tc := range []struct {
		name    string
		train   []Sample
		o       FitOptions
		want    string
		overCut int // training ham at or over the threshold
	}{
		{"separable", clean, FitOptions{}, "threshold at the least certainty (99% spam at equal priors), 0 training ham", 0},
		// 2,000 ham allow 2 over the threshold; a least certainty far
		// below the ham leaves the choice to them.
		{"overlapping", samples(3000, 1), FitOptions{MinLogit: -50}, "threshold just above the training ham ranked 3,", 2},
	} {
		w, err := FitWeights(tc.train, tc.o)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(w.Note, tc.want) {
			t.Errorf("%s: note %q, want it to say %q", tc.name, w.Note, tc.want)
		}
		e := newEngine(t, Options{Weights: w})
		over := 0
		for _, s := range tc.train {
			if !s.Spam && e.decide(scoring.Recipient{}, DefaultSettings(), append([]scoring.Symbol(nil), s.Symbols...)).Verdict == Spam {
				over++
			}
		}
		if over != tc.overCut {
			t.Errorf("%s: %d training ham at or over the threshold, want %d", tc.name, over, tc.overCut)
		}
	}
}
