package store

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cockroachdb/pebble/v2"
)

func TestSpacesDoNotCollide(t *testing.T) {
	spaces := []Space{Meta, Bayes, Sigdb, Users, URLs}
	for i, a := range spaces {
		for _, b := range spaces[i+1:] {
			ka, kb := a.Key([]byte("x")), b.Key([]byte("x"))
			if bytes.HasPrefix(ka, b.Prefix()) || bytes.HasPrefix(kb, a.Prefix()) {
				t.Errorf("spaces %q and %q overlap", a.Prefix(), b.Prefix())
			}
		}
	}
	if got := Bayes.Key([]byte("tok"), []byte{1}); string(got) != "b/tok\x01" {
		t.Errorf("Key = %q", got)
	}
}

func TestUpperBound(t *testing.T) {
	cases := []struct{ in, want []byte }{
		{[]byte("b/"), []byte("b0")},
		{[]byte{'a', 0xff}, []byte{'b'}},
		{[]byte{0xff, 0xff}, nil},
	}
	for _, c := range cases {
		if got := UpperBound(c.in); !bytes.Equal(got, c.want) {
			t.Errorf("UpperBound(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestOpenWritesVersionAndReopens(t *testing.T) {
	dir := t.TempDir()
	db, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Pebble().Set(Users.Key([]byte("alice")), []byte("v"), db.WriteOptions()); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db, err = Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	v, closer, err := db.Pebble().Get(versionKey)
	if err != nil {
		t.Fatal(err)
	}
	if string(v) != "1" {
		t.Errorf("version %q, want 1", v)
	}
	closer.Close()
	v, closer, err = db.Pebble().Get(Users.Key([]byte("alice")))
	if err != nil || string(v) != "v" {
		t.Fatalf("value lost across reopen: %q %v", v, err)
	}
	closer.Close()
	if n, err := db.Size(); err != nil || n == 0 {
		t.Errorf("Size = %d, %v", n, err)
	}
}

func TestOpenRefusesNewerLayout(t *testing.T) {
	dir := t.TempDir()
	pdb, err := pebble.Open(dir, &pebble.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := pdb.Set(versionKey, []byte("99"), pebble.Sync); err != nil {
		t.Fatal(err)
	}
	pdb.Close()
	_, err = Open(dir, Options{})
	if err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("Open of a newer layout: %v, want an error saying it is newer", err)
	}
}

// TestLockedByAnotherProcess opens the store in a child process and checks
// that this process is told the store is locked.
func TestLockedByAnotherProcess(t *testing.T) {
	if dir := os.Getenv("STORE_TEST_HOLD"); dir != "" {
		db, err := Open(dir, Options{})
		if err != nil {
			os.Exit(3)
		}
		os.Stdout.WriteString("held\n")
		buf := make([]byte, 1)
		os.Stdin.Read(buf) // hold until the parent closes stdin
		db.Close()
		os.Exit(0)
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestLockedByAnotherProcess$")
	cmd.Env = append(os.Environ(), "STORE_TEST_HOLD="+dir)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 5)
	if _, err := stdout.Read(buf); err != nil || string(buf) != "held\n" {
		t.Fatalf("child did not open the store: %q %v", buf, err)
	}
	_, err = Open(dir, Options{})
	if !errors.Is(err, ErrLocked) {
		t.Errorf("Open of a held store: %v, want ErrLocked", err)
	}
	stdin.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("child: %v", err)
	}
	db, err := Open(dir, Options{})
	if err != nil {
		t.Fatalf("Open after the holder exited: %v", err)
	}
	db.Close()
}

func TestOptionsValidate(t *testing.T) {
	for _, c := range []struct {
		o     Options
		field string // "" when valid
	}{
		{Options{}, ""},
		{Options{CacheSize: 1 << 20, MemTableSize: 64 << 20}, ""},
		{Options{CacheSize: -1}, "CacheSize"},
		{Options{MemTableSize: -1}, "MemTableSize"},
		{Options{MemTableSize: 4 << 30}, "MemTableSize"},
	} {
		err := c.o.Validate()
		if c.field == "" && err != nil || c.field != "" && (err == nil || !strings.Contains(err.Error(), c.field)) {
			t.Errorf("%+v: Validate = %v, want an error naming %q", c.o, err, c.field)
		}
	}
}

// TestMemTableSize opens a store with a large memtable, writes past the
// default size and reads everything back after reopening.
func TestMemTableSize(t *testing.T) {
	dir := t.TempDir()
	db, err := Open(dir, Options{MemTableSize: 32 << 20, NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	val := make([]byte, 1024)
	for i := range 8192 { // 8 MiB: more than the default memtable
		if err := db.Pebble().Set([]byte(fmt.Sprintf("t/%05d", i)), val, db.WriteOptions()); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db, err = Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, i := range []int{0, 4095, 8191} {
		v, closer, err := db.Pebble().Get([]byte(fmt.Sprintf("t/%05d", i)))
		if err != nil {
			t.Fatalf("key %d after reopen: %v", i, err)
		}
		if len(v) != len(val) {
			t.Errorf("key %d: %d bytes, want %d", i, len(v), len(val))
		}
		closer.Close()
	}
}

// TestCloseDropsSpentLogs checks that a store opened for a bulk load (a
// large MemTableSize) leaves no spent write-ahead logs behind when closed,
// and that what was written survives.
func TestCloseDropsSpentLogs(t *testing.T) {
	dir := t.TempDir()
	db, err := Open(dir, Options{MemTableSize: 8 << 20, NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	val := make([]byte, 1024)
	const n = 24 << 10 // 24 MiB: three in-memory tables, so logs are rotated
	for i := range n {
		if err := db.Pebble().Set([]byte(fmt.Sprintf("t/%06d", i)), val, db.WriteOptions()); err != nil {
			t.Fatal(err)
		}
	}
	if logs := logBytes(t, dir); logs < 8<<20 {
		t.Fatalf("before Close: %d bytes of logs; the test wants rotated logs to drop", logs)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if logs := logBytes(t, dir); logs > 64<<10 {
		t.Errorf("after Close: %d bytes of write-ahead logs left, want at most 64 KiB", logs)
	}
	db, err = Open(dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, i := range []int{0, n / 2, n - 1} {
		v, closer, err := db.Pebble().Get([]byte(fmt.Sprintf("t/%06d", i)))
		if err != nil {
			t.Fatalf("key %d after Close: %v", i, err)
		}
		if len(v) != len(val) {
			t.Errorf("key %d: %d bytes, want %d", i, len(v), len(val))
		}
		closer.Close()
	}
}

// logBytes is the size of the write-ahead logs in dir.
func logBytes(t *testing.T, dir string) int64 {
	t.Helper()
	ms, err := filepath.Glob(filepath.Join(dir, "*.log"))
	if err != nil {
		t.Fatal(err)
	}
	var n int64
	for _, m := range ms {
		fi, err := os.Stat(m)
		if err != nil {
			t.Fatal(err)
		}
		n += fi.Size()
	}
	return n
}
