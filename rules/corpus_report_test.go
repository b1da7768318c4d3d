package rules

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/mizugiwa/mizugiwa/message"
	"github.com/mizugiwa/mizugiwa/scoring"
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
	st := NewStructure(nil)
	count := func(sub ...string) (map[string]int, int) {
		c := map[string]int{}
		n := 0
		for _, s := range sub {
			files, _ := filepath.Glob(filepath.Join(dir, s, "*.txt"))
			for _, f := range files {
				raw, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				m, err := message.Parse(raw, message.Limits{})
				if err != nil {
					continue
				}
				n++
				in := &scoring.Input{Msg: m, Raw: raw}
				a, _ := h.Score(context.Background(), in)
				b, _ := st.Score(context.Background(), in)
				for _, sym := range append(a, b...) {
					c[sym.Name]++
				}
			}
		}
		return c, n
	}
	spam, ns := count("spam-1", "spam-2")
	ham, nh := count("easy-ham-1", "easy-ham-2", "hard-ham-1")
	if ns == 0 || nh == 0 {
		t.Skipf("corpus at %s holds no messages", dir)
	}
	type row struct {
		name   string
		weight float64
		desc   string
	}
	var rows []row
	for _, r := range h.Set().Rules {
		rows = append(rows, row{r.Name, r.Weight, r.Description})
	}
	for _, r := range st.Rules() {
		rows = append(rows, row{r.Name, r.Weight, r.Description})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].name < rows[j].name })
	t.Logf("%-26s %6s %14s %14s", "rule", "weight", "spam/"+itoa(ns), "ham/"+itoa(nh))
	for _, r := range rows {
		s, hm := spam[r.name], ham[r.name]
		t.Logf("%-26s %6.1f %6d %6.2f%% %6d %6.2f%%", r.name, r.weight, s, pct(s, ns), hm, pct(hm, nh))
		if pct(hm, nh) > 1 && r.weight > 0.5 && !strings.Contains(r.desc, "ham") {
			t.Errorf("%s fires on %.2f%% of ham with weight %.1f: lower it or give the reason", r.name, pct(hm, nh), r.weight)
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
