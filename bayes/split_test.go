package bayes

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
)

var (
	splitOnce  sync.Once
	splitTrain []testMsg
	splitTest  []testMsg
)

// loadSplit reads the shared split once per test binary, or skips.
func loadSplit(t testing.TB) (train, test []testMsg) {
	t.Helper()
	corpusRoot(t)
	splitOnce.Do(func() {
		splitTrain = splitList(t, "split-sa-train.txt")
		splitTest = splitList(t, "split-sa-test.txt")
	})
	if len(splitTrain) == 0 || len(splitTest) == 0 {
		t.Skip("split lists not readable")
	}
	return splitTrain, splitTest
}

// auc returns the area under the ROC curve of scores for labels (true =
// spam), counting ties as half.
func auc(scores []float64, spam []bool) float64 {
	idx := make([]int, len(scores))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(scores[a], scores[b]) })
	var rankSum float64
	var pos, neg int
	for i := 0; i < len(idx); {
		j := i
		for j < len(idx) && scores[idx[j]] == scores[idx[i]] {
			j++
		}
		rank := float64(i+j+1) / 2 // mean of ranks i+1..j
		for k := i; k < j; k++ {
			if spam[idx[k]] {
				rankSum += rank
				pos++
			} else {
				neg++
			}
		}
		i = j
	}
	if pos == 0 || neg == 0 {
		return math.NaN()
	}
	return (rankSum - float64(pos)*float64(pos+1)/2) / (float64(pos) * float64(neg))
}

// recallAtFP returns the share of spam scored above the best threshold that
// lets at most maxFP of the ham through.
func recallAtFP(scores []float64, spam []bool, maxFP float64) float64 {
	var hams, spams []float64
	for i, s := range scores {
		if spam[i] {
			spams = append(spams, s)
		} else {
			hams = append(hams, s)
		}
	}
	slices.Sort(hams)
	allowed := int(maxFP * float64(len(hams)))
	thr := hams[len(hams)-1-allowed] // spam must score above this
	n := 0
	for _, s := range spams {
		if s > thr {
			n++
		}
	}
	return float64(n) / float64(len(spams))
}

// splitScores trains m on train and returns the Score and Prob of each test
// message.
func splitScores(t testing.TB, m *Model, train, test []testMsg) (score, prob []float64) {
	t.Helper()
	ctx := context.Background()
	tr := m.NewTrainer()
	for _, msg := range train {
		if err := tr.Learn(ctx, "", msg.id, msg.tokens, msg.spam); err != nil {
			t.Fatal(err)
		}
	}
	if err := tr.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	return scoreAll(t, m, test)
}

func scoreAll(t testing.TB, m *Model, test []testMsg) (score, prob []float64) {
	for _, msg := range test {
		r, err := m.Score(context.Background(), "", msg.tokens)
		if err != nil {
			t.Fatal(err)
		}
		score = append(score, r.Score)
		prob = append(prob, r.Prob)
	}
	return score, prob
}

func labels(msgs []testMsg) []bool {
	out := make([]bool, len(msgs))
	for i, m := range msgs {
		out[i] = m.spam
	}
	return out
}

// TestSplitAUC trains on the shared split's training half with naive word
// tokens and reports how well the test half is ranked. Its only assertion
// is a floor that a working model clears by far; the figures are logged
// (go test -run SplitAUC -v).
func TestSplitAUC(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the whole corpus; skipped in -short mode")
	}
	train, test := loadSplit(t)
	m, _ := openModel(t, Options{})
	score, prob := splitScores(t, m, train, test)
	spam := labels(test)
	aucScore, aucProb := auc(score, spam), auc(prob, spam)
	ends := 0
	for _, p := range prob {
		if p == 0 || p == 1 {
			ends++
		}
	}
	t.Logf("train %d, test %d messages: AUC by Score %.4f (1-ROCA %.2f%%), by Prob %.4f; %d test messages have Prob exactly 0 or 1",
		len(train), len(test), aucScore, 100*(1-aucScore), aucProb, ends)
	t.Logf("spam recall at FP <= 0.1%%: %.1f%%, at FP <= 1%%: %.1f%%",
		100*recallAtFP(score, spam, 0.001), 100*recallAtFP(score, spam, 0.01))
	st, err := m.Stats(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	disk, err := m.DiskSize()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("model: %d spam, %d ham, %d tokens; about %d KiB in memory, %d KiB on disk before compaction",
		st.Spam, st.Ham, st.Tokens, m.MemSize()>>10, disk>>10)
	if !(aucScore > 0.95) {
		t.Errorf("AUC %.4f: the model barely ranks spam above ham", aucScore)
	}
}

// TestTuneSplit prints the split's AUC over a grid of scoring parameters.
// It runs only with MIZUGIWA_BAYES_TUNE=1; it is a measuring tool, not a
// test.
func TestTuneSplit(t *testing.T) {
	if os.Getenv("MIZUGIWA_BAYES_TUNE") != "1" {
		t.Skip("set MIZUGIWA_BAYES_TUNE=1 to measure parameters on the shared split")
	}
	train, test := loadSplit(t)
	m, _ := openModel(t, Options{})
	splitScores(t, m, train, test)
	spam := labels(test)
	grid := func(env string, def []float64) []float64 {
		s := os.Getenv(env)
		if s == "" {
			return def
		}
		var out []float64
		for _, f := range strings.Split(s, ",") {
			v, err := strconv.ParseFloat(f, 64)
			if err != nil {
				t.Fatalf("%s: %v", env, err)
			}
			out = append(out, v)
		}
		return out
	}
	// TUNE_A is Smoothing; a negative value estimates by Robinson's
	// method, and only then do TUNE_S and TUNE_X matter.
	for _, sm := range grid("TUNE_A", []float64{0.003, -1}) {
		for _, s := range grid("TUNE_S", []float64{0.0178, 0.1, 0.45, 1}) {
			for _, x := range grid("TUNE_X", []float64{0.5}) {
				for _, d := range grid("TUNE_MINDEV", []float64{0.02, 0.1, 0.2, 0.375}) {
					for _, n := range grid("TUNE_MAX", []float64{0, 150}) {
						m.opts.Smoothing, m.opts.Strength, m.opts.Prior, m.opts.MinDev, m.opts.MaxTokens = sm, s, x, d, int(n)
						score, _ := scoreAll(t, m, test)
						a := auc(score, spam)
						fmt.Printf("a=%-6g s=%-7g x=%-5g mindev=%-6g max=%-4d AUC %.4f 1-ROCA %.2f%% recall@0.1%% %.1f%% @1%% %.1f%%\n",
							sm, s, x, d, int(n), a, 100*(1-a), 100*recallAtFP(score, spam, 0.001), 100*recallAtFP(score, spam, 0.01))
					}
				}
			}
		}
	}
}
