package sigdb

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/cockroachdb/pebble/v2/bloom"
	"github.com/cockroachdb/pebble/v2/objstorage/objstorageprovider"
	"github.com/cockroachdb/pebble/v2/sstable"
	"github.com/cockroachdb/pebble/v2/vfs"

	"github.com/mizugiwa/mizugiwa/store"
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
// their min-hashes. The keys are made by the same encoders as Add's, sorted,
// written to one sstable per key space with Pebble's sstable writer and
// ingested, then the sigdb key range is compacted: the steady state of a
// long-running server, built in seconds instead of minutes.
func loadSynthetic(b *testing.B, d *DB, n int) [][]uint16 {
	b.Helper()
	ctx := context.Background()
	rows := d.o.Hashes / d.o.Bands
	exp := time.Now().Add(24 * time.Hour).UTC().Truncate(time.Second)
	// Signature i's values come from its own generator, so that they can be
	// made again in whatever order the keys need.
	gen := func(i int, h []uint16) {
		r := rand.New(rand.NewPCG(7, uint64(i)))
		for j := range h {
			h[j] = uint16(r.Uint32())
		}
	}
	ids := make([]ID, n)
	bands := make([]uint32, n*d.o.Bands)
	h := make([]uint16, d.o.Hashes)
	var keep [][]uint16
	for i := range n {
		gen(i, h)
		ids[i] = fuzzyID(h)
		for band := range d.o.Bands {
			bands[i*d.o.Bands+band] = bandHash(h, band, rows)
		}
		if i%1000 == 0 {
			keep = append(keep, slices.Clone(h))
		}
	}
	byID := make([]int32, n)
	for i := range byID {
		byID[i] = int32(i)
	}
	slices.SortFunc(byID, func(x, y int32) int { return bytes.Compare(ids[x][:], ids[y][:]) })

	dir := b.TempDir()
	var paths []string
	// Tables are cut at 8 MiB, the size Pebble's compactions give the last
	// level of a store this large, so that filter and index blocks have
	// their usual size.
	write := func(name string, emit func(set func(k, v []byte))) {
		var w *sstable.Writer
		finish := func() {
			if w == nil {
				return
			}
			if err := w.Close(); err != nil {
				b.Fatal(err)
			}
			w = nil
		}
		emit(func(k, v []byte) {
			if w != nil && w.Raw().EstimatedSize() >= 8<<20 {
				finish()
			}
			if w == nil {
				path := filepath.Join(dir, fmt.Sprintf("%s-%04d.sst", name, len(paths)))
				f, err := vfs.Default.Create(path, vfs.WriteCategoryUnspecified)
				if err != nil {
					b.Fatal(err)
				}
				w = sstable.NewWriter(objstorageprovider.NewFileWritable(f), sstWriterOptions(d))
				paths = append(paths, path)
			}
			if err := w.Set(k, v); err != nil {
				b.Fatal(err)
			}
		})
		finish()
	}
	write("band", func(set func(k, v []byte)) {
		type entry struct {
			h uint32
			i int32
		}
		es := make([]entry, n)
		for band := range d.o.Bands {
			for i := range es {
				es[i] = entry{bands[i*d.o.Bands+band], int32(i)}
			}
			slices.SortFunc(es, func(x, y entry) int {
				if c := cmp.Compare(x.h, y.h); c != 0 {
					return c
				}
				return bytes.Compare(ids[x.i][:], ids[y.i][:])
			})
			// A bucket is the sorted IDs of the signatures with equal
			// band hashes, as bucketInsert builds it.
			var bucket []byte
			for j, e := range es {
				if len(bucket) < maxBucket*len(ID{}) {
					bucket = append(bucket, ids[e.i][:]...)
				}
				if j+1 == len(es) || es[j+1].h != e.h {
					set(bandKey(band, e.h), bucket)
					bucket = bucket[:0]
				}
			}
		}
	})
	write("record", func(set func(k, v []byte)) {
		for _, i := range byID {
			gen(int(i), h)
			s := Signature{ID: ids[i], Kind: Fuzzy, Hashes: h, Reports: map[string]uint64{"bench": 1},
				First: exp, Last: exp, Expires: exp}
			set(recordKey(s.ID), s.encode())
		}
	})
	write("expiry", func(set func(k, v []byte)) {
		for _, i := range byID {
			set(expiryKey(exp, ids[i]), nil)
		}
	})
	if err := d.db.Ingest(ctx, paths); err != nil {
		b.Fatal(err)
	}
	p := store.Sigdb.Prefix()
	if err := d.db.Compact(ctx, p, store.UpperBound(p), true); err != nil {
		b.Fatal(err)
	}
	return keep
}

// sstWriterOptions returns the options Pebble uses for tables of the last
// level of d's store: the store's filter policy, Pebble's defaults else.
func sstWriterOptions(d *DB) sstable.WriterOptions {
	o := &pebble.Options{}
	for i := range o.Levels {
		o.Levels[i].FilterPolicy = bloom.FilterPolicy(10)
	}
	o.EnsureDefaults()
	return o.MakeWriterOptions(len(o.Levels)-1, d.db.FormatMajorVersion().MaxTableFormat())
}

func benchLookup(b *testing.B, n int) {
	ctx := context.Background()
	// SIGDB_BENCH_CACHE_MB sets the store's block cache (default the
	// store's, 64 MiB): misses are answered from bloom filters, about 40
	// bytes per signature, and stay cheap while those fit in the cache.
	st, err := store.Open(b.TempDir(), store.Options{NoSync: true, CacheSize: int64(envInt("SIGDB_BENCH_CACHE_MB", 0)) << 20})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	d, err := Open(st, Options{NodeID: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	keep := loadSynthetic(b, d, n)
	b.Logf("built %d signatures in %v", n, time.Since(start).Round(time.Millisecond))
	sz, err := st.Size()
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
