package milter

import "testing"

// BenchmarkSession is one whole milter session (connect to end of message)
// over loopback with the engine in-process: the milter's cost per message
// on top of classification.
func BenchmarkSession(b *testing.B) {
	e := startEngine(b)
	addr := startMilter(b, Options{Classifier: e.srv})
	raw := readTestdata(b, "spam-link-only-html.eml")
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		if r := send(b, addr, raw, "u@example.net"); len(r.headers("X-Spam-Flag")) != 1 {
			b.Fatalf("no X-Spam-Flag: %v", r.mods)
		}
	}
}
