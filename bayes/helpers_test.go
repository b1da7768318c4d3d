package bayes

import (
	"bufio"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/cockroachdb/pebble/v2"

	"github.com/mizugiwa/mizugiwa/corpus"
	"github.com/mizugiwa/mizugiwa/store"
)

// words is the naive tokenizer of the tests: runs of letters and digits,
// lower-cased, 2 to 40 bytes long, each once, in order of first appearance.
func words(text string) []string {
	seen := make(map[string]bool)
	var out []string
	for _, w := range strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if len(w) < 2 || len(w) > 40 {
			continue
		}
		w = strings.ToLower(w)
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// testMsg is a message as the tests feed it to the model.
type testMsg struct {
	name   string
	id     [32]byte
	tokens []string
	spam   bool
}

func readMsg(path string, spam bool) (testMsg, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return testMsg{}, err
	}
	return testMsg{name: path, id: sha256.Sum256(raw), tokens: words(string(raw)), spam: spam}, nil
}

// testdataMsg reads testdata/msg/NAME.eml.
func testdataMsg(t testing.TB, name string) testMsg {
	t.Helper()
	m, err := readMsg(filepath.Join("testdata", "msg", name+".eml"), strings.HasPrefix(name, "spam"))
	if err != nil {
		t.Fatal(err)
	}
	m.name = name
	return m
}

// openModel opens a model on a fresh store in a temporary directory.
func openModel(t testing.TB, opts Options) (*Model, *store.DB) {
	t.Helper()
	db, err := store.Open(t.TempDir(), store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	m, err := Open(context.Background(), db, opts)
	if err != nil {
		db.Close()
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := m.Close(); err != nil {
			t.Error(err)
		}
		if err := db.Close(); err != nil {
			t.Error(err)
		}
	})
	return m, db
}

// corpusRoot returns the SpamAssassin corpus root, or skips the test.
func corpusRoot(t testing.TB) string {
	t.Helper()
	root := corpus.DefaultDir()
	if _, err := os.Stat(filepath.Join(root, "data", "spam-1")); err != nil {
		t.Skipf("SpamAssassin corpus not found at %s (set MIZUGIWA_CORPUS or run `mizugiwa corpus fetch spamassassin`)", root)
	}
	return root
}

// splitList reads a shared split list (lines "spam PATH" / "ham PATH") and
// the messages it names, or skips the test.
func splitList(t testing.TB, name string) []testMsg {
	t.Helper()
	root := corpusRoot(t)
	list := filepath.Join("..", "..", "shared", "bench", name)
	f, err := os.Open(list)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("split list %s not found (shared/ must sit beside the repository)", list)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var msgs []testMsg
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		label, path, ok := strings.Cut(strings.TrimSpace(sc.Text()), " ")
		if !ok || (label != "spam" && label != "ham") {
			continue
		}
		m, err := readMsg(filepath.Join(root, path), label == "spam")
		if err != nil {
			t.Fatal(err)
		}
		msgs = append(msgs, m)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return msgs
}

// storedCounts reads every token count of user's scope from the store.
func storedCounts(t testing.TB, db *store.DB, user string) map[uint64][2]uint32 {
	t.Helper()
	lower, upper := tokenRange(scopeOf(user))
	it, err := db.Pebble().NewIter(&pebble.IterOptions{LowerBound: lower, UpperBound: upper})
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	out := make(map[uint64][2]uint32)
	for ok := it.First(); ok; ok = it.Next() {
		c, err := decodeCounts(it.Value())
		if err != nil {
			t.Fatalf("token %x: %v", it.Key(), err)
		}
		out[beUint64(it.Key()[len(lower):])] = [2]uint32{c.spam, c.ham}
	}
	return out
}

// memCounts returns the in-memory global table.
func memCounts(m *Model) map[uint64][2]uint32 {
	m.mu.RLock()
	defer m.mu.RUnlock()
	out := make(map[uint64][2]uint32, len(m.index))
	for h, i := range m.index {
		out[h] = [2]uint32{m.entries[i].spam, m.entries[i].ham}
	}
	return out
}

// scopeKeys counts every key of user's scope.
func scopeKeys(t testing.TB, db *store.DB, user string) int {
	t.Helper()
	scope := scopeOf(user)
	it, err := db.Pebble().NewIter(&pebble.IterOptions{LowerBound: scope, UpperBound: store.UpperBound(scope)})
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	n := 0
	for ok := it.First(); ok; ok = it.Next() {
		n++
	}
	return n
}

// recordCounts recomputes user's totals and token counts from the learned
// records in the store: what the counts must be.
func recordCounts(t testing.TB, db *store.DB, user string) (totals, map[uint64][2]uint32) {
	t.Helper()
	scope := scopeOf(user)
	lower := append(append([]byte{}, scope...), kindMsg)
	it, err := db.Pebble().NewIter(&pebble.IterOptions{LowerBound: lower, UpperBound: store.UpperBound(lower)})
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	var tot totals
	want := make(map[uint64][2]uint32)
	for ok := it.First(); ok; ok = it.Next() {
		r, err := decodeRecord(it.Value())
		if err != nil {
			t.Fatalf("record %x: %v", it.Key(), err)
		}
		k := 1
		if r.spam {
			k = 0
			tot.spam++
		} else {
			tot.ham++
		}
		switch {
		case r.cjk && r.spam:
			tot.cjkSpam++
		case r.cjk:
			tot.cjkHam++
		}
		for _, h := range r.hashes {
			c := want[h]
			c[k]++
			want[h] = c
		}
	}
	tot.tokens = uint64(len(want))
	// The scopes of these tests start empty: they count CJK messages.
	tot.cjk = tot.spam+tot.ham > 0
	return tot, want
}

func diffCounts(got, want map[uint64][2]uint32) error {
	for h, w := range want {
		if g := got[h]; g != w {
			return fmt.Errorf("token %016x: counts %v, want %v", h, g, w)
		}
	}
	for h, g := range got {
		if _, ok := want[h]; !ok {
			return fmt.Errorf("token %016x: counts %v, want none", h, g)
		}
	}
	return nil
}
