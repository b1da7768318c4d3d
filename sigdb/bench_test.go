package sigdb

import (
	"bytes"
	"context"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// FuzzImport feeds arbitrary streams to Import: it must never panic, and a
// rejected stream must leave the database unchanged.
func FuzzImport(f *testing.F) {
	ctx := context.Background()
	seed := openTestDB(f, Options{NodeID: "seed"})
	for _, m := range readMessages(f, "spam") {
		if _, _, err := seed.Add(ctx, m); err != nil {
			f.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if _, err := seed.Export(ctx, &buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	lines := strings.SplitAfter(buf.String(), "\n")
	f.Add([]byte(lines[0] + lines[1]))
	f.Add([]byte(lines[0] + `{"id":"0011223344556677","kind":"exact","reports":{"a":1},"first":1,"last":2,"expires":3}` + "\n"))
	f.Add([]byte("mizugiwa-sigdb v1\n"))
	d := openTestDB(f, Options{NodeID: "fuzz"})
	f.Fuzz(func(t *testing.T, b []byte) {
		seq := d.LastSeq()
		n, err := d.Import(ctx, bytes.NewReader(b))
		if err != nil && (n != 0 || d.LastSeq() != seq) {
			t.Fatalf("rejected import changed the database: n=%d seq %d→%d: %v", n, seq, d.LastSeq(), err)
		}
	})
}

// loadSynthetic writes n random fuzzy signatures straight into d's key
// space (records, band and expiry keys, no change log) and returns some of
// their min-hashes.
func loadSynthetic(b *testing.B, d *DB, n int) [][]uint16 {
	b.Helper()
	r := rand.New(rand.NewPCG(7, uint64(n)))
	rows := d.o.Hashes / d.o.Bands
	exp := time.Now().Add(24 * time.Hour).UTC().Truncate(time.Second)
	var keep [][]uint16
	batch := d.db.NewBatch()
	for i := range n {
		s := Signature{Kind: Fuzzy, Hashes: make([]uint16, d.o.Hashes), Reports: map[string]uint64{"bench": 1},
			First: exp, Last: exp, Expires: exp}
		for j := range s.Hashes {
			s.Hashes[j] = uint16(r.Uint32())
		}
		s.ID = fuzzyID(s.Hashes)
		for band := range d.o.Bands {
			batch.Set(append(bandPrefix(band, bandHash(s.Hashes, band, rows)), s.ID[:]...), nil, nil)
		}
		batch.Set(recordKey(s.ID), s.encode(), nil)
		batch.Set(expiryKey(s.Expires, s.ID), nil, nil)
		if i%1000 == 0 {
			keep = append(keep, s.Hashes)
		}
		if batch.Len() > 16<<20 {
			if err := batch.Commit(nil); err != nil {
				b.Fatal(err)
			}
			batch.Close()
			batch = d.db.NewBatch()
		}
	}
	if err := batch.Commit(nil); err != nil {
		b.Fatal(err)
	}
	batch.Close()
	if err := d.db.Flush(); err != nil {
		b.Fatal(err)
	}
	return keep
}

func benchLookup(b *testing.B, n int) {
	ctx := context.Background()
	d := openTestDB(b, Options{NodeID: "bench"})
	start := time.Now()
	keep := loadSynthetic(b, d, n)
	b.Logf("built %d signatures in %v", n, time.Since(start).Round(time.Millisecond))
	sz, err := d.st.Size()
	if err != nil {
		b.Fatal(err)
	}
	// Queries: parts like a stored signature with 30% of the values
	// changed (a hit), and random parts (a miss), two parts per message.
	r := rand.New(rand.NewPCG(1, 1))
	queries := make([][]PartDigest, 256)
	for i := range queries {
		hit := append([]uint16(nil), keep[i%len(keep)]...)
		for j := range hit {
			if r.IntN(10) < 3 {
				hit[j] = uint16(r.Uint32())
			}
		}
		miss := make([]uint16, d.o.Hashes)
		for j := range miss {
			miss[j] = uint16(r.Uint32())
		}
		queries[i] = []PartDigest{{PartID: "1", Fuzzy: hit}, {PartID: "2", Fuzzy: miss, HasExact: true, Exact: ID{byte(i)}}}
	}
	found := 0
	for i := 0; b.Loop(); i++ {
		ms, err := d.CheckDigests(ctx, queries[i%len(queries)])
		if err != nil {
			b.Fatal(err)
		}
		found += len(ms)
	}
	if found == 0 {
		b.Fatal("no query found its signature")
	}
	b.ReportMetric(float64(sz)/float64(n), "disk-B/sig")
}

// BenchmarkLookup10k measures Check of a two-part message against 10,000
// signatures.
func BenchmarkLookup10k(b *testing.B) { benchLookup(b, 10_000) }

// BenchmarkLookup1M measures Check of a two-part message against 1,000,000
// synthetic signatures.
func BenchmarkLookup1M(b *testing.B) {
	if testing.Short() {
		b.Skip("1M signatures take a while to build")
	}
	benchLookup(b, 1_000_000)
}

// BenchmarkDigest measures digesting the parts of a real spam message.
func BenchmarkDigest(b *testing.B) {
	ms := readMessages(b, "spam")
	o := DefaultOptions()
	for b.Loop() {
		for _, m := range ms {
			o.Digests(m, nil)
		}
	}
}
