package urlfilter

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/mizugiwa/mizugiwa/store"
)

func openStore(t *testing.T, dir string) *store.DB {
	t.Helper()
	db, err := store.Open(dir, store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// TestListsMatch checks matching on host suffixes at label boundaries.
func TestListsMatch(t *testing.T) {
	ctx := context.Background()
	l, err := OpenLists(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Add(ctx, Blocklist, "example.com", "HTTP://Evil.Example.NET./x", "例え.jp", "192.168.0.1"); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ host, want string }{
		{"example.com", "example.com"},
		{"a.b.example.com", "example.com"},
		{"badexample.com", ""},
		{"example.com.evil.example", ""},
		{"evil.example.net", "evil.example.net"},
		{"www.evil.example.net", "evil.example.net"},
		{"example.net", ""},
		{"www.xn--r8jz45g.jp", "xn--r8jz45g.jp"},
		{"192.168.0.1", "192.168.0.1"},
		{"10.192.168.0.1", "192.168.0.1"}, // not an IP host anyway; shows suffix logic
		{"192.168.0.10", ""},
	} {
		if got := l.Match(Blocklist, tc.host); got != tc.want {
			t.Errorf("Match(block, %q) = %q, want %q", tc.host, got, tc.want)
		}
		if got := l.Match(Allowlist, tc.host); got != "" {
			t.Errorf("Match(allow, %q) = %q, want none", tc.host, got)
		}
	}
	if err := l.Add(ctx, "grey", "example.com"); err == nil {
		t.Error("Add to an unknown list succeeded")
	}
	if err := l.Add(ctx, Blocklist, "http://999.1.1.1/"); err == nil {
		t.Error("Add of an invalid host succeeded")
	}
}

// TestListsStore checks that edits persist, LoadFile, and Remove.
func TestListsStore(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := openStore(t, filepath.Join(dir, "db"))
	l, err := OpenLists(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "block.txt")
	if err := os.WriteFile(file, []byte("# spam hosts\nexample.com\n  spam.example.net  # trailing comment\n\nwww.例え.jp\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	n, err := l.LoadFile(ctx, Blocklist, file)
	if err != nil || n != 3 {
		t.Fatalf("LoadFile = %d, %v; want 3", n, err)
	}
	if err := l.Add(ctx, Allowlist, "good.example.org"); err != nil {
		t.Fatal(err)
	}
	if err := l.Remove(ctx, Blocklist, "example.com", "not-there.example"); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db = openStore(t, filepath.Join(dir, "db"))
	defer db.Close()
	l, err = OpenLists(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := l.List(Blocklist), []string{"spam.example.net", "www.xn--r8jz45g.jp"}; !slices.Equal(got, want) {
		t.Errorf("block list after reopen = %q, want %q", got, want)
	}
	if got, want := l.List(Allowlist), []string{"good.example.org"}; !slices.Equal(got, want) {
		t.Errorf("allow list after reopen = %q, want %q", got, want)
	}
	bad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(bad, []byte("ok.example\nexa mple.com\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := l.LoadFile(ctx, Blocklist, bad); err == nil {
		t.Error("LoadFile of a bad entry succeeded")
	}
	if l.Match(Blocklist, "ok.example") != "" {
		t.Error("a failed LoadFile added entries")
	}
}

// TestListsConcurrent edits and reads the lists at once (run with -race).
func TestListsConcurrent(t *testing.T) {
	ctx := context.Background()
	l, _ := OpenLists(ctx, nil)
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Go(func() {
			for j := range 200 {
				host := "h" + string(rune('a'+i)) + ".example.com"
				if j%2 == 0 {
					_ = l.Add(ctx, Blocklist, host)
				} else {
					_ = l.Remove(ctx, Blocklist, host)
				}
				l.Match(Blocklist, "x."+host)
				l.List(Blocklist)
			}
		})
	}
	wg.Wait()
	if got := l.List(Blocklist); len(got) != 0 {
		t.Errorf("after balanced adds and removes the list holds %q", got)
	}
}
