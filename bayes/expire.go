package bayes

import (
	"context"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/cockroachdb/pebble/v2"

	"github.com/mizugiwa/mizugiwa/store"
)

// expireBatch is how many deletions Expire commits at a time.
const expireBatch = 16384

// Expire deletes the tokens, global and of every user, not used since
// olderThan: not learned since, and for global tokens not seen while
// scoring since either. It reports how many token counts it deleted.
//
// Expiry removes counts without touching the learned-message records, so
// forgetting a message learned before an expiry leaves the counts of its
// expired tokens at zero rather than below.
func (m *Model) Expire(ctx context.Context, olderThan time.Time) (removed int, err error) {
	return m.expire(ctx, day(olderThan), false)
}

// ExpireHapaxes deletes, as Expire does, the tokens not used since olderThan
// that occur in a single learned message: the bulk of a dictionary that
// carries the least evidence.
func (m *Model) ExpireHapaxes(ctx context.Context, olderThan time.Time) (removed int, err error) {
	return m.expire(ctx, day(olderThan), true)
}

func (m *Model) expire(ctx context.Context, cutoff uint32, hapaxOnly bool) (int, error) {
	if m.opts.ReadOnly {
		return 0, ErrReadOnly
	}
	m.commitMu.Lock()
	defer m.commitMu.Unlock()
	if m.closed.Load() {
		return 0, ErrClosed
	}
	old := func(c counts) bool {
		return c.day < cutoff && (!hapaxOnly || uint64(c.spam)+uint64(c.ham) == 1)
	}
	n, err := m.expireGlobal(ctx, old)
	if err != nil {
		return n, err
	}
	u, err := m.expireUsers(ctx, old)
	return n + u, err
}

func (m *Model) expireGlobal(ctx context.Context, old func(counts) bool) (int, error) {
	var doomed []uint64
	for h, idx := range m.index {
		e := &m.entries[idx]
		if old(counts{spam: e.spam, ham: e.ham, day: atomic.LoadUint32(&e.day)}) {
			doomed = append(doomed, h)
		}
	}
	removed := 0
	var k []byte
	for len(doomed) > 0 {
		if err := ctx.Err(); err != nil {
			return removed, fmt.Errorf("bayes: expire: %w", err)
		}
		chunk := doomed[:min(len(doomed), expireBatch)]
		doomed = doomed[len(chunk):]
		b := m.pdb.NewBatch()
		ups := make([]upsert, len(chunk))
		for i, h := range chunk {
			k = tokenKey(k[:0], m.global, h)
			if err := b.Delete(k, nil); err != nil {
				b.Close()
				return removed, fmt.Errorf("bayes: expire: %w", err)
			}
			ups[i] = upsert{h: h, remove: true}
		}
		tot := m.tot
		tot.tokens = addClamp64(tot.tokens, -int64(len(chunk)))
		err := b.Set(totalsKey(m.global), tot.encode(), nil)
		if err == nil {
			err = b.Commit(m.db.WriteOptions())
		}
		b.Close()
		if err != nil {
			return removed, fmt.Errorf("bayes: expire: %w", err)
		}
		m.apply(ups, tot)
		removed += len(chunk)
	}
	return removed, nil
}

// expireUsers walks every user scope in key order. Within a scope the
// totals key sorts before the token keys, so each scope's totals are known
// before its tokens are reached.
func (m *Model) expireUsers(ctx context.Context, old func(counts) bool) (int, error) {
	lower := append(store.Bayes.Prefix(), 1) // the first user scope: names of length 1
	it, err := m.pdb.NewIterWithContext(ctx, &pebble.IterOptions{
		LowerBound: lower,
		UpperBound: store.UpperBound(store.Bayes.Prefix()),
	})
	if err != nil {
		return 0, fmt.Errorf("bayes: expire: %w", err)
	}
	defer it.Close()

	var (
		b       = m.pdb.NewBatch()
		removed int
		pending int // deletions in b
		scope   []byte
		user    string
		tot     totals
		cut     int // deletions in this scope not yet reflected in tot
	)
	defer func() { b.Close() }()
	settle := func() error {
		if cut == 0 {
			return nil
		}
		tot.tokens = addClamp64(tot.tokens, -int64(cut))
		cut = 0
		return b.Set(totalsKey(scope), tot.encode(), nil)
	}
	flush := func() error {
		if err := settle(); err != nil {
			return err
		}
		if pending == 0 {
			return nil
		}
		if err := b.Commit(m.db.WriteOptions()); err != nil {
			return err
		}
		b.Close()
		b = m.pdb.NewBatch()
		pending = 0
		return nil
	}
	for ok := it.First(); ok; ok = it.Next() {
		k := it.Key()
		u, rest, ok := parseScope(k)
		if !ok || len(rest) == 0 {
			continue
		}
		if scope == nil || u != user {
			if err := settle(); err != nil {
				return removed, fmt.Errorf("bayes: expire: %w", err)
			}
			user, scope, tot = u, scopeOf(u), totals{}
			if err := ctx.Err(); err != nil {
				return removed, fmt.Errorf("bayes: expire: %w", err)
			}
		}
		switch rest[0] {
		case kindTotals:
			v, err := it.ValueAndErr()
			if err == nil {
				tot, err = decodeTotals(v)
			}
			if err != nil {
				return removed, fmt.Errorf("bayes: expire: user %q totals: %w", user, err)
			}
		case kindToken:
			v, err := it.ValueAndErr()
			if err != nil {
				return removed, fmt.Errorf("bayes: expire: %w", err)
			}
			c, err := decodeCounts(v)
			if err != nil {
				return removed, fmt.Errorf("bayes: expire: user %q token %x: %w", user, k, err)
			}
			if !old(c) {
				continue
			}
			if err := b.Delete(k, nil); err != nil {
				return removed, fmt.Errorf("bayes: expire: %w", err)
			}
			removed++
			pending++
			cut++
			if pending >= expireBatch {
				if err := flush(); err != nil {
					return removed, fmt.Errorf("bayes: expire: %w", err)
				}
			}
		}
	}
	if err := it.Error(); err != nil {
		return removed, fmt.Errorf("bayes: expire: %w", err)
	}
	if err := flush(); err != nil {
		return removed, fmt.Errorf("bayes: expire: %w", err)
	}
	return removed, nil
}

// Stats describe what a model has learned.
type Stats struct {
	// Spam and Ham count the messages learned.
	Spam, Ham uint64
	// Tokens counts the distinct tokens with counts.
	Tokens uint64
}

// Stats returns what user ("" for the global model) has learned. A user who
// never trained has zero Stats.
func (m *Model) Stats(ctx context.Context, user string) (Stats, error) {
	if err := checkUser(user); err != nil {
		return Stats{}, err
	}
	if err := ctx.Err(); err != nil {
		return Stats{}, err
	}
	if m.closed.Load() {
		return Stats{}, ErrClosed
	}
	if user == "" {
		m.mu.RLock()
		defer m.mu.RUnlock()
		return Stats{Spam: m.tot.spam, Ham: m.tot.ham, Tokens: uint64(len(m.index))}, nil
	}
	t, _, err := m.getTotals(scopeOf(user))
	return Stats{Spam: t.spam, Ham: t.ham, Tokens: t.tokens}, err
}

// Learned reports whether the model holds anything learned, globally or
// for any user: what a store's first training must know before it fixes
// how the model's tokens are made.
func (m *Model) Learned(ctx context.Context) (bool, error) {
	if m.closed.Load() {
		return false, ErrClosed
	}
	m.mu.RLock()
	global := m.tot.spam+m.tot.ham > 0
	m.mu.RUnlock()
	if global {
		return true, nil
	}
	lower := append(store.Bayes.Prefix(), 1) // the first user scope: names of length 1
	it, err := m.pdb.NewIterWithContext(ctx, &pebble.IterOptions{
		LowerBound: lower,
		UpperBound: store.UpperBound(store.Bayes.Prefix()),
	})
	if err != nil {
		return false, fmt.Errorf("bayes: look for user models: %w", err)
	}
	found := it.First()
	if err := it.Close(); err != nil {
		return false, fmt.Errorf("bayes: look for user models: %w", err)
	}
	return found, nil
}

// DiskSize estimates the bytes the model's keys, global and of every user,
// take on disk (data not yet flushed from Pebble's memtable is not counted).
func (m *Model) DiskSize() (int64, error) {
	if m.closed.Load() {
		return 0, ErrClosed
	}
	p := store.Bayes.Prefix()
	n, err := m.pdb.EstimateDiskUsage(p, store.UpperBound(p))
	if err != nil {
		return 0, fmt.Errorf("bayes: disk size: %w", err)
	}
	return int64(n), nil
}

// MemSize estimates the bytes of memory the global token table takes.
func (m *Model) MemSize() int64 {
	m.mu.RLock()
	defer m.mu.RUnlock()
	// A map slot of a uint64 key and uint32 value with its share of
	// control bytes and empty slots, plus one entry.
	const perToken = 20 + 16
	return int64(len(m.index))*perToken + int64(cap(m.entries)-len(m.index))*16
}

// DropUser deletes everything user learned, returning the user to the
// global model and to costing nothing in the store.
func (m *Model) DropUser(ctx context.Context, user string) error {
	if user == "" {
		return fmt.Errorf("bayes: drop user: the global model is not a user")
	}
	if err := checkUser(user); err != nil {
		return err
	}
	if m.opts.ReadOnly {
		return ErrReadOnly
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	m.commitMu.Lock()
	defer m.commitMu.Unlock()
	if m.closed.Load() {
		return ErrClosed
	}
	scope := scopeOf(user)
	if err := m.pdb.DeleteRange(scope, store.UpperBound(scope), m.db.WriteOptions()); err != nil {
		return fmt.Errorf("bayes: drop user %q: %w", user, err)
	}
	return nil
}

// Compact compacts the model's keys in the store. Pebble compacts in the
// background anyway; after a bulk training run this brings reads of users'
// counts to their steady-state speed at once.
func (m *Model) Compact(ctx context.Context) error {
	if m.closed.Load() {
		return ErrClosed
	}
	p := store.Bayes.Prefix()
	if err := m.pdb.Compact(ctx, p, store.UpperBound(p), true); err != nil {
		return fmt.Errorf("bayes: compact: %w", err)
	}
	return nil
}
