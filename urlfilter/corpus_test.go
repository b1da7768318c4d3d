package urlfilter

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/mizugiwa/mizugiwa/corpus"
	"github.com/mizugiwa/mizugiwa/message"
	"github.com/mizugiwa/mizugiwa/scoring"
)

// corpusDir returns the SpamAssassin corpus directory, or "" when absent.
func corpusDir() string {
	dir := corpus.DefaultDir()
	if _, err := os.Stat(filepath.Join(dir, "data")); err != nil {
		return ""
	}
	return dir
}

// corpusMessage is one parsed message of the corpus.
type corpusMessage struct {
	path string
	spam bool
	msg  *message.Message
}

// loadCorpus parses every message of the corpus, or skips tb.
func loadCorpus(tb testing.TB) []corpusMessage {
	tb.Helper()
	dir := corpusDir()
	if dir == "" {
		tb.Skip("SpamAssassin corpus not found: set MIZUGIWA_CORPUS or run `mizugiwa corpus fetch spamassassin`")
	}
	var ms []corpusMessage
	for _, sub := range []string{"spam-1", "spam-2", "easy-ham-1", "easy-ham-2", "hard-ham-1"} {
		files, _ := filepath.Glob(filepath.Join(dir, "data", sub, "*.txt"))
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			m, err := message.Parse(raw, message.Limits{})
			if err != nil {
				continue
			}
			ms = append(ms, corpusMessage{path: f, spam: strings.HasPrefix(sub, "spam"), msg: m})
		}
	}
	if len(ms) == 0 {
		tb.Skip("SpamAssassin corpus is empty")
	}
	return ms
}

// TestCorpusTricks extracts the URLs of every corpus message, checks that
// each normalizes idempotently, and reports how many spam and ham messages
// carry each trick (go test -run CorpusTricks -v).
func TestCorpusTricks(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus scan skipped in -short mode")
	}
	ms := loadCorpus(t)
	type count struct{ spam, ham int }
	counts := map[string]*count{}
	var nSpam, nHam, urls int
	for _, cm := range ms {
		if cm.spam {
			nSpam++
		} else {
			nHam++
		}
		seen := map[string]bool{}
		for _, f := range Extract(cm.msg, scoring.Envelope{}) {
			urls++
			checkIdempotent(t, f.Input, f.URL)
			for _, tr := range f.Tricks {
				seen[tr] = true
			}
		}
		for tr := range seen {
			c := counts[tr]
			if c == nil {
				c = &count{}
				counts[tr] = c
			}
			if cm.spam {
				c.spam++
			} else {
				c.ham++
			}
		}
	}
	names := make([]string, 0, len(counts))
	for n := range counts {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	fmt.Fprintf(&b, "%d spam, %d ham, %d distinct URLs per message summed\n", nSpam, nHam, urls)
	fmt.Fprintf(&b, "%-16s %6s %7s %6s %7s\n", "trick", "spam", "spam%", "ham", "ham%")
	for _, n := range names {
		c := counts[n]
		fmt.Fprintf(&b, "%-16s %6d %6.2f%% %6d %6.2f%%\n", n, c.spam, 100*float64(c.spam)/float64(nSpam), c.ham, 100*float64(c.ham)/float64(nHam))
	}
	t.Log("\n" + b.String())
}

// BenchmarkExtractCorpus extracts and normalizes the URLs of the whole
// corpus, reporting URLs and messages per second.
func BenchmarkExtractCorpus(b *testing.B) {
	ms := loadCorpus(b)
	b.ReportAllocs()
	b.ResetTimer()
	urls := 0
	for b.Loop() {
		for _, cm := range ms {
			urls += len(Extract(cm.msg, scoring.Envelope{}))
		}
	}
	s := b.Elapsed().Seconds()
	b.ReportMetric(float64(urls)/s, "urls/s")
	b.ReportMetric(float64(b.N*len(ms))/s, "msgs/s")
	b.ReportMetric(s*1e6/float64(b.N*len(ms)), "µs/msg")
}

// BenchmarkFilterScore runs the whole scorer, with a blocklist and an
// allowlist of a thousand entries each, over the corpus.
func BenchmarkFilterScore(b *testing.B) {
	ms := loadCorpus(b)
	ctx := context.Background()
	lists, _ := OpenLists(ctx, nil)
	for i := range 1000 {
		_ = lists.Add(ctx, Blocklist, fmt.Sprintf("spam%d.example.com", i))
		_ = lists.Add(ctx, Allowlist, fmt.Sprintf("ham%d.example.org", i))
	}
	f, err := New(Options{}, lists)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, cm := range ms {
			if _, err := f.Score(ctx, &scoring.Input{Msg: cm.msg}); err != nil {
				b.Fatal(err)
			}
		}
	}
	s := b.Elapsed().Seconds()
	b.ReportMetric(float64(b.N*len(ms))/s, "msgs/s")
	b.ReportMetric(s*1e6/float64(b.N*len(ms)), "µs/msg")
}
