package dictfile

import (
	"runtime"
	"strconv"
	"testing"

	"github.com/ikawaha/kagome-dict/ipa"
)

// BenchmarkDecode decodes the IPA dictionary stored with each codec and
// reports the file size and the heap the decoded dictionary keeps live.
func BenchmarkDecode(b *testing.B) {
	for _, opts := range []Options{{Codec: Raw}, {Codec: Flate, Level: 9}, {Codec: Flate, Level: 1}} {
		b.Run(opts.Codec.String()+strconv.Itoa(opts.Level), func(b *testing.B) {
			file, err := Encode(ipa.Dict(), opts)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			b.SetBytes(int64(len(file)))
			for b.Loop() {
				if _, err := Decode(file); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(file)), "file-B")
			b.ReportMetric(float64(liveHeap(b, file)), "live-B")
		})
	}
}

// liveHeap returns the heap that a dictionary decoded from file keeps live.
func liveHeap(b *testing.B, file []byte) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	d, err := Decode(file)
	if err != nil {
		b.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(d)
	runtime.KeepAlive(file)
	return after.HeapAlloc - before.HeapAlloc
}
