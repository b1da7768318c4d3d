package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeList writes a label list of the bayes test messages and returns its
// path and the number of messages in it.
func writeList(t *testing.T) (string, int) {
	t.Helper()
	files, err := filepath.Glob("../../bayes/testdata/msg/*.eml")
	if err != nil || len(files) < 4 {
		t.Fatalf("test messages: %v %v", files, err)
	}
	var b strings.Builder
	for _, f := range files {
		abs, err := filepath.Abs(f)
		if err != nil {
			t.Fatal(err)
		}
		label := "ham"
		if strings.HasPrefix(filepath.Base(f), "spam") {
			label = "spam"
		}
		b.WriteString(label + " " + abs + "\n")
	}
	list := filepath.Join(t.TempDir(), "list.txt")
	if err := os.WriteFile(list, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return list, len(files)
}

func TestEvalFolds(t *testing.T) {
	list, n := writeList(t)
	scores := filepath.Join(t.TempDir(), "scores.tsv")
	out, errOut, code := mizugiwa("eval", "--list", list, "--folds", "3", "--scorers", "bayes",
		"--japanese", "bigram", "--bayes-combining", "fisher", "--passes", "2", "--scores", scores)
	if code != 0 {
		t.Fatalf("eval --folds: exit %d\n%s%s", code, out, errOut)
	}
	for _, want := range []string{"cross-validation: 3 interleaved folds over", "Japanese bigram, Bayes combining fisher, passes 2", "AUC (ties half):", "ORACLE threshold"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	b, err := os.ReadFile(scores)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) != n {
		t.Errorf("scores file has %d lines, want one per message (%d)", len(lines), n)
	}
	for _, l := range lines {
		if f := strings.Split(l, "\t"); len(f) != 3 || (f[0] != "spam" && f[0] != "ham") {
			t.Errorf("bad scores line %q", l)
		}
	}
}

func TestEvalPasses(t *testing.T) {
	list, _ := writeList(t)
	out, errOut, code := mizugiwa("eval", "--train", list, "--test", list, "--scorers", "bayes", "--passes", "3")
	if code != 0 {
		t.Fatalf("eval --passes: exit %d\n%s%s", code, out, errOut)
	}
	if !strings.Contains(out, "retrain pass 1: relearned") {
		t.Errorf("output lacks the retraining report:\n%s", out)
	}
}

// TestEvalCombining checks that --bayes-combining reaches the model: the
// two combinings score the same messages differently.
func TestEvalCombining(t *testing.T) {
	list, _ := writeList(t)
	scores := map[string]string{}
	for _, c := range []string{"mean", "fisher"} {
		file := filepath.Join(t.TempDir(), c+".tsv")
		out, errOut, code := mizugiwa("eval", "--train", list, "--test", list, "--scorers", "bayes",
			"--weights", "none", "--bayes-combining", c, "--scores", file)
		if code != 0 {
			t.Fatalf("eval --bayes-combining %s: exit %d\n%s%s", c, code, out, errOut)
		}
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		scores[c] = string(b)
	}
	if scores["mean"] == scores["fisher"] {
		t.Errorf("mean and fisher combining gave the same scores:\n%s", scores["mean"])
	}
}

func TestEvalUsage(t *testing.T) {
	list, _ := writeList(t)
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"eval", "--list", list, "--folds", "1"}, "--folds K (K >= 2)"},
		{[]string{"eval", "--list", list}, "--folds K (K >= 2)"},
		{[]string{"eval", "--list", list, "--folds", "2", "--train", list}, "without --train and --test"},
		{[]string{"eval", "--list", list, "--folds", "2", "--japanese", "kanji"}, "unknown Japanese mode"},
		{[]string{"eval", "--list", list, "--folds", "2", "--passes", "-1"}, "--passes -1"},
		{[]string{"eval", "--list", list, "--folds", "2", "--bayes-combining", "chi2"}, "--bayes-combining"},
		{[]string{"eval", "--list", list, "--folds", "100"}, "holds only"},
	}
	for _, c := range cases {
		out, errOut, code := mizugiwa(c.args...)
		if code == 0 || !strings.Contains(errOut, c.want) {
			t.Errorf("mizugiwa %v: exit %d, %q%q; want an error with %q", c.args[1:], code, out, errOut, c.want)
		}
	}
}

// TestEvalJaDev cross-validates on the Japanese development corpus when it
// sits beside the repository.
func TestEvalJaDev(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 256 messages; skipped in -short mode")
	}
	labels := filepath.Join("..", "..", "..", "shared", "corpus", "ja-dev", "labels.tsv")
	if _, err := os.Stat(labels); err != nil {
		t.Skipf("ja-dev corpus not found (%v)", err)
	}
	out, errOut, code := mizugiwa("eval", "--list", labels, "--root", "", "--folds", "4", "--scorers", "bayes", "--japanese", "bigram")
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	if !strings.Contains(out, "over 256 messages (138 spam, 118 ham)") {
		t.Errorf("ja-dev not read whole:\n%s", out)
	}
}

// TestEvalJapaneseHoldout trains the whole engine on the Japanese starter
// mail and measures it on the five held-out Japanese sets, which were written
// apart from it: no held-out ham may be flagged at the default threshold,
// and the ranking must stay near where it is (AUC 0.989 over the five sets
// when the fifth was added). It guards against changes that trade Japanese ham for anything
// else; it is not a target to tune on.
func TestEvalJapaneseHoldout(t *testing.T) {
	if testing.Short() {
		t.Skip("trains on 506 messages; skipped in -short mode")
	}
	dir := t.TempDir()
	list := func(name string, globs map[string][]string) string {
		var b strings.Builder
		for label, gs := range globs {
			for _, g := range gs {
				files, err := filepath.Glob(g)
				if err != nil || len(files) == 0 {
					t.Fatalf("%s: %d files, %v", g, len(files), err)
				}
				for _, f := range files {
					abs, err := filepath.Abs(f)
					if err != nil {
						t.Fatal(err)
					}
					b.WriteString(label + " " + abs + "\n")
				}
			}
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	train := list("train.txt", map[string][]string{
		"spam": {"../../corpus/starter/ja/spam/*.eml", "../../corpus/starter/ja-more/spam/*.eml", "../../corpus/starter/ja-more-2/spam/*.eml", "../../corpus/starter/ja-more-3/spam/*.eml", "../../corpus/starter/ja-more-4/spam/*.eml", "../../corpus/starter/ja-more-5/spam/*.eml", "../../corpus/starter/ja-more-6/spam/*.eml"},
		"ham":  {"../../corpus/starter/ja/ham/*.eml", "../../corpus/starter/ja-more/ham/*.eml", "../../corpus/starter/ja-more-2/ham/*.eml", "../../corpus/starter/ja-more-3/ham/*.eml", "../../corpus/starter/ja-more-4/ham/*.eml", "../../corpus/starter/ja-more-5/ham/*.eml", "../../corpus/starter/ja-more-6/ham/*.eml"},
	})
	test := list("test.txt", map[string][]string{
		"spam": {"../../bench/testdata/ja-holdout/spam/*.eml", "../../bench/testdata/ja-holdout-2/spam/*.eml", "../../bench/testdata/ja-holdout-3/spam/*.eml", "../../bench/testdata/ja-holdout-4/spam/*.eml", "../../bench/testdata/ja-holdout-5/spam/*.eml"},
		"ham":  {"../../bench/testdata/ja-holdout/ham/*.eml", "../../bench/testdata/ja-holdout-2/ham/*.eml", "../../bench/testdata/ja-holdout-3/ham/*.eml", "../../bench/testdata/ja-holdout-4/ham/*.eml", "../../bench/testdata/ja-holdout-5/ham/*.eml"},
	})
	out, errOut, code := mizugiwa("eval", "--train", train, "--test", test, "--root", "")
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	if !strings.Contains(out, "FP 0/220 ") {
		t.Errorf("held-out Japanese ham flagged:\n%s", out)
	}
	var auc float64
	for _, line := range strings.Split(out, "\n") {
		if rest, ok := strings.CutPrefix(line, "AUC (ties half): "); ok {
			if _, err := fmt.Sscan(rest, &auc); err != nil {
				t.Fatalf("%q: %v", line, err)
			}
		}
	}
	if auc < 0.975 {
		t.Errorf("AUC %v on the held-out Japanese mail, want at least 0.975:\n%s", auc, out)
	}
}
