package sigdb

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/v2"

	"github.com/mizugiwa/mizugiwa/message"
	"github.com/mizugiwa/mizugiwa/scoring"
	"github.com/mizugiwa/mizugiwa/store"
)

func parseText(t testing.TB, body string) *message.Message {
	t.Helper()
	raw := "From: a@example.com\r\nTo: jane@example.net\r\nSubject: x\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n" + body
	m, err := message.Parse([]byte(raw), message.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func readMessages(t testing.TB, dir string) []*message.Message {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("testdata", dir, "*.txt"))
	if len(files) == 0 {
		t.Fatalf("no messages in testdata/%s", dir)
	}
	var ms []*message.Message
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m, err := message.Parse(raw, message.Limits{})
		if err != nil {
			t.Fatal(err)
		}
		ms = append(ms, m)
	}
	return ms
}

// TestDigestCases reads pairs of texts from testdata/digest: the first line
// says whether the pair must share an exact digest, match fuzzily only, not
// match, or be too short for a digest.
func TestDigestCases(t *testing.T) {
	files, _ := filepath.Glob("testdata/digest/*.txt")
	if len(files) == 0 {
		t.Fatal("no cases")
	}
	o := DefaultOptions()
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			head, rest, _ := strings.Cut(string(b), "\n")
			want := strings.TrimSpace(strings.TrimPrefix(head, "want:"))
			a, c, ok := strings.Cut(rest, "\n---\n")
			if !ok {
				t.Fatal("no --- separator")
			}
			da := o.Digests(parseText(t, a), nil)
			dc := o.Digests(parseText(t, c), nil)
			if len(da) != 1 || len(dc) != 1 {
				t.Fatalf("got %d and %d digests, want 1 each", len(da), len(dc))
			}
			x, y := da[0], dc[0]
			sim := similarity(x.Fuzzy, y.Fuzzy)
			switch want {
			case "short":
				if x.Skip != "short" || y.Skip != "short" {
					t.Errorf("skip = %q, %q (shingles %d, %d), want short", x.Skip, y.Skip, x.Shingles, y.Shingles)
				}
			case "exact":
				if !x.HasExact || x.Exact != y.Exact {
					t.Errorf("exact digests differ (similarity %.2f)", sim)
				}
			case "fuzzy":
				if x.Exact == y.Exact {
					t.Errorf("exact digests equal; the case tests fuzzy matching")
				}
				if sim < o.Threshold {
					t.Errorf("similarity %.2f under threshold %.2f", sim, o.Threshold)
				}
			case "none":
				if sim >= o.Threshold/2 {
					t.Errorf("similarity %.2f of unrelated texts", sim)
				}
			default:
				t.Fatalf("unknown want %q", want)
			}
		})
	}
}

func TestURLNormalization(t *testing.T) {
	b, err := os.ReadFile("testdata/urls.txt")
	if err != nil {
		t.Fatal(err)
	}
	rcpts := []string{"jane.doe@example.net"}
	for i, l := range strings.Split(string(b), "\n") {
		if l == "" || l[0] == '#' {
			continue
		}
		in, want, ok := strings.Cut(l, "\t")
		if !ok {
			t.Fatalf("line %d: no tab", i+1)
		}
		got, _ := normalizeURL(strings.ToLower(in), rcpts)
		if got != want {
			t.Errorf("line %d: normalizeURL(%q) = %q, want %q", i+1, in, got, want)
		}
	}
}

func TestRoundTrip(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	a := openTestDB(t, Options{NodeID: "a", Now: clock})
	spam := readMessages(t, "spam")
	ham := readMessages(t, "ham")
	for i, m := range spam {
		sigs, _, err := a.Add(ctx, m)
		if err != nil {
			t.Fatal(err)
		}
		if len(sigs) == 0 {
			t.Fatalf("spam %d: no signature", i)
		}
	}
	check := func(d *DB, m *message.Message) []Match {
		t.Helper()
		ms, err := d.Check(ctx, m)
		if err != nil {
			t.Fatal(err)
		}
		return ms
	}
	for i, m := range spam {
		ms := check(a, m)
		if len(ms) == 0 || ms[0].Similarity != 1 {
			t.Fatalf("spam %d: matches %v, want an exact one", i, ms)
		}
	}
	for i, m := range ham {
		if ms := check(a, m); len(ms) != 0 {
			t.Fatalf("ham %d matches %v", i, ms)
		}
	}
	// A second report counts.
	sigs, _, err := a.Add(ctx, spam[0])
	if err != nil {
		t.Fatal(err)
	}
	if n := sigs[0].Count(); n != 2 {
		t.Fatalf("count after second report = %d, want 2", n)
	}

	// Export, import into b, import again: same signatures, same counts.
	var buf bytes.Buffer
	n, err := a.Export(ctx, &buf)
	if err != nil {
		t.Fatal(err)
	}
	b := openTestDB(t, Options{NodeID: "b", Now: clock})
	for range 2 {
		got, err := b.Import(ctx, bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if got != n {
			t.Fatalf("imported %d, exported %d", got, n)
		}
	}
	var buf2 bytes.Buffer
	if _, err := b.Export(ctx, &buf2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), buf2.Bytes()) {
		t.Fatalf("export after import differs:\n%s\nvs\n%s", buf.String(), buf2.String())
	}

	// c follows a's change log; applying twice changes nothing.
	c := openTestDB(t, Options{NodeID: "c", Now: clock})
	follow := func(from *DB, to *DB, after uint64) uint64 {
		t.Helper()
		var evs []Event
		if err := from.Changes(ctx, after, func(e Event) error { evs = append(evs, e); return nil }); err != nil {
			t.Fatal(err)
		}
		for range 2 {
			if _, err := to.Apply(ctx, evs); err != nil {
				t.Fatal(err)
			}
		}
		return from.LastSeq()
	}
	cur := follow(a, c, 0)
	ms := check(c, spam[0])
	if len(ms) == 0 || ms[0].Signature.Count() != 2 {
		t.Fatalf("follower: matches %v, want count 2", ms)
	}
	// c reports too; a follows c: counts add up per origin, no duplicates.
	if _, _, err := c.Add(ctx, spam[0]); err != nil {
		t.Fatal(err)
	}
	follow(c, a, 0)
	if ms := check(a, spam[0]); len(ms) == 0 || ms[0].Signature.Count() != 3 {
		t.Fatalf("after merge: %v, want count 3", ms)
	}

	// A false positive is removed in one step, and the removal follows.
	wait := a.Notify()
	removed, err := a.RemoveMessage(ctx, spam[1])
	if err != nil {
		t.Fatal(err)
	}
	if len(removed) == 0 {
		t.Fatal("nothing removed")
	}
	select {
	case <-wait:
	default:
		t.Fatal("Notify channel not closed after a change")
	}
	if ms := check(a, spam[1]); len(ms) != 0 {
		t.Fatalf("after removal: %v", ms)
	}
	follow(a, c, cur)
	if ms := check(c, spam[1]); len(ms) != 0 {
		t.Fatalf("follower after removal: %v", ms)
	}

	// Expiry.
	later := now.Add(a.Options().TTL + time.Hour)
	if _, err := a.Expire(ctx, later); err != nil {
		t.Fatal(err)
	}
	var rest bytes.Buffer
	if k, err := a.Export(ctx, &rest); err != nil || k != 0 {
		t.Fatalf("after expiry export has %d signatures (%v)", k, err)
	}
	if err := a.Changes(ctx, 0, func(Event) error { return nil }); !errors.Is(err, ErrLogTrimmed) {
		t.Fatalf("Changes from 0 after trim: %v, want ErrLogTrimmed", err)
	}
	// Removal and expiry leave no record, bucket or expiry key behind.
	for _, p := range [][]byte{prefRecord, prefBand, prefExpiry} {
		it, err := a.db.NewIter(&pebble.IterOptions{LowerBound: p, UpperBound: store.UpperBound(p)})
		if err != nil {
			t.Fatal(err)
		}
		if it.First() {
			t.Errorf("after expiry: key %q left", it.Key())
		}
		it.Close()
	}
}

// TestBucket checks that a bucket stays a sorted set of IDs holding at most
// maxBucket of them.
func TestBucket(t *testing.T) {
	var v []byte
	var want []ID
	for i := range maxBucket + 10 {
		id := ID{byte(i * 7919 >> 8), byte(i * 7919), 0xaa}
		nv, changed := bucketInsert(v, id)
		if changed != (i < maxBucket) {
			t.Fatalf("insert %d into %d IDs: changed %v", i, len(v)/8, changed)
		}
		v = nv
		if changed {
			want = append(want, id)
		}
	}
	if _, changed := bucketInsert(v[:8*(maxBucket-1)], ID(v[:8])); changed {
		t.Fatal("inserting an ID already there changed the bucket")
	}
	slices.SortFunc(want, func(a, b ID) int { return bytes.Compare(a[:], b[:]) })
	if got := bucketIDs(v); !slices.Equal(got, want) {
		t.Fatalf("bucket %v, want %v", got, want)
	}
	for i, id := range want {
		nv, changed := bucketRemove(v, id)
		if !changed || len(nv) != len(v)-8 {
			t.Fatalf("remove %d: changed %v, %d bytes left of %d", i, changed, len(nv), len(v))
		}
		if !slices.Equal(bucketIDs(nv), want[i+1:]) {
			t.Fatalf("remove %d: left %v", i, bucketIDs(nv))
		}
		if _, changed := bucketRemove(nv, id); changed {
			t.Fatalf("removing %d twice changed the bucket", i)
		}
		v = nv
	}
}

func bucketIDs(v []byte) []ID {
	var ids []ID
	for off := 0; off < len(v); off += 8 {
		ids = append(ids, ID(v[off:off+8]))
	}
	return ids
}

// TestImportMalformed reads cases from testdata/import_bad.txt: "### name
// line=N" and the stream. Records are first imported into a fresh database
// so that a rejected stream that also holds valid records must not leave
// them behind. Each must be rejected naming line N and leave the
// database as it was.
func TestImportMalformed(t *testing.T) {
	ctx := context.Background()
	d := openTestDB(t, Options{NodeID: "a"})
	for _, m := range readMessages(t, "spam") {
		if _, _, err := d.Add(ctx, m); err != nil {
			t.Fatal(err)
		}
	}
	var before bytes.Buffer
	if _, err := d.Export(ctx, &before); err != nil {
		t.Fatal(err)
	}
	seq := d.LastSeq()
	valid := strings.SplitAfter(before.String(), "\n")
	b, err := os.ReadFile("testdata/import_bad.txt")
	if err != nil {
		t.Fatal(err)
	}
	cases := strings.Split(string(b), "### ")[1:]
	for _, c := range cases {
		head, stream, _ := strings.Cut(c, "\n")
		name, lineSpec, _ := strings.Cut(head, " line=")
		wantLine, _ := strconv.Atoi(lineSpec)
		// $HEADER stands for the export's first line, $REC1 and $REC2 for
		// its first two records (one line each).
		stream = strings.ReplaceAll(stream, "$HEADER", strings.TrimSuffix(valid[0], "\n"))
		stream = strings.ReplaceAll(stream, "$REC1", strings.TrimSuffix(valid[1], "\n"))
		stream = strings.ReplaceAll(stream, "$REC2", strings.TrimSuffix(valid[2], "\n"))
		t.Run(name, func(t *testing.T) {
			_, err := d.Import(ctx, strings.NewReader(stream))
			var ie *ImportError
			if !errors.As(err, &ie) {
				t.Fatalf("err = %v, want an ImportError", err)
			}
			if want := wantLine; ie.Line != want {
				t.Errorf("error at line %d, want %d: %v", ie.Line, want, err)
			}
			var after bytes.Buffer
			if _, err := d.Export(ctx, &after); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(before.Bytes(), after.Bytes()) || d.LastSeq() != seq {
				t.Error("database changed by a rejected import")
			}
		})
	}
}

func TestScorer(t *testing.T) {
	ctx := context.Background()
	d := openTestDB(t, Options{NodeID: "a"})
	s, err := NewScorer(d, ScorerOptions{})
	if err != nil {
		t.Fatal(err)
	}
	spam := readMessages(t, "spam")
	in := &scoring.Input{Msg: spam[0]}
	syms, err := s.Score(ctx, in)
	if err != nil || len(syms) != 0 {
		t.Fatalf("empty db: %v %v", syms, err)
	}
	var prev float64
	for i := range 3 {
		if _, _, err := d.Add(ctx, spam[0]); err != nil {
			t.Fatal(err)
		}
		syms, err := s.Score(ctx, &scoring.Input{Msg: spam[0]})
		if err != nil || len(syms) != 1 || syms[0].Name != SymExact {
			t.Fatalf("report %d: %v %v", i+1, syms, err)
		}
		if syms[0].Score <= prev || syms[0].Score > 8 {
			t.Fatalf("report %d: score %v after %v: must grow and stay under the cap", i+1, syms[0].Score, prev)
		}
		prev = syms[0].Score
	}
	// A reworded copy matches fuzzily with a smaller score.
	b, _ := os.ReadFile("testdata/digest/reworded.txt")
	_, rest, _ := strings.Cut(string(b), "\n")
	x, y, _ := strings.Cut(rest, "\n---\n")
	if _, _, err := d.Add(ctx, parseText(t, x)); err != nil {
		t.Fatal(err)
	}
	syms, err = s.Score(ctx, &scoring.Input{Msg: parseText(t, y)})
	if err != nil || len(syms) != 1 || syms[0].Name != SymFuzzy || syms[0].Score <= 0 || syms[0].Score > 6*0.5 {
		t.Fatalf("fuzzy: %v %v", syms, err)
	}
}
