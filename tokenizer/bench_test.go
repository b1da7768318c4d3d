package tokenizer

import (
	"testing"

	"github.com/mizugiwa/mizugiwa/message"
)

// englishBodies returns the text of every text part of messages of the
// SpamAssassin corpus (spam and ham), as the parser decodes it.
func englishBodies(b *testing.B) []string {
	var out []string
	for _, raw := range readCorpus(b, 2000, "easy-ham-2", "spam-2", "hard-ham-1") {
		m, err := message.Parse([]byte(raw), message.Limits{})
		if err != nil {
			b.Fatal(err)
		}
		for _, p := range m.TextParts() {
			out = append(out, p.Text)
		}
	}
	return out
}

func benchText(b *testing.B, tk *Tokenizer, texts []string) {
	total := 0
	for _, s := range texts {
		total += len(s)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	tokens := 0
	var dst []string
	for b.Loop() {
		for _, s := range texts {
			dst = tk.Text("", s, dst[:0])
			tokens += len(dst)
		}
	}
	b.ReportMetric(float64(b.N*len(texts))/b.Elapsed().Seconds(), "texts/s")
	b.ReportMetric(float64(tokens)/float64(b.N*len(texts)), "tokens/text")
}

// BenchmarkTokenizeEnglish measures the Latin path on message bodies of
// the SpamAssassin corpus.
func BenchmarkTokenizeEnglish(b *testing.B) {
	tk, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	if err := tk.LoadDictionary(); err != nil {
		b.Fatal(err)
	}
	benchText(b, tk, englishBodies(b))
}

// BenchmarkTokenizeJapanese measures the Japanese path on the ja-dev texts,
// in each mode, the dictionary loaded beforehand.
func BenchmarkTokenizeJapanese(b *testing.B) {
	var texts []string
	for _, r := range readJaDev(b) {
		if r.Text != "" {
			texts = append(texts, r.Subject+"\n"+r.Text)
		}
	}
	for m := Morph; m <= Whole; m++ {
		b.Run(m.String(), func(b *testing.B) {
			tk, err := New(Options{Japanese: m})
			if err != nil {
				b.Fatal(err)
			}
			if err := tk.LoadDictionary(); err != nil {
				b.Fatal(err)
			}
			benchText(b, tk, texts)
		})
	}
}

// BenchmarkMessageEnglish measures whole messages of the SpamAssassin
// corpus (spam and ham, parsed beforehand), headers included.
func BenchmarkMessageEnglish(b *testing.B) {
	var msgs []*message.Message
	total := 0
	for _, raw := range readCorpus(b, 4000, "easy-ham-2", "spam-2") {
		m, err := message.Parse([]byte(raw), message.Limits{})
		if err != nil {
			b.Fatal(err)
		}
		msgs = append(msgs, m)
		total += len(raw)
	}
	tk, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	// A few messages of the corpus hold CJK text: load the dictionary
	// before timing, as a server does at start-up.
	if err := tk.LoadDictionary(); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	tokens := 0
	for b.Loop() {
		for _, m := range msgs {
			tokens += len(tk.Message(m))
		}
	}
	b.ReportMetric(float64(b.N*len(msgs))/b.Elapsed().Seconds(), "msgs/s")
	b.ReportMetric(float64(tokens)/float64(b.N*len(msgs)), "tokens/msg")
}
