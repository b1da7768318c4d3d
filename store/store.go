// Package store is mizugiwa's embedded key-value store: one Pebble database
// on local disk, opened once per process and shared by every component.
//
// Each component owns a key space, a one-byte prefix followed by a slash, so
// that components never collide and a component can be scanned or dropped
// alone:
//
//	"\x00meta/version"   the layout version (LayoutVersion, decimal ASCII)
//	"b/..."              bayes: token counts, per-user counts, learned digests
//	"s/..."              sigdb: signatures and their indexes
//	"u/..."              users: per-user settings
//	"l/..."              urlfilter: URL block and allow lists
//
// The bytes after the prefix belong to the component and are documented in its
// package. Open refuses a store written by a newer layout version.
package store

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"github.com/cockroachdb/pebble/v2"
	"github.com/cockroachdb/pebble/v2/bloom"
)

// LayoutVersion is the version of the key layout this code writes.
const LayoutVersion = 1

// Space is a component's key space.
type Space byte

// The key spaces. Each is the first byte of every key the component writes.
const (
	Meta  Space = 0x00
	Bayes Space = 'b'
	Sigdb Space = 's'
	Users Space = 'u'
	URLs  Space = 'l'
)

// Prefix returns the key prefix of space s ("b/" for Bayes).
func (s Space) Prefix() []byte { return []byte{byte(s), '/'} }

// Key returns the key made of s's prefix followed by parts.
func (s Space) Key(parts ...[]byte) []byte {
	n := 2
	for _, p := range parts {
		n += len(p)
	}
	k := make([]byte, 0, n)
	k = append(k, byte(s), '/')
	for _, p := range parts {
		k = append(k, p...)
	}
	return k
}

// UpperBound returns the smallest key greater than every key with prefix p,
// for use as an iterator's upper bound. It returns nil if there is none.
func UpperBound(p []byte) []byte {
	end := bytes.Clone(p)
	for i := len(end) - 1; i >= 0; i-- {
		end[i]++
		if end[i] != 0 {
			return end[:i+1]
		}
	}
	return nil
}

var versionKey = Meta.Key([]byte("version"))

// ErrLocked is returned by Open when another process holds the store.
var ErrLocked = errors.New("store is locked by another process (is a server running on it? use --server)")

// Options configure Open.
type Options struct {
	// ReadOnly opens the store without writing to it.
	ReadOnly bool
	// CacheSize is Pebble's block cache size in bytes. Default 64 MiB.
	CacheSize int64
	// NoSync makes WriteOptions not wait for the disk: faster, but a crash
	// of the machine (not only of the process) may lose the last writes. For
	// throw-away stores such as an evaluation's.
	NoSync bool
	// MemTableSize is the size in bytes of the in-memory table that
	// collects writes before they are flushed to a file. Default Pebble's
	// (4 MiB). A bulk load such as training a corpus flushes and compacts
	// far less with a larger one, at the cost of that much memory (twice,
	// while one is being flushed).
	MemTableSize int64
	// Logger receives Pebble's error reports (its informational chatter is
	// dropped). Default slog.Default().
	Logger *slog.Logger
}

// Validate reports the first invalid field.
func (o Options) Validate() error {
	if o.CacheSize < 0 {
		return fmt.Errorf("store: options: CacheSize %d is negative", o.CacheSize)
	}
	if o.MemTableSize < 0 || o.MemTableSize >= 4<<30 {
		return fmt.Errorf("store: options: MemTableSize %d is not in [0, 4 GiB)", o.MemTableSize)
	}
	return nil
}

// DB is an open store.
type DB struct {
	dir      string
	db       *pebble.DB
	sync     *pebble.WriteOptions
	readOnly bool
	opts     Options // as given to Open, for the reopen in Close
}

// Open opens (creating if needed) the store in dir.
func Open(dir string, o Options) (*DB, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	if o.CacheSize == 0 {
		o.CacheSize = 64 << 20
	}
	if !o.ReadOnly {
		if err := os.MkdirAll(dir, 0o750); err != nil {
			return nil, fmt.Errorf("store: open %s: %w", dir, err)
		}
	}
	cache := pebble.NewCache(o.CacheSize)
	defer cache.Unref()
	popts := &pebble.Options{
		Cache:    cache,
		ReadOnly: o.ReadOnly,
		Logger:   pebbleLogger{log: cmpOr(o.Logger, slog.Default())},
	}
	if o.MemTableSize > 0 {
		popts.MemTableSize = uint64(o.MemTableSize)
	}
	// Bloom filters on every level: components look up many keys that are
	// absent (tokens a user never trained, digests never reported).
	for i := range popts.Levels {
		popts.Levels[i].FilterPolicy = bloom.FilterPolicy(10)
	}
	popts.EnsureDefaults()
	pdb, err := pebble.Open(dir, popts)
	if err != nil {
		if isLockErr(err) {
			return nil, fmt.Errorf("store: open %s: %w", dir, ErrLocked)
		}
		return nil, fmt.Errorf("store: open %s: %w", dir, err)
	}
	d := &DB{dir: dir, db: pdb, sync: pebble.Sync, readOnly: o.ReadOnly, opts: o}
	if o.NoSync {
		d.sync = pebble.NoSync
	}
	if err := d.checkVersion(o.ReadOnly); err != nil {
		pdb.Close()
		return nil, err
	}
	return d, nil
}

func isLockErr(err error) bool {
	if errors.Is(err, syscall.EAGAIN) || errors.Is(err, syscall.EWOULDBLOCK) {
		return true
	}
	s := err.Error()
	return strings.Contains(s, "resource temporarily unavailable") || strings.Contains(s, "lock held")
}

func (d *DB) checkVersion(readOnly bool) error {
	v, closer, err := d.db.Get(versionKey)
	switch {
	case errors.Is(err, pebble.ErrNotFound):
		if readOnly {
			return nil
		}
		if err := d.db.Set(versionKey, []byte(strconv.Itoa(LayoutVersion)), pebble.Sync); err != nil {
			return fmt.Errorf("store: %s: write version: %w", d.dir, err)
		}
		return nil
	case err != nil:
		return fmt.Errorf("store: %s: read version: %w", d.dir, err)
	}
	defer closer.Close()
	n, err := strconv.Atoi(string(v))
	if err != nil {
		return fmt.Errorf("store: %s: bad version marker %q", d.dir, v)
	}
	if n > LayoutVersion {
		return fmt.Errorf("store: %s: layout version %d is newer than this program's %d", d.dir, n, LayoutVersion)
	}
	return nil
}

// Dir returns the directory the store lives in.
func (d *DB) Dir() string { return d.dir }

// Pebble returns the underlying Pebble database. Components write only under
// their own Space.
func (d *DB) Pebble() *pebble.DB { return d.db }

// WriteOptions returns the write options for commits that must survive a
// crash (Sync unless the store was opened with NoSync).
func (d *DB) WriteOptions() *pebble.WriteOptions { return d.sync }

// Size returns the bytes on disk of the store's directory.
func (d *DB) Size() (int64, error) {
	var n int64
	err := filepath.Walk(d.dir, func(_ string, fi os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if !fi.IsDir() {
			n += fi.Size()
		}
		return nil
	})
	return n, err
}

// Close flushes the in-memory table to disk and closes the store, so that
// the next Open replays no write-ahead log: with a large MemTableSize that
// log can hold tens of megabytes, which the next process would otherwise
// read back into memory.
//
// A store opened with a MemTableSize above Pebble's default is then opened
// and closed once more with the default: Pebble keeps its spent write-ahead
// logs for reuse, each preallocated to 110% of the in-memory table, and
// removes them only when it opens the store. After a bulk load (training a
// corpus with 16 MiB tables) they take several times the disk the model
// does until the next process opens it.
func (d *DB) Close() error {
	var ferr error
	if !d.readOnly {
		if err := d.db.Flush(); err != nil {
			ferr = fmt.Errorf("store: flush %s: %w", d.dir, err)
		}
	}
	if err := d.db.Close(); err != nil {
		return fmt.Errorf("store: close %s: %w", d.dir, err)
	}
	if ferr != nil || d.readOnly || d.opts.MemTableSize <= defaultMemTableSize {
		return ferr
	}
	o := d.opts
	o.MemTableSize = 0
	o.CacheSize = 1 << 20
	again, err := Open(d.dir, o)
	if err != nil {
		return fmt.Errorf("store: close %s: reopen to drop spent logs: %w", d.dir, err)
	}
	if err := again.db.Close(); err != nil {
		return fmt.Errorf("store: close %s: %w", d.dir, err)
	}
	return nil
}

// defaultMemTableSize is Pebble's in-memory table size, used when
// Options.MemTableSize is 0.
const defaultMemTableSize = 4 << 20

// pebbleLogger passes Pebble's errors to slog and drops its progress notes.
type pebbleLogger struct{ log *slog.Logger }

func (pebbleLogger) Infof(string, ...interface{}) {}
func (l pebbleLogger) Errorf(format string, args ...interface{}) {
	l.log.Error("store: " + fmt.Sprintf(format, args...))
}
func (l pebbleLogger) Fatalf(format string, args ...interface{}) {
	msg := fmt.Sprintf(format, args...)
	l.log.Error("store: fatal: " + msg)
	panic("store: " + msg)
}

func cmpOr(l, d *slog.Logger) *slog.Logger {
	if l != nil {
		return l
	}
	return d
}
