package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mizugiwa/mizugiwa/store"
	"github.com/mizugiwa/mizugiwa/tokenizer"
)

// TestTrainJapaneseRecorded checks that the Japanese tokenization a store is
// first trained with is recorded and used by every later process, and that
// training with another one is refused, also for a store trained before the
// mode was recorded (which used the default).
func TestTrainJapaneseRecorded(t *testing.T) {
	spam := filepath.Join("..", "..", "bench", "testdata", "ja-holdout", "spam")
	ham := filepath.Join("..", "..", "bench", "testdata", "ja-holdout", "ham")
	mode := func(t *testing.T, dir string) tokenizer.JapaneseMode {
		t.Helper()
		st, err := openStack(context.Background(), dir, store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		return st.tok.Options().Japanese
	}
	for _, tc := range []struct {
		name          string
		first, second string // --japanese of the first and second training ("" for none)
		user          bool   // the first training is for a user only, not the global model
		unrecorded    bool   // drop the record after the first training, as a store of an older version
		refused       bool
		want          tokenizer.JapaneseMode
	}{
		{"bigram then the same", "bigram", "bigram", false, false, false, tokenizer.Bigram},
		{"bigram then nothing said", "bigram", "", false, false, false, tokenizer.Bigram},
		{"bigram then morph", "bigram", "morph", false, false, true, tokenizer.Bigram},
		{"default then morph", "", "morph", false, false, true, tokenizer.Both},
		{"default then both", "", "both", false, false, false, tokenizer.Both},
		{"morph then nothing said", "morph", "", false, false, false, tokenizer.Morph},
		{"older store then both", "morph", "both", false, true, true, tokenizer.Morph},
		{"older store then morph", "morph", "morph", false, true, false, tokenizer.Morph},
		{"older store then nothing said", "morph", "", false, true, false, tokenizer.Morph},
		{"user only, bigram then morph", "bigram", "morph", true, false, true, tokenizer.Bigram},
		{"older store, user only, then both", "morph", "both", true, true, true, tokenizer.Morph},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			args := func(j string, more ...string) []string {
				a := []string{"train", "--data", dir, "--quiet"}
				if j != "" {
					a = append(a, "--japanese", j)
				}
				return append(a, more...)
			}
			first := args(tc.first, "--spam", spam, "--ham", ham)
			if tc.user {
				first = append(first, "--user", "alice@example.jp")
			}
			if out, errOut, code := mizugiwa(first...); code != 0 {
				t.Fatalf("first training: exit %d\n%s%s", code, out, errOut)
			}
			if tc.unrecorded {
				db, err := store.Open(dir, store.Options{})
				if err != nil {
					t.Fatal(err)
				}
				if err := db.Pebble().Delete(japaneseKey, nil); err != nil {
					t.Fatal(err)
				}
				if err := db.Close(); err != nil {
					t.Fatal(err)
				}
			}
			out, errOut, code := mizugiwa(args(tc.second, "--spam", spam)...)
			if tc.refused {
				if code == 0 || !strings.Contains(errOut, "was trained with --japanese") {
					t.Errorf("second training: exit %d, want a refusal naming the store's tokenization\n%s%s", code, out, errOut)
				}
			} else if code != 0 {
				t.Errorf("second training: exit %d\n%s%s", code, out, errOut)
			}
			if got := mode(t, dir); got != tc.want {
				t.Errorf("the store is read with %v, want %v", got, tc.want)
			}
		})
	}
}
