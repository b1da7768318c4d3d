// Package bench measures how well a spam filter separates spam from ham,
// with the figures the field reports: the area under the ROC curve, the
// error rates at the filter's threshold, and spam recall at a bounded
// rate of ham wrongly caught. It also drives load (RunLoad): requests from
// several goroutines at once, with their rate and latency percentiles.
//
// The computations follow the peer comparison script
// (shared/bench/peers/metrics.py) step for step, so that mizugiwa's
// figures and those of other filters on the same split are comparable to
// the last digit.
package bench

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
)

// Scored is one test message with the score a filter gave it; a higher
// score is spammier.
type Scored struct {
	// Spam is the message's true class.
	Spam bool
	// Score is the filter's score. NaN scores are dropped by Evaluate and
	// counted in Metrics.Unparsable.
	Score float64
	// Path names the message; it does not enter the metrics.
	Path string
}

// Options says how a filter's scores become verdicts.
type Options struct {
	// Threshold is the filter's verdict threshold: a message is spam when
	// its score is >= Threshold, or > Threshold when Strict is set.
	Threshold float64
	// Strict selects score > Threshold, for filters whose cutoff works so.
	Strict bool
}

// Validate reports a bad field.
func (o Options) Validate() error {
	if math.IsNaN(o.Threshold) {
		return errors.New("bench: Options.Threshold is NaN")
	}
	return nil
}

// RecallAtFP is the best spam recall over all thresholds that keep the
// share of ham scored as spam at or below a bound. The threshold is an
// oracle: it is chosen on the test scores themselves, so it is an upper
// bound of what a threshold set in advance achieves.
type RecallAtFP struct {
	// MaxFPRate is the bound on the ham false-positive rate, e.g. 0.001.
	MaxFPRate float64
	// Recall is the share of spam caught, from 0 to 1; NaN without spam.
	Recall float64
	// Cut is the chosen threshold: spam iff score > Cut. It is -Inf when
	// the bound allows every ham to be caught.
	Cut float64
	// FP is the number of ham messages scored above Cut.
	FP int
}

// Metrics are the accuracy figures of one scored test set.
type Metrics struct {
	// N is the number of scored messages, Ham + Spam.
	N, Ham, Spam int
	// Unparsable counts what was dropped: NaN scores given to Evaluate,
	// plus whatever the caller adds, such as the bad lines ReadScores
	// reported, so that String shows them as metrics.py does.
	Unparsable int
	// AUC is the area under the ROC curve (Mann-Whitney, ties counted
	// half): the chance that a random spam scores above a random ham. NaN
	// without spam or without ham.
	AUC float64
	// OneMinusROCAPct is (1-AUC)*100, the "1-ROCA%" of the spam-filtering
	// literature: lower is better.
	OneMinusROCAPct float64
	// Options holds the threshold that FP and FN refer to.
	Options Options
	// FP is the number of ham scored as spam at the threshold, FN the
	// number of spam not scored as spam; FPPct and FNPct are their shares
	// of ham and of spam, in percent.
	FP, FN       int
	FPPct, FNPct float64
	// AtFP01 and AtFP1 are spam recall at ham FP <= 0.1% and <= 1%.
	AtFP01, AtFP1 RecallAtFP
}

// Evaluate computes the metrics of s, with verdict "spam iff score >=
// threshold". A NaN threshold counts every message as not spam.
func Evaluate(s []Scored, threshold float64) Metrics {
	return evaluate(s, Options{Threshold: threshold})
}

// EvaluateWith computes the metrics of s with the verdict rule of opts.
func EvaluateWith(s []Scored, opts Options) (Metrics, error) {
	if err := opts.Validate(); err != nil {
		return Metrics{}, err
	}
	return evaluate(s, opts), nil
}

func evaluate(s []Scored, opts Options) Metrics {
	valid, dropped := dropNaN(s)
	m := Metrics{N: len(valid), Unparsable: dropped, Options: opts}
	for _, x := range valid {
		if x.Spam {
			m.Spam++
		} else {
			m.Ham++
		}
	}
	m.AUC = auc(valid)
	m.OneMinusROCAPct = 100.0 * (1.0 - m.AUC)
	m.AtFP01 = recallAtFP(valid, 0.001)
	m.AtFP1 = recallAtFP(valid, 0.01)
	for _, x := range valid {
		spam := x.Score >= opts.Threshold
		if opts.Strict {
			spam = x.Score > opts.Threshold
		}
		switch {
		case spam && !x.Spam:
			m.FP++
		case !spam && x.Spam:
			m.FN++
		}
	}
	m.FPPct = 100.0 * float64(m.FP) / float64(m.Ham)
	m.FNPct = 100.0 * float64(m.FN) / float64(m.Spam)
	return m
}

// AUC returns the area under the ROC curve of s (Mann-Whitney, ties
// counted half), or NaN when s lacks spam or ham. NaN scores are ignored.
func AUC(s []Scored) float64 {
	valid, _ := dropNaN(s)
	return auc(valid)
}

// RecallAt returns the oracle spam recall of s at ham FP rate <=
// maxFPRate, as Metrics.AtFP01 and AtFP1 are computed. NaN scores are
// ignored.
func RecallAt(s []Scored, maxFPRate float64) RecallAtFP {
	valid, _ := dropNaN(s)
	return recallAtFP(valid, maxFPRate)
}

func dropNaN(s []Scored) ([]Scored, int) {
	n := 0
	for _, x := range s {
		if math.IsNaN(x.Score) {
			n++
		}
	}
	if n == 0 {
		return s, 0
	}
	valid := make([]Scored, 0, len(s)-n)
	for _, x := range s {
		if !math.IsNaN(x.Score) {
			valid = append(valid, x)
		}
	}
	return valid, n
}

// auc follows metrics.py's auc(): sum the average ranks of the spam
// scores, then U = sum - npos(npos+1)/2 and AUC = U / (npos*nneg). The
// floating-point operations are the same, in the same order, so the
// result is the same double.
func auc(s []Scored) float64 {
	// Stability does not matter here: only the groups of equal scores
	// and the number of spam in each enter the sum.
	type pt struct {
		score float64
		spam  bool
	}
	pts := make([]pt, len(s))
	npos := 0
	for i, x := range s {
		pts[i] = pt{x.Score, x.Spam}
		if x.Spam {
			npos++
		}
	}
	slices.SortFunc(pts, func(a, b pt) int { return cmp.Compare(a.score, b.score) })
	n := len(s)
	nneg := n - npos
	if npos == 0 || nneg == 0 {
		return math.NaN()
	}
	rankSumPos := 0.0
	for i := 0; i < n; {
		j := i
		for j+1 < n && pts[j+1].score == pts[i].score {
			j++
		}
		avgRank := float64(i+j)/2.0 + 1.0
		posInGroup := 0
		for k := i; k <= j; k++ {
			if pts[k].spam {
				posInGroup++
			}
		}
		rankSumPos += avgRank * float64(posInGroup)
		i = j + 1
	}
	return (rankSumPos - float64(npos*(npos+1))/2.0) / float64(npos*nneg)
}

// recallAtFP follows metrics.py's recall_at_fp(): with nh ham, at most
// floor(maxFPRate*nh + 1e-9) of them may score as spam, so the threshold
// must lie strictly above the next highest ham score.
func recallAtFP(s []Scored, maxFPRate float64) RecallAtFP {
	var hams, spams []float64
	for _, x := range s {
		if x.Spam {
			spams = append(spams, x.Score)
		} else {
			hams = append(hams, x.Score)
		}
	}
	slices.Sort(hams)
	slices.Reverse(hams)
	nh, ns := len(hams), len(spams)
	allowed := int(math.Floor(maxFPRate*float64(nh) + 1e-9))
	r := RecallAtFP{MaxFPRate: maxFPRate}
	if allowed >= nh {
		r.Recall, r.Cut, r.FP = 1.0, math.Inf(-1), nh
		return r
	}
	r.Cut = hams[allowed]
	if r.Cut == 0 {
		r.Cut = pythonZero(s, allowed-countAbove(hams, 0))
	}
	caught := 0
	for _, x := range spams {
		if x > r.Cut {
			caught++
		}
	}
	for _, x := range hams {
		if x > r.Cut {
			r.FP++
		}
	}
	r.Recall = float64(caught) / float64(ns)
	return r
}

// pythonZero returns the zero, +0 or -0, that Python's stable
// sorted(reverse=True) puts at position k among the ham scores equal to
// zero: the k-th of them in input order. Only the sign of a printed Cut
// depends on it.
func pythonZero(s []Scored, k int) float64 {
	for _, x := range s {
		if !x.Spam && x.Score == 0 {
			if k == 0 {
				return x.Score
			}
			k--
		}
	}
	return 0
}

func countAbove(sorted []float64, t float64) int {
	n := 0
	for _, x := range sorted {
		if x > t {
			n++
		}
	}
	return n
}

// String formats the metrics as metrics.py prints them, one figure per
// line:
//
//	messages: 2921 (ham 2025, spam 896); unparsable lines: 0
//	AUC (ties half): 0.998000   1-ROCA%: 0.2000
//	default threshold (spam iff score >= 0.5): FP 3/2025 = 0.148%   FN 20/896 = 2.232%
//	ORACLE threshold, ham FP <= 0.1%: spam recall 95.31% (spam iff score > 0.93; 2 FP)
//	ORACLE threshold, ham FP <= 1%:   spam recall 98.10% (spam iff score > 0.41; 20 FP)
func (m Metrics) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "messages: %d (ham %d, spam %d); unparsable lines: %d\n", m.N, m.Ham, m.Spam, m.Unparsable)
	fmt.Fprintf(&b, "AUC (ties half): %s   1-ROCA%%: %s\n", pyFloat("%.6f", m.AUC), pyFloat("%.4f", 100*(1-m.AUC)))
	op := ">="
	if m.Options.Strict {
		op = ">"
	}
	fmt.Fprintf(&b, "default threshold (spam iff score %s %s): FP %d/%d = %s%%   FN %d/%d = %s%%\n",
		op, pyFloat("%g", m.Options.Threshold), m.FP, m.Ham, pyFloat("%.3f", m.FPPct), m.FN, m.Spam, pyFloat("%.3f", m.FNPct))
	fmt.Fprintf(&b, "ORACLE threshold, ham FP <= 0.1%%: spam recall %s%% (spam iff score > %s; %d FP)\n",
		pyFloat("%.2f", 100*m.AtFP01.Recall), pyFloat("%g", m.AtFP01.Cut), m.AtFP01.FP)
	fmt.Fprintf(&b, "ORACLE threshold, ham FP <= 1%%:   spam recall %s%% (spam iff score > %s; %d FP)\n",
		pyFloat("%.2f", 100*m.AtFP1.Recall), pyFloat("%g", m.AtFP1.Cut), m.AtFP1.FP)
	return b.String()
}

// pyFloat formats f as Python's format() does for the same spec: "g" in
// Python means six significant digits, and NaN and infinities are
// spelled nan, inf and -inf.
func pyFloat(verb string, f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	if verb == "%g" {
		verb = "%.6g"
	}
	return fmt.Sprintf(verb, f)
}
