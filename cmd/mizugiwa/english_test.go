package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/mizugiwa/mizugiwa/store"
)

// TestEnglishRecorded checks that a store keeps the English tokenization it
// learned with: stemmed for a store that learns now, by training or through
// the server, and as written for one that learned before the record
// existed, whatever the Japanese record says.
func TestEnglishRecorded(t *testing.T) {
	ctx := context.Background()
	spam := filepath.Join("..", "..", "bench", "testdata", "ja-holdout", "spam")
	ham := filepath.Join("..", "..", "bench", "testdata", "ja-holdout", "ham")
	read := func(t *testing.T, dir string) (stem bool, record string) {
		t.Helper()
		st, err := openStack(ctx, dir, store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		v, closer, err := st.db.Pebble().Get(englishKey)
		if err == nil {
			record = string(v)
			closer.Close()
		}
		return !st.tok.Options().NoStem, record
	}
	drop := func(t *testing.T, dir string, keys ...[]byte) {
		t.Helper()
		db, err := store.Open(dir, store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range keys {
			if err := db.Pebble().Delete(k, nil); err != nil {
				t.Fatal(err)
			}
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
	}
	train := func(t *testing.T, dir string) {
		t.Helper()
		if out, errOut, code := mizugiwa("train", "--data", dir, "--quiet", "--spam", spam, "--ham", ham); code != 0 {
			t.Fatalf("train: exit %d\n%s%s", code, out, errOut)
		}
	}
	for _, tc := range []struct {
		name       string
		drop       [][]byte // records removed after the first training, as in a store of an older version
		wantStem   bool
		wantRecord string // after a second training
	}{
		{"trained now", nil, true, "stem"},
		{"older store, no records", [][]byte{japaneseKey, englishKey}, false, "plain"},
		{"older store, Japanese recorded", [][]byte{englishKey}, false, "plain"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			train(t, dir)
			drop(t, dir, tc.drop...)
			if stem, _ := read(t, dir); stem != tc.wantStem {
				t.Errorf("read with stemming %v, want %v", stem, tc.wantStem)
			}
			train(t, dir)
			if stem, rec := read(t, dir); stem != tc.wantStem || rec != tc.wantRecord {
				t.Errorf("after another training: stemming %v, record %q; want %v, %q", stem, rec, tc.wantStem, tc.wantRecord)
			}
		})
	}

	t.Run("learned through the server", func(t *testing.T) {
		dir := t.TempDir()
		st, err := openStack(ctx, dir, store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		raw, err := os.ReadFile(filepath.Join(spam, "account-verify-01.eml"))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := st.Learn(ctx, raw, "", true); err != nil {
			t.Fatal(err)
		}
		if err := st.Close(); err != nil {
			t.Fatal(err)
		}
		if stem, rec := read(t, dir); !stem || rec != "stem" {
			t.Errorf("stemming %v, record %q; want true, \"stem\"", stem, rec)
		}
		st, err = openStack(ctx, dir, store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		if got := st.tok.Options().Japanese; got.String() != "both" {
			t.Errorf("Japanese read as %v, want the default it learned with, both", got)
		}
	})
}
