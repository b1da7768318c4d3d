package bayes

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"math"
	"testing"
)

// learnAll learns each token list of msgs as one message, spam or ham.
func learnAll(t *testing.T, m *Model, user string, spam bool, msgs ...[]string) {
	t.Helper()
	for _, toks := range msgs {
		id := sha256.Sum256([]byte(fmt.Sprint(spam, toks)))
		if _, err := m.Learn(context.Background(), user, id, toks, spam); err != nil {
			t.Fatal(err)
		}
	}
}

// cjkCorpus is an English ham corpus beside two Japanese spam and two
// Japanese ham: "投資" is in one of each Japanese class, "latin" too.
func cjkCorpus(t *testing.T, m *Model, user string) {
	t.Helper()
	for i := range 20 {
		learnAll(t, m, user, false, []string{"hello", fmt.Sprintf("word%d", i)})
	}
	learnAll(t, m, user, true, []string{"投資", "latin"}, []string{"当選", "other"})
	learnAll(t, m, user, false, []string{"投資", "latin"}, []string{"会議", "other"})
}

// TestCJKRates checks that a token of a CJK script is judged among the
// messages with text in those scripts. Among all messages, a Japanese word
// found in as many Japanese spam as Japanese ham would look like spam
// merely because the ham corpus is mostly English; among Japanese messages
// it is neutral. A Latin-script token with the same counts is still judged
// among all messages.
func TestCJKRates(t *testing.T) {
	ctx := context.Background()
	for _, user := range []string{"", "alice"} {
		m, _ := openModel(t, Options{MinDev: 0.1})
		cjkCorpus(t, m, user)
		ja, err := m.Score(ctx, user, []string{"投資"})
		if err != nil {
			t.Fatal(err)
		}
		if ja.Used != 0 || ja.Prob != 0.5 {
			t.Errorf("user %q: a Japanese token in 1 of 2 Japanese spam and 1 of 2 Japanese ham: %+v, want neutral", user, ja)
		}
		latin, err := m.Score(ctx, user, []string{"latin"})
		if err != nil {
			t.Fatal(err)
		}
		if latin.Used != 1 || latin.Top[0].Prob < 0.7 {
			t.Errorf("user %q: a Latin token in 1 of 2 spam and 1 of 22 ham: %+v, want spam", user, latin)
		}
	}
}

// TestCJKStrength checks that a token of a CJK script seen once is pulled
// toward the prior by CJKStrength, and a Latin one by Strength when
// Smoothing is negative: with even classes and one observation,
// f = (s/2 + 1) / (s + 1). By default a Latin token's rates are smoothed:
// seen in 1 of 2 spam and 0 of 2 ham, f = (1/2 + a/2) / (1/2 + a).
func TestCJKStrength(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name           string
		opts           Options
		wantJA, wantEN float64
	}{
		{"defaults", Options{MinDev: 0.1}, (0.05 + 1) / 1.1, (0.5 + 0.0015) / 0.503},
		{"Robinson for all", Options{MinDev: 0.1, Smoothing: -1}, (0.05 + 1) / 1.1, (0.005 + 1) / 1.01},
		{"same strength", Options{MinDev: 0.1, Smoothing: -1, CJKStrength: 0.01}, (0.005 + 1) / 1.01, (0.005 + 1) / 1.01},
		{"strong prior", Options{MinDev: 0.1, Smoothing: -1, Strength: 1, CJKStrength: 3}, (1.5 + 1) / 4, (0.5 + 1) / 2},
		{"strong smoothing", Options{MinDev: 0.1, Smoothing: 0.5, CJKStrength: 3}, (1.5 + 1) / 4, 0.75 / 1.0},
	} {
		m, _ := openModel(t, tc.opts)
		// Two spam and two ham, every one with Japanese text.
		learnAll(t, m, "", true, []string{"当選", "winner", "日本"}, []string{"日本", "a"})
		learnAll(t, m, "", false, []string{"日本", "b"}, []string{"日本", "c"})
		for _, q := range []struct {
			tok  string
			want float64
		}{{"当選", tc.wantJA}, {"winner", tc.wantEN}} {
			r, err := m.Score(ctx, "", []string{q.tok})
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Top) != 1 || math.Abs(r.Top[0].Prob-q.want) > 1e-9 {
				t.Errorf("%s: %q in 1 of 2 spam, 0 of 2 ham: clues %+v, want f = %.6f", tc.name, q.tok, r.Top, q.want)
			}
		}
	}
}

// TestCJKUntrackedScope checks a scope whose totals were written before CJK
// messages were counted: it keeps judging every token among all messages,
// and learning more does not start a count that would miss the messages
// learned before.
func TestCJKUntrackedScope(t *testing.T) {
	ctx := context.Background()
	m, db := openModel(t, Options{MinDev: 0.1})
	cjkCorpus(t, m, "")
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}
	// The totals as the previous format wrote them: three uvarints.
	tot, _, err := m.getTotals(scopeOf(""))
	if err != nil {
		t.Fatal(err)
	}
	old := tot
	old.cjk, old.cjkSpam, old.cjkHam = false, 0, 0
	enc := old.encode()
	if d, err := decodeTotals(enc); err != nil || d.cjk {
		t.Fatalf("old totals %x decode as %+v, %v", enc, d, err)
	}
	if err := db.Pebble().Set(totalsKey(scopeOf("")), enc, nil); err != nil {
		t.Fatal(err)
	}
	m, err = Open(ctx, db, Options{MinDev: 0.1})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	learnAll(t, m, "", true, []string{"新着", "more"})
	got, _, err := m.getTotals(scopeOf(""))
	if err != nil {
		t.Fatal(err)
	}
	if got.cjk || got.cjkSpam != 0 || got.spam != tot.spam+1 {
		t.Errorf("totals %+v after learning in an old scope, want spam %d and no CJK counts", got, tot.spam+1)
	}
	ja, err := m.Score(ctx, "", []string{"投資"})
	if err != nil {
		t.Fatal(err)
	}
	if ja.Used != 1 || ja.Top[0].Prob < 0.8 {
		t.Errorf("old scope: %+v, want the token judged among all messages (spam)", ja)
	}
}

func TestDecodeTotals(t *testing.T) {
	tests := []struct {
		name string
		v    []byte
		want totals
		ok   bool
	}{
		{"old format", []byte{5, 7, 100}, totals{spam: 5, ham: 7, tokens: 100}, true},
		{"with CJK counts", []byte{5, 7, 100, cjkMarker, 2, 3}, totals{spam: 5, ham: 7, tokens: 100, cjk: true, cjkSpam: 2, cjkHam: 3}, true},
		{"bad marker", []byte{5, 7, 100, 'x', 2, 3}, totals{}, false},
		{"more CJK spam than spam", []byte{5, 7, 100, cjkMarker, 6, 3}, totals{}, false},
		{"more CJK ham than ham", []byte{5, 7, 100, cjkMarker, 2, 8}, totals{}, false},
		{"trailing byte", []byte{5, 7, 100, cjkMarker, 2, 3, 0}, totals{}, false},
		{"cut short", []byte{5, 7, 100, cjkMarker, 2}, totals{}, false},
	}
	for _, tc := range tests {
		got, err := decodeTotals(tc.v)
		if (err == nil) != tc.ok || tc.ok && got != tc.want {
			t.Errorf("%s: decodeTotals(%x) = %+v, %v; want %+v, ok %v", tc.name, tc.v, got, err, tc.want, tc.ok)
		}
		if tc.ok && !bytes.Equal(got.encode(), tc.v) {
			t.Errorf("%s: %+v encodes as %x, want %x", tc.name, got, got.encode(), tc.v)
		}
	}
}

func TestCJKToken(t *testing.T) {
	tests := []struct {
		tok  string
		want bool
	}{
		{"投資", true}, {"subj:当選", true}, {"カタカナ", true}, {"ひらがな", true}, {"안녕", true},
		{"𠮷野家", true}, // Han beyond the BMP
		{"hello", false}, {"café", false}, {"char:fullwidth-ascii", false}, {"Привет", false},
		{"€100", false}, {"", false}, {"\xe3\x81", false},
	}
	for _, tc := range tests {
		if got := cjkToken(tc.tok); got != tc.want {
			t.Errorf("cjkToken(%q) = %v, want %v", tc.tok, got, tc.want)
		}
	}
}
