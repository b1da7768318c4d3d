package classifier

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strings"

	"github.com/mizugiwa/mizugiwa/scoring"
)

// Weights are the combiner's learned parameters: each symbol's score, as its
// scorer reports it, is multiplied by the symbol's weight (1 for a symbol the
// weights do not name), and Offset is added to the sum. The symbols a
// verdict lists carry their weighted contribution, so a person sees what
// drove it. Symbols the engine itself reports (scorer failures, a user's
// allow and deny lists) are never reweighted.
type Weights struct {
	// Version of the file format; 1.
	Version int `json:"version"`
	// Symbols maps a symbol name to its weight.
	Symbols map[string]float64 `json:"symbols"`
	// Hinges bend the weighted score of the symbols they name (see Hinge).
	// A symbol with a continuous score, such as a Bayesian model's, need
	// not be worth the same per unit everywhere on its scale: the fit
	// learns where its evidence firms up.
	Hinges map[string][]Hinge `json:"hinges,omitempty"`
	// Offset is added to every scanned message's score.
	Offset float64 `json:"offset"`
	// Note says where the weights come from.
	Note string `json:"note,omitempty"`
}

// Hinge adds Slope per unit of a symbol's reported score beyond At, on the
// side of At away from zero: for At >= 0 it adds Slope*(score-At) when the
// score exceeds At, for At < 0 it adds Slope*(score-At) when the score is
// below At. With Slope >= 0 every hinge rises with the score, so a
// stronger sign of spam never lowers a message's score.
type Hinge struct {
	At    float64 `json:"at"`
	Slope float64 `json:"slope"`
}

// value is the hinge's addition for a reported score x.
func (h Hinge) value(x float64) float64 {
	if h.At >= 0 {
		return h.Slope * math.Max(0, x-h.At)
	}
	return h.Slope * math.Min(0, x-h.At)
}

// Validate reports the first invalid field.
func (w *Weights) Validate() error {
	if w.Version != 1 {
		return fmt.Errorf("weights: version %d is not 1", w.Version)
	}
	if math.IsNaN(w.Offset) || math.IsInf(w.Offset, 0) {
		return fmt.Errorf("weights: offset %v is not a finite number", w.Offset)
	}
	for name, v := range w.Symbols {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("weights: symbols.%s: %v is not a finite number", name, v)
		}
	}
	for name, hs := range w.Hinges {
		for i, h := range hs {
			switch {
			case math.IsNaN(h.At) || math.IsInf(h.At, 0):
				return fmt.Errorf("weights: hinges.%s[%d].at: %v is not a finite number", name, i, h.At)
			case math.IsNaN(h.Slope) || math.IsInf(h.Slope, 0) || h.Slope < 0:
				return fmt.Errorf("weights: hinges.%s[%d].slope: %v is not a finite number >= 0", name, i, h.Slope)
			}
		}
	}
	return nil
}

// ReadWeights reads weights written by WriteTo.
func ReadWeights(r io.Reader) (*Weights, error) {
	var w Weights
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&w); err != nil {
		return nil, fmt.Errorf("weights: %w", err)
	}
	if err := w.Validate(); err != nil {
		return nil, err
	}
	return &w, nil
}

// LoadWeights reads a weights file.
func LoadWeights(path string) (*Weights, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	w, err := ReadWeights(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return w, nil
}

// WriteTo writes w as indented JSON, symbols in name order.
func (w *Weights) WriteTo(out io.Writer) (int64, error) {
	b, err := json.MarshalIndent(w, "", "  ")
	if err != nil {
		return 0, err
	}
	n, err := out.Write(append(b, '\n'))
	return int64(n), err
}

// fixed reports whether the engine's own symbol name is never reweighted.
func fixedSymbol(name string) bool {
	switch name {
	case SymScorerFailed, SymScorerTimeout, SymUserAllow, SymUserDeny:
		return true
	}
	return false
}

// apply reweights syms in place and returns the offset to add.
func (w *Weights) apply(syms []scoring.Symbol) float64 {
	if w == nil {
		return 0
	}
	for i := range syms {
		if fixedSymbol(syms[i].Name) {
			continue
		}
		x := syms[i].Score
		if f, ok := w.Symbols[syms[i].Name]; ok {
			syms[i].Score *= f
		}
		for _, h := range w.Hinges[syms[i].Name] {
			syms[i].Score += h.value(x)
		}
	}
	return w.Offset
}

// Sample is one labelled message's symbols, as the scorers report them,
// for fitting weights.
type Sample struct {
	Symbols []scoring.Symbol
	Spam    bool
}

// FitOptions configure FitWeights.
type FitOptions struct {
	// L2 is the strength of the ridge penalty on the weights. Default 0.01.
	L2 float64
	// MaxFPRate is the share of training ham allowed at or above the
	// threshold (score 5) when the offset is chosen. Default 0.001.
	MaxFPRate float64
	// Threshold is the engine's threshold the weights are made for.
	// Default 5.
	Threshold float64
	// Iterations of Newton's method. Default 50.
	Iterations int
	// MinLogit is the lowest logit the threshold may be put at. Default
	// ln 99: a message is spam only when the model gives it at least 99%
	// at equal priors, however cleanly the training ham separates, since
	// newer mail is never as clean as the training mail.
	MinLogit float64
	// HamCost is what a ham scored as spam costs in the fit, in missed
	// spam. Default 50. A lost real mail costs far more than a spam let
	// through, and the cost puts the fit's effort where the threshold
	// lives: on separating the spam from the hardest ham rather than on
	// ordering the spam among themselves. On blocked out-of-fold scores
	// of the SpamAssassin split's training half, weights fitted on four
	// folds and judged on the fifth (the Bayes symbols bent as mizugiwa
	// tune bends them) ranked the fifth with 1-ROCA 0.51% at 50 against
	// 0.77% at 10 and 0.89% at 1 (equal classes).
	HamCost float64
	// Fixed names symbols left out of the fit: the weights do not name
	// them, so they count as their scorers report them.
	Fixed map[string]bool
	// Knots lists, per symbol, where the fit may bend the symbol's score:
	// a Hinge at each knot, its slope fitted (and never negative) with the
	// weights. Symbols not named stay linear.
	Knots map[string][]float64
	// CleanFloor is the least weight of a clean symbol: one that fired on
	// at least CleanMinSpam of the samples' spam and on none of their ham.
	// Fitted after the Bayes symbols, such a rule gets what the Bayes
	// model leaves to explain, and in the training mail, whose spam the
	// model knows, that is little (a few hundredths for "to be removed
	// from our list" instructions, forged Outlook headers, an opt-in
	// claim); on newer spam, which the model knows less, the rule's own
	// evidence is what is left, and it is as clean there. Negative turns
	// the floor off. Default 1.
	CleanFloor float64
	// CleanMinSpam is how many spam samples a symbol must have fired on
	// to be clean. Default 5.
	CleanMinSpam int
	// First names symbols fitted before the others, on their own, with
	// their hinges: their weights are then held while the rest are fitted
	// on top of them. A symbol fitted jointly with rules that fire on some
	// mail only (English phrasing, say) leans on them, and counts for less
	// where they cannot fire (Japanese mail); fitted first, it weighs as
	// much as its own evidence is worth.
	First map[string]bool
}

// FitWeights fits the combiner by L2-regularized logistic regression of the
// label on the symbols' scores (and their hinges, where o.Knots asks for
// them), each class weighed as a whole, ham HamCost times as much as spam
// (the training mix of spam and ham need not be the mix the server sees,
// and ham is precious). No weight or slope is
// negative: a symbol's score already carries its sign, and a sign of spam
// that happens to come with ham in the training mail (invisible text in
// newsletters, say) must not become a way for spam to lower its score; such
// a symbol gets weight 0, as SpamAssassin's rescoring keeps rule scores on
// their side. A clean symbol, one that fired on spam only (CleanFloor),
// weighs at least CleanFloor. The learned logit
// is then shifted so that a score of Threshold is the smallest cut that
// keeps at most MaxFPRate of the samples' ham above it, and never below
// MinLogit: ham is precious. Samples should be scored out of fold
// (by models that did not learn them), or the weights trust the Bayes
// symbol far too much.
func FitWeights(samples []Sample, o FitOptions) (*Weights, error) {
	if o.L2 == 0 {
		o.L2 = 0.01
	}
	if o.MaxFPRate == 0 {
		o.MaxFPRate = 0.001
	}
	if o.Threshold == 0 {
		o.Threshold = 5
	}
	if o.Iterations == 0 {
		o.Iterations = 50
	}
	if o.MinLogit == 0 {
		o.MinLogit = math.Log(99)
	}
	if o.HamCost == 0 {
		o.HamCost = 50
	}
	if o.HamCost < 0 || math.IsNaN(o.HamCost) || math.IsInf(o.HamCost, 0) {
		return nil, fmt.Errorf("weights: ham cost %v must be positive and finite", o.HamCost)
	}
	if o.CleanFloor == 0 {
		o.CleanFloor = 1
	}
	if o.CleanMinSpam == 0 {
		o.CleanMinSpam = 5
	}
	if math.IsNaN(o.CleanFloor) || math.IsInf(o.CleanFloor, 0) {
		return nil, fmt.Errorf("weights: clean floor %v must be finite", o.CleanFloor)
	}
	var nspam, nham int
	index := map[string]int{}
	var names []string
	for _, s := range samples {
		if s.Spam {
			nspam++
		} else {
			nham++
		}
		for _, sym := range s.Symbols {
			if fixedSymbol(sym.Name) || o.Fixed[sym.Name] {
				continue
			}
			if _, ok := index[sym.Name]; !ok {
				index[sym.Name] = len(names)
				names = append(names, sym.Name)
			}
		}
	}
	if nspam == 0 || nham == 0 {
		return nil, errors.New("weights: need both spam and ham samples")
	}
	// The hinge columns follow the symbols', each symbol's knots ascending.
	type hingeCol struct {
		sym int
		h   Hinge
	}
	var hinges []hingeCol
	for j, n := range names {
		knots := slices.Clone(o.Knots[n])
		slices.Sort(knots)
		for _, k := range slices.Compact(knots) {
			hinges = append(hinges, hingeCol{sym: j, h: Hinge{At: k, Slope: 1}})
		}
	}
	d := len(names) + len(hinges) + 1 // last feature is the bias
	x := make([][]float64, len(samples))
	y := make([]float64, len(samples))
	cw := make([]float64, len(samples))
	spamHits := make([]int, len(names)) // samples each symbol fired on
	hamHits := make([]int, len(names))
	for i, s := range samples {
		row := make([]float64, d)
		for _, sym := range s.Symbols {
			if j, ok := index[sym.Name]; ok {
				row[j] += sym.Score
			}
		}
		for j := range names {
			if row[j] > 0 && s.Spam {
				spamHits[j]++
			} else if row[j] > 0 {
				hamHits[j]++
			}
		}
		for k, hc := range hinges {
			row[len(names)+k] = hc.h.value(row[hc.sym])
		}
		row[d-1] = 1
		x[i] = row
		if s.Spam {
			y[i], cw[i] = 1, float64(len(samples))/(2*float64(nspam))
		} else {
			cw[i] = o.HamCost * float64(len(samples)) / (2 * float64(nham))
		}
	}
	var beta []float64
	if len(o.First) == 0 {
		beta = newton(x, y, cw, nil, o.L2, o.Iterations)
	} else {
		first := make([]bool, d-1)
		for j, n := range names {
			first[j] = o.First[n]
		}
		for k, hc := range hinges {
			first[len(names)+k] = o.First[names[hc.sym]]
		}
		beta = fitInStages(x, y, cw, first, o.L2, o.Iterations)
	}

	var floored []string
	if o.CleanFloor > 0 {
		for j, n := range names {
			if o.First[n] || hamHits[j] > 0 || spamHits[j] < o.CleanMinSpam || beta[j] >= o.CleanFloor {
				continue
			}
			beta[j] = o.CleanFloor
			floored = append(floored, n)
		}
	}

	// The logit of every ham; choose the cut.
	var hams []float64
	for i := range samples {
		if !samples[i].Spam {
			hams = append(hams, dot(beta, x[i]))
		}
	}
	slices.Sort(hams)
	allowed := int(math.Floor(o.MaxFPRate * float64(len(hams))))
	// The fitted logit is that of a ham prior HamCost times the spam prior;
	// MinLogit speaks of equal priors.
	cut := o.MinLogit - math.Log(o.HamCost)
	bound := fmt.Sprintf("threshold at the least certainty (%.4g%% spam at equal priors), %d training ham at or over it", 100/(1+math.Exp(-o.MinLogit)), countAbove(hams, cut))
	if k := len(hams) - 1 - allowed; k >= 0 && hams[k]+1e-9 > cut {
		// Just above the highest ham that must stay below the threshold,
		// with room for the rounding of the engine's sum, which adds the
		// same terms in another order.
		cut = hams[k] + 1e-9
		bound = fmt.Sprintf("threshold just above the training ham ranked %d, %.3g over the least certainty", allowed+1, cut-(o.MinLogit-math.Log(o.HamCost)))
	}
	w := &Weights{Version: 1, Symbols: map[string]float64{}, Offset: beta[d-1] - cut + o.Threshold}
	for j, n := range names {
		w.Symbols[n] = beta[j]
	}
	for k, hc := range hinges {
		if w.Hinges == nil {
			w.Hinges = map[string][]Hinge{}
		}
		n := names[hc.sym]
		w.Hinges[n] = append(w.Hinges[n], Hinge{At: hc.h.At, Slope: beta[len(names)+k]})
	}
	w.Note = fmt.Sprintf("logistic regression on %d samples (%d spam, %d ham), ham cost %g, L2 %g, ham allowed over the threshold %g", len(samples), nspam, nham, o.HamCost, o.L2, o.MaxFPRate)
	if len(floored) > 0 {
		w.Note += fmt.Sprintf("; %d clean symbols (on %d or more spam, no ham) raised to %g", len(floored), o.CleanMinSpam, o.CleanFloor)
	}
	w.Note += "; " + bound
	return w, nil
}

// countAbove counts the values of sorted at or above x.
func countAbove(sorted []float64, x float64) int {
	i, _ := slices.BinarySearch(sorted, x)
	return len(sorted) - i
}

// fitInStages fits the columns marked first (and the bias) on their own,
// then the other columns (and the bias again) with the first ones' part of
// the logit held as an offset. The bias is the last column of x; first has
// one entry per other column.
func fitInStages(x [][]float64, y, cw []float64, first []bool, l2 float64, iters int) []float64 {
	d := len(x[0])
	var cols [2][]int // the columns of each stage, the bias last
	for c, f := range first {
		if f {
			cols[0] = append(cols[0], c)
		} else {
			cols[1] = append(cols[1], c)
		}
	}
	cols[0] = append(cols[0], d-1)
	cols[1] = append(cols[1], d-1)
	pick := func(cs []int) [][]float64 {
		out := make([][]float64, len(x))
		for i, row := range x {
			r := make([]float64, len(cs))
			for k, c := range cs {
				r[k] = row[c]
			}
			out[i] = r
		}
		return out
	}
	beta := make([]float64, d)
	b1 := newton(pick(cols[0]), y, cw, nil, l2, iters)
	off := make([]float64, len(x))
	for k, c := range cols[0][:len(cols[0])-1] {
		beta[c] = b1[k]
		for i, row := range x {
			off[i] += b1[k] * row[c]
		}
	}
	b2 := newton(pick(cols[1]), y, cw, off, l2, iters)
	for k, c := range cols[1] {
		beta[c] = b2[k]
	}
	return beta
}

func dot(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// newton fits weighted, L2-regularized logistic regression (bias, the last
// column, unpenalized) by Newton's method; off, when not nil, is a part of
// each sample's logit held fixed.
func newton(x [][]float64, y, cw, off []float64, l2 float64, iters int) []float64 {
	d := len(x[0])
	beta := make([]float64, d)
	// loss is the objective: the weighted log-loss per sample and the
	// ridge penalty (the bias, last, unpenalized).
	loss := func(b []float64) float64 {
		sum := 0.0
		for i, row := range x {
			z := dot(b, row)
			if off != nil {
				z += off[i]
			}
			// log(1+e^-z) for a spam, log(1+e^z) for a ham, computed
			// without overflow.
			if y[i] == 0 {
				z = -z
			}
			if z > 0 {
				sum += cw[i] * math.Log1p(math.Exp(-z))
			} else {
				sum += cw[i] * (-z + math.Log1p(math.Exp(z)))
			}
		}
		pen := 0.0
		for _, v := range b[:d-1] {
			pen += v * v
		}
		return sum/float64(len(x)) + l2/2*pen
	}
	for range iters {
		g := make([]float64, d)
		h := make([][]float64, d)
		for j := range h {
			h[j] = make([]float64, d)
		}
		for i, row := range x {
			z := dot(beta, row)
			if off != nil {
				z += off[i]
			}
			p := 1 / (1 + math.Exp(-z))
			r := cw[i] * (p - y[i])
			s := cw[i] * p * (1 - p)
			for j, v := range row {
				if v == 0 {
					continue
				}
				g[j] += r * v
				for k, u := range row {
					if u != 0 {
						h[j][k] += s * v * u
					}
				}
			}
		}
		n := float64(len(x))
		for j := range d {
			g[j] /= n
			for k := range d {
				h[j][k] /= n
			}
			if j < d-1 {
				g[j] += l2 * beta[j]
				h[j][j] += l2
			}
			h[j][j] += 1e-9
		}
		// Weights held at their bound of 0 whose gradient pushes them
		// further down stay out of this step (projected Newton); the
		// bias, last, is free.
		var free []int
		for j := range d {
			if j == d-1 || beta[j] > 0 || g[j] < 0 {
				free = append(free, j)
			}
		}
		hf := make([][]float64, len(free))
		gf := make([]float64, len(free))
		for a, j := range free {
			hf[a] = make([]float64, len(free))
			for b, k := range free {
				hf[a][b] = h[j][k]
			}
			gf[a] = g[j]
		}
		step := solve(hf, gf)
		// A full Newton step can overshoot where a few samples are
		// separated perfectly and the penalty is light; halve it until
		// the loss goes down.
		before := loss(beta)
		next := make([]float64, d)
		for t := 1.0; ; t /= 2 {
			copy(next, beta)
			for a, j := range free {
				next[j] -= t * step[a]
				if j < d-1 && next[j] < 0 {
					next[j] = 0
				}
			}
			if loss(next) <= before || t < 1e-6 {
				break
			}
		}
		done := true
		for j := range beta {
			if math.Abs(next[j]-beta[j]) > 1e-9 {
				done = false
			}
		}
		beta, next = next, beta
		if done {
			break
		}
	}
	return beta
}

// solve returns a with a*x = b by Gaussian elimination with partial
// pivoting (a is small and positive definite).
func solve(a [][]float64, b []float64) []float64 {
	n := len(b)
	m := make([][]float64, n)
	for i := range a {
		m[i] = append(slices.Clone(a[i]), b[i])
	}
	for c := range n {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(m[r][c]) > math.Abs(m[p][c]) {
				p = r
			}
		}
		m[c], m[p] = m[p], m[c]
		if m[c][c] == 0 {
			continue
		}
		for r := c + 1; r < n; r++ {
			f := m[r][c] / m[c][c]
			for k := c; k <= n; k++ {
				m[r][k] -= f * m[c][k]
			}
		}
	}
	x := make([]float64, n)
	for r := n - 1; r >= 0; r-- {
		s := m[r][n]
		for k := r + 1; k < n; k++ {
			s -= m[r][k] * x[k]
		}
		if m[r][r] != 0 {
			x[r] = s / m[r][r]
		}
	}
	return x
}

// String lists the weights, strongest first.
func (w *Weights) String() string {
	names := make([]string, 0, len(w.Symbols))
	for n := range w.Symbols {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int {
		return -cmpFloat(math.Abs(w.Symbols[a]), math.Abs(w.Symbols[b]))
	})
	var b strings.Builder
	fmt.Fprintf(&b, "offset %.3f\n", w.Offset)
	for _, n := range names {
		fmt.Fprintf(&b, "%-28s %8.3f\n", n, w.Symbols[n])
		for _, h := range w.Hinges[n] {
			fmt.Fprintf(&b, "  beyond %-19g %8.3f\n", h.At, h.Slope)
		}
	}
	return b.String()
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Combine returns the score the engine's combiner gives a message whose
// scorers reported syms (before any user's allow or deny list).
func (e *Engine) Combine(syms []scoring.Symbol) float64 {
	c := slices.Clone(syms)
	score := e.o.Weights.apply(c)
	for _, s := range c {
		score += s.Score
	}
	return score
}
