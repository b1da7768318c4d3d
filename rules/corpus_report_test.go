package rules

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/mizugiwa/mizugiwa/message"
)

// corpusDir locates the SpamAssassin public corpus as the rest of the
// project does: $MIZUGIWA_CORPUS, else the user cache directory.
func corpusDir() string {
	if d := os.Getenv("MIZUGIWA_CORPUS"); d != "" {
		return d
	}
	if d := os.Getenv("XDG_CACHE_HOME"); d != "" {
		return filepath.Join(d, "mizugiwa", "corpus", "spamassassin")
	}
	home, _ := os.UserHomeDir()
	return filepath.Join(home, ".cache", "mizugiwa", "corpus", "spamassassin")
}

// TestCorpusReport counts how often each header and structure rule fires on
// the spam and ham of the SpamAssassin corpus and fails when a rule that
// fires on more than 1% of ham carries neither a weight of at most 0.5 nor a
// reason about ham in its description. The table is logged; run it with -v.
func TestCorpusReport(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("corpus report: run with -v")
	}
	dir := filepath.Join(corpusDir(), "data")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("SpamAssassin corpus not found at %s (set MIZUGIWA_CORPUS): %v", dir, err)
	}
	h, err := NewHeaders(nil)
	if err != nil {
		t.Fatal(err)
	}
	tally := NewTally(h, NewStructure(nil))
	for _, g := range []struct {
		dir  string
		spam bool
	}{{"spam-1", true}, {"spam-2", true}, {"easy-ham-1", false}, {"easy-ham-2", false}, {"hard-ham-1", false}} {
		files, _ := filepath.Glob(filepath.Join(dir, g.dir, "*.txt"))
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if m, err := message.Parse(raw, message.Limits{}); err == nil {
				tally.Add(context.Background(), m, g.spam)
			}
		}
	}
	ns, nh := tally.Messages()
	if ns == 0 || nh == 0 {
		t.Skipf("corpus at %s holds no messages", dir)
	}
	t.Logf("%-26s %6s %14s %14s", "rule", "weight", "spam/"+itoa(ns), "ham/"+itoa(nh))
	for _, f := range tally.Firings() {
		t.Logf("%-26s %6.1f %6d %6.2f%% %6d %6.2f%%", f.Name, f.Weight, f.Spam, pct(f.Spam, ns), f.Ham, pct(f.Ham, nh))
		if f.NeedsReason {
			t.Errorf("%s fires on %.2f%% of ham with weight %.1f: lower it or give the reason", f.Name, pct(f.Ham, nh), f.Weight)
		}
	}
}

func pct(a, n int) float64 { return 100 * float64(a) / float64(n) }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}
