package urlfilter

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"

	"github.com/cockroachdb/pebble/v2"
	"github.com/mizugiwa/mizugiwa/store"
	"github.com/mizugiwa/mizugiwa/urlnorm"
)

// ListKind names a list of hosts and domains.
type ListKind string

// The lists.
const (
	Blocklist ListKind = "block" // URLs to these mark a message as spam
	Allowlist ListKind = "allow" // URLs to these count toward ham
)

// key returns the store key of entry in list k: "l/" + kind + "/" + entry.
func (k ListKind) key(entry string) []byte {
	return store.URLs.Key([]byte(k), []byte{'/'}, []byte(entry))
}

func (k ListKind) valid() bool { return k == Blocklist || k == Allowlist }

// Lists holds the block and allow lists: in the store, so that edits
// survive a restart and are seen by every process sharing it, and in
// memory, for lookups without I/O. Lists is safe for concurrent use; an
// edit is visible to lookups as soon as it returns.
//
// Store layout, under store.URLs ("l/"):
//
//	l/block/<entry>   an empty value: entry is on the blocklist
//	l/allow/<entry>   an empty value: entry is on the allowlist
//
// An entry is an ASCII host or domain name in lower case (A-labels for
// international names) or an IP address, without a trailing dot.
type Lists struct {
	db *store.DB // nil: in memory only

	mu    sync.RWMutex
	block map[string]struct{}
	allow map[string]struct{}
}

// OpenLists loads the lists from db. A nil db keeps them in memory only.
func OpenLists(ctx context.Context, db *store.DB) (*Lists, error) {
	l := &Lists{db: db, block: map[string]struct{}{}, allow: map[string]struct{}{}}
	if db == nil {
		return l, nil
	}
	for _, k := range []ListKind{Blocklist, Allowlist} {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		prefix := k.key("")
		it, err := db.Pebble().NewIter(&pebble.IterOptions{LowerBound: prefix, UpperBound: store.UpperBound(prefix)})
		if err != nil {
			return nil, fmt.Errorf("urlfilter: load %s list: %w", k, err)
		}
		set := l.set(k)
		for it.First(); it.Valid(); it.Next() {
			set[string(it.Key()[len(prefix):])] = struct{}{}
		}
		err = it.Close()
		if err != nil {
			return nil, fmt.Errorf("urlfilter: load %s list: %w", k, err)
		}
	}
	return l, nil
}

func (l *Lists) set(k ListKind) map[string]struct{} {
	if k == Allowlist {
		return l.allow
	}
	return l.block
}

// CanonicalEntry turns what an operator writes (a host, a domain, a URL, an
// international name, with any case) into the form lists hold.
func CanonicalEntry(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", errors.New("urlfilter: empty list entry")
	}
	h, err := urlnorm.CanonicalHost(s)
	if err != nil {
		return "", fmt.Errorf("urlfilter: list entry %q: %w", s, err)
	}
	return h, nil
}

// Add puts entries on list k.
func (l *Lists) Add(ctx context.Context, k ListKind, entries ...string) error {
	return l.edit(ctx, k, true, entries)
}

// Remove takes entries off list k; entries not on it are ignored.
func (l *Lists) Remove(ctx context.Context, k ListKind, entries ...string) error {
	return l.edit(ctx, k, false, entries)
}

func (l *Lists) edit(ctx context.Context, k ListKind, add bool, entries []string) error {
	if !k.valid() {
		return fmt.Errorf("urlfilter: unknown list %q", k)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	canon := make([]string, 0, len(entries))
	for _, e := range entries {
		c, err := CanonicalEntry(e)
		if err != nil {
			return err
		}
		canon = append(canon, c)
	}
	if l.db != nil {
		b := l.db.Pebble().NewBatch()
		for _, c := range canon {
			var err error
			if add {
				err = b.Set(k.key(c), nil, nil)
			} else {
				err = b.Delete(k.key(c), nil)
			}
			if err != nil {
				b.Close()
				return fmt.Errorf("urlfilter: %s list: %w", k, err)
			}
		}
		if err := b.Commit(l.db.WriteOptions()); err != nil {
			b.Close()
			return fmt.Errorf("urlfilter: %s list: commit: %w", k, err)
		}
		b.Close()
	}
	l.mu.Lock()
	set := l.set(k)
	for _, c := range canon {
		if add {
			set[c] = struct{}{}
		} else {
			delete(set, c)
		}
	}
	l.mu.Unlock()
	return nil
}

// List returns the entries of list k, sorted.
func (l *Lists) List(k ListKind) []string {
	l.mu.RLock()
	set := l.set(k)
	out := make([]string, 0, len(set))
	for e := range set {
		out = append(out, e)
	}
	l.mu.RUnlock()
	slices.Sort(out)
	return out
}

// LoadFile adds to list k the entries of a text file, one a line; text
// after "#" and blank lines are ignored. It returns how many entries were
// read. A bad entry fails the whole file, naming its line, and adds none.
func (l *Lists) LoadFile(ctx context.Context, k ListKind, path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, fmt.Errorf("urlfilter: load %s: %w", path, err)
	}
	defer f.Close()
	var entries []string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if _, err := CanonicalEntry(line); err != nil {
			return 0, fmt.Errorf("urlfilter: load %s:%d: %w", path, n, err)
		}
		entries = append(entries, line)
	}
	if err := sc.Err(); err != nil {
		return 0, fmt.Errorf("urlfilter: load %s: %w", path, err)
	}
	if err := l.Add(ctx, k, entries...); err != nil {
		return 0, fmt.Errorf("urlfilter: load %s: %w", path, err)
	}
	return len(entries), nil
}

// Match returns the entry of list k that host is, or ends in on a label
// boundary ("example.com" matches "a.b.example.com", not
// "badexample.com"), or "" when none does. host is a URL's Host.
func (l *Lists) Match(k ListKind, host string) string {
	host = strings.Trim(host, "[]")
	l.mu.RLock()
	defer l.mu.RUnlock()
	set := l.set(k)
	if len(set) == 0 {
		return ""
	}
	for h := host; h != ""; {
		if _, ok := set[h]; ok {
			return h
		}
		i := strings.IndexByte(h, '.')
		if i < 0 {
			break
		}
		h = h[i+1:]
	}
	return ""
}
