package message

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/mizugiwa/mizugiwa/corpus"
)

// saCorpusDir locates the SpamAssassin public corpus as the rest of the
// project does.
func saCorpusDir() string { return corpus.DefaultDir() }

// loadSACorpus reads every raw message (data/*/*.txt) of the SpamAssassin
// corpus into memory, or skips.
func loadSACorpus(tb testing.TB) [][]byte {
	dir := saCorpusDir()
	files, _ := filepath.Glob(filepath.Join(dir, "data", "*", "*.txt"))
	if len(files) == 0 {
		tb.Skipf("SpamAssassin corpus not found under %s (set MIZUGIWA_CORPUS or run `mizugiwa corpus fetch spamassassin`)", dir)
	}
	msgs := make([][]byte, 0, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		msgs = append(msgs, b)
	}
	return msgs
}

// TestCorpusInvariants parses every message of the SpamAssassin corpus
// and checks what must hold for any result: text and headers in UTF-8,
// a consistent tree, and text recovered from every text part with bytes.
func TestCorpusInvariants(t *testing.T) {
	msgs := loadSACorpus(t)
	empty := 0
	for _, raw := range msgs {
		m, err := Parse(raw, Limits{})
		if err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, m)
		for _, p := range m.TextParts() {
			if !p.IsHTML && p.Text == "" && len(bytes.TrimSpace(p.Body)) > 0 {
				empty++
			}
		}
	}
	if empty > 0 {
		t.Errorf("%d plain text parts with a body gave no text", empty)
	}
}

// BenchmarkParseCorpus parses the whole SpamAssassin corpus, loaded into
// memory first, and reports throughput and allocations per message.
func BenchmarkParseCorpus(b *testing.B) {
	msgs := loadSACorpus(b)
	total := 0
	for _, m := range msgs {
		total += len(m)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, raw := range msgs {
			if _, err := Parse(raw, Limits{}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.StopTimer()
	n := float64(b.N) * float64(len(msgs))
	b.ReportMetric(n/b.Elapsed().Seconds(), "msgs/s")
	b.ReportMetric(float64(testing.AllocsPerRun(1, func() {
		for _, raw := range msgs {
			Parse(raw, Limits{})
		}
	}))/float64(len(msgs)), "allocs/msg")
}

// BenchmarkParseJaDev parses the 256 ja-dev messages.
func BenchmarkParseJaDev(b *testing.B) {
	dir := jaDevDir(b)
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.eml"))
	var msgs [][]byte
	total := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		msgs = append(msgs, raw)
		total += len(raw)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, raw := range msgs {
			if _, err := Parse(raw, Limits{}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N)*float64(len(msgs))/b.Elapsed().Seconds(), "msgs/s")
}

// BenchmarkDecodeHeader decodes the values of testdata/rfc2047.txt.
func BenchmarkDecodeHeader(b *testing.B) {
	var in []string
	for _, f := range readLines(b, filepath.Join("testdata", "rfc2047.txt")) {
		in = append(in, f[0])
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range in {
			DecodeHeader(s)
		}
	}
}

// BenchmarkExtractHTML reduces the documents of testdata/html.
func BenchmarkExtractHTML(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	var docs [][]byte
	total := 0
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		total += len(d)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			ExtractHTML(d)
		}
	}
}
