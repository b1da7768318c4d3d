package bayes

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync/atomic"

	"github.com/cockroachdb/pebble/v2"
)

// Summary counts what training did.
type Summary struct {
	// Learned counts messages learned for the first time.
	Learned int
	// Relabeled counts messages moved from one label to the other.
	Relabeled int
	// Forgotten counts messages forgotten.
	Forgotten int
	// Unchanged counts operations that changed nothing: a message learned
	// again with the label it has, or forgetting one never learned.
	Unchanged int
}

// Changed reports whether any operation changed the model.
func (s Summary) Changed() bool { return s.Learned+s.Relabeled+s.Forgotten > 0 }

func (s *Summary) add(o Summary) {
	s.Learned += o.Learned
	s.Relabeled += o.Relabeled
	s.Forgotten += o.Forgotten
	s.Unchanged += o.Unchanged
}

// op is one queued learn or forget.
type op struct {
	user   string
	id     [32]byte
	forget bool
	spam   bool
	cjk    bool     // the message has text in a CJK script
	hashes []uint64 // sorted, distinct
}

// Learn learns a message for user ("" for the global model) as spam or ham
// and commits at once. id identifies the message (a digest of its bytes).
// Learning a message again with the same label changes nothing; with the
// other label it moves the message. changed reports whether the model changed.
// For many messages, a Trainer is much faster.
func (m *Model) Learn(ctx context.Context, user string, id [32]byte, tokens []string, spam bool) (changed bool, err error) {
	if err := checkUser(user); err != nil {
		return false, err
	}
	s, err := m.commit(ctx, []op{{user: user, id: id, spam: spam, cjk: anyCJK(tokens), hashes: hashTokens(tokens)}})
	return s.Changed(), err
}

// Forget undoes the learning of message id for user. It needs no tokens:
// the model kept the message's token hashes when it learned it. changed is
// false if the message was not learned.
func (m *Model) Forget(ctx context.Context, user string, id [32]byte) (changed bool, err error) {
	if err := checkUser(user); err != nil {
		return false, err
	}
	s, err := m.commit(ctx, []op{{user: user, id: id, forget: true}})
	return s.Changed(), err
}

// hashTokens returns the sorted, distinct hashes of tokens.
func hashTokens(tokens []string) []uint64 {
	hs := make([]uint64, len(tokens))
	for i, t := range tokens {
		hs[i] = TokenHash(t)
	}
	slices.Sort(hs)
	return slices.Compact(hs)
}

// A Trainer queues learn and forget operations and commits them in batches
// of Options.BatchSize, each batch as one atomic write: a crash loses at most
// the batch in flight and never leaves counts and records disagreeing.
// Operations take effect for scoring when their batch commits. A Trainer is
// not safe for concurrent use; several Trainers may run at once.
type Trainer struct {
	m   *Model
	ops []op
	sum Summary
}

// NewTrainer returns a Trainer for m.
func (m *Model) NewTrainer() *Trainer {
	return &Trainer{m: m}
}

// Learn queues the learning of a message, as Model.Learn does, and commits
// the queue when it is full.
func (t *Trainer) Learn(ctx context.Context, user string, id [32]byte, tokens []string, spam bool) error {
	if err := checkUser(user); err != nil {
		return err
	}
	t.ops = append(t.ops, op{user: user, id: id, spam: spam, cjk: anyCJK(tokens), hashes: hashTokens(tokens)})
	return t.maybeFlush(ctx)
}

// Forget queues the forgetting of a message, as Model.Forget does, and
// commits the queue when it is full.
func (t *Trainer) Forget(ctx context.Context, user string, id [32]byte) error {
	if err := checkUser(user); err != nil {
		return err
	}
	t.ops = append(t.ops, op{user: user, id: id, forget: true})
	return t.maybeFlush(ctx)
}

func (t *Trainer) maybeFlush(ctx context.Context) error {
	if len(t.ops) < t.m.opts.BatchSize {
		return nil
	}
	return t.Flush(ctx)
}

// Flush commits the queued operations. On error they are dropped and the
// store is as before them.
func (t *Trainer) Flush(ctx context.Context) error {
	if len(t.ops) == 0 {
		return nil
	}
	s, err := t.m.commit(ctx, t.ops)
	clear(t.ops)
	t.ops = t.ops[:0]
	if err != nil {
		return err
	}
	t.sum.add(s)
	return nil
}

// Pending returns how many operations are queued.
func (t *Trainer) Pending() int { return len(t.ops) }

// Summary returns what the committed batches did.
func (t *Trainer) Summary() Summary { return t.sum }

// delta is the change of one token's counts.
type delta struct{ spam, ham int32 }

// scopeDelta gathers one scope's changes within a commit.
type scopeDelta struct {
	user      string
	scope     []byte
	spam, ham int64 // change of messages learned
	// change of messages learned with text in a CJK script
	cjkSpam, cjkHam int64
	index           map[uint64]int32
	hashes          []uint64
	deltas          []delta
}

func (d *scopeDelta) add(hashes []uint64, spam, cjk bool, sign int32) {
	for _, h := range hashes {
		i, ok := d.index[h]
		if !ok {
			i = int32(len(d.deltas))
			d.index[h] = i
			d.hashes = append(d.hashes, h)
			d.deltas = append(d.deltas, delta{})
		}
		if spam {
			d.deltas[i].spam += sign
		} else {
			d.deltas[i].ham += sign
		}
	}
	switch {
	case spam:
		d.spam += int64(sign)
	default:
		d.ham += int64(sign)
	}
	switch {
	case cjk && spam:
		d.cjkSpam += int64(sign)
	case cjk:
		d.cjkHam += int64(sign)
	}
}

// recState is a learned-message record as a commit sees it.
type recState struct {
	rec    record
	exists bool
	dirty  bool
}

// upsert is a change to the in-memory global table.
type upsert struct {
	h      uint64
	c      counts
	remove bool
}

// commit applies ops as one batch.
func (m *Model) commit(ctx context.Context, ops []op) (Summary, error) {
	var sum Summary
	if m.opts.ReadOnly {
		return sum, ErrReadOnly
	}
	m.commitMu.Lock()
	defer m.commitMu.Unlock()
	if m.closed.Load() {
		return sum, ErrClosed
	}
	today := day(m.opts.Now())

	scopes := make(map[string]*scopeDelta)
	var order []*scopeDelta
	hint := 0 // distinct tokens to expect per scope: a guess to spare rehashing
	for i := range ops {
		hint += len(ops[i].hashes)
	}
	hint = min(hint/4, 1<<17)
	recs := make(map[string]*recState, len(ops))
	var recOrder []string
	for i := range ops {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return Summary{}, fmt.Errorf("bayes: commit: %w", err)
			}
		}
		o := &ops[i]
		sd := scopes[o.user]
		if sd == nil {
			sd = &scopeDelta{user: o.user, scope: scopeOf(o.user), index: make(map[uint64]int32, hint)}
			scopes[o.user] = sd
			order = append(order, sd)
		}
		rk := string(msgKey(sd.scope, o.id))
		st := recs[rk]
		if st == nil {
			r, ok, err := m.getRecord([]byte(rk))
			if err != nil {
				return Summary{}, err
			}
			st = &recState{rec: r, exists: ok}
			recs[rk] = st
			recOrder = append(recOrder, rk)
		}
		switch {
		case o.forget && !st.exists, !o.forget && st.exists && st.rec.spam == o.spam:
			sum.Unchanged++
			continue
		case o.forget:
			sd.add(st.rec.hashes, st.rec.spam, st.rec.cjk, -1)
			st.exists = false
			sum.Forgotten++
		default:
			if st.exists {
				sd.add(st.rec.hashes, st.rec.spam, st.rec.cjk, -1)
				sum.Relabeled++
			} else {
				sum.Learned++
			}
			sd.add(o.hashes, o.spam, o.cjk, +1)
			st.exists = true
			st.rec = record{spam: o.spam, cjk: o.cjk, day: today, hashes: o.hashes}
		}
		st.dirty = true
	}
	if !sum.Changed() {
		return sum, nil
	}

	b := m.pdb.NewBatch()
	defer b.Close()
	for _, rk := range recOrder {
		st := recs[rk]
		if !st.dirty {
			continue
		}
		var err error
		if st.exists {
			err = b.Set([]byte(rk), st.rec.encode(), nil)
		} else {
			err = b.Delete([]byte(rk), nil)
		}
		if err != nil {
			return Summary{}, fmt.Errorf("bayes: commit: %w", err)
		}
	}
	var ups []upsert
	var gtot totals
	for _, sd := range order {
		var err error
		if sd.user == "" {
			ups, gtot, err = m.writeGlobal(b, sd, today)
		} else {
			err = m.writeUser(ctx, b, sd, today)
		}
		if err != nil {
			return Summary{}, err
		}
	}
	if err := b.Commit(m.db.WriteOptions()); err != nil {
		return Summary{}, fmt.Errorf("bayes: commit: %w", err)
	}
	if _, ok := scopes[""]; ok {
		m.apply(ups, gtot)
	}
	return sum, nil
}

// getRecord reads the record at key rk; ok is false if there is none.
func (m *Model) getRecord(rk []byte) (r record, ok bool, err error) {
	v, closer, err := m.pdb.Get(rk)
	if errors.Is(err, pebble.ErrNotFound) {
		return record{}, false, nil
	}
	if err != nil {
		return record{}, false, fmt.Errorf("bayes: read record %x: %w", rk, err)
	}
	defer closer.Close()
	r, err = decodeRecord(v)
	if err != nil {
		return record{}, false, fmt.Errorf("bayes: read record %x: %w", rk, err)
	}
	return r, true, nil
}

// next returns c changed by d, never below zero. Learning raises the day.
func (c counts) next(d delta, today uint32) counts {
	c.spam = addClamp(c.spam, d.spam)
	c.ham = addClamp(c.ham, d.ham)
	if d.spam > 0 || d.ham > 0 {
		c.day = max(c.day, today)
	}
	return c
}

func addClamp(v uint32, d int32) uint32 {
	r := int64(v) + int64(d)
	switch {
	case r < 0:
		return 0
	case r > 1<<32-1:
		return 1<<32 - 1
	}
	return uint32(r)
}

func addClamp64(v uint64, d int64) uint64 {
	if d < 0 && uint64(-d) > v {
		return 0
	}
	return v + uint64(d)
}

// writeGlobal adds the global scope's changes to b, reading the current
// counts from memory, and returns the changes to make there after commit.
func (m *Model) writeGlobal(b *pebble.Batch, sd *scopeDelta, today uint32) ([]upsert, totals, error) {
	ups := make([]upsert, 0, len(sd.hashes))
	tot := m.tot
	var k, v []byte
	for i, h := range sd.hashes {
		d := sd.deltas[i]
		if d == (delta{}) {
			continue
		}
		var cur counts
		idx, existed := m.index[h]
		if existed {
			e := &m.entries[idx]
			cur = counts{spam: e.spam, ham: e.ham, day: atomic.LoadUint32(&e.day)}
		}
		c := cur.next(d, today)
		k = tokenKey(k[:0], sd.scope, h)
		var err error
		if c.spam == 0 && c.ham == 0 {
			if !existed {
				continue
			}
			err = b.Delete(k, nil)
			tot.tokens = addClamp64(tot.tokens, -1)
			ups = append(ups, upsert{h: h, remove: true})
		} else {
			v = c.appendTo(v[:0])
			err = b.Set(k, v, nil)
			if !existed {
				tot.tokens++
			}
			ups = append(ups, upsert{h: h, c: c})
		}
		if err != nil {
			return nil, tot, fmt.Errorf("bayes: commit: %w", err)
		}
	}
	tot.count(sd)
	if err := b.Set(totalsKey(sd.scope), tot.encode(), nil); err != nil {
		return nil, tot, fmt.Errorf("bayes: commit: %w", err)
	}
	return ups, tot, nil
}

// apply makes committed global changes visible to scoring.
func (m *Model) apply(ups []upsert, tot totals) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.tot = tot
	for _, u := range ups {
		idx, ok := m.index[u.h]
		switch {
		case u.remove:
			if ok {
				delete(m.index, u.h)
				m.entries[idx] = entry{}
				m.free = append(m.free, idx)
			}
		case ok:
			e := &m.entries[idx]
			e.spam, e.ham = u.c.spam, u.c.ham
			d := max(atomic.LoadUint32(&e.day), u.c.day)
			atomic.StoreUint32(&e.day, d)
			e.saved = u.c.day
		default:
			if n := len(m.free); n > 0 {
				idx = m.free[n-1]
				m.free = m.free[:n-1]
			} else {
				idx = uint32(len(m.entries))
				m.entries = append(m.entries, entry{})
			}
			m.entries[idx] = entry{spam: u.c.spam, ham: u.c.ham, day: u.c.day, saved: u.c.day}
			m.index[u.h] = idx
		}
	}
}

// writeUser adds a user scope's changes to b, reading the current counts
// from the store.
func (m *Model) writeUser(ctx context.Context, b *pebble.Batch, sd *scopeDelta, today uint32) error {
	tot, _, err := m.getTotals(sd.scope)
	if err != nil {
		return err
	}
	order := make([]int32, len(sd.hashes))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int {
		ha, hb := sd.hashes[a], sd.hashes[b]
		switch {
		case ha < hb:
			return -1
		case ha > hb:
			return 1
		}
		return 0
	})
	lower, upper := tokenRange(sd.scope)
	it, err := m.pdb.NewIterWithContext(ctx, &pebble.IterOptions{LowerBound: lower, UpperBound: upper})
	if err != nil {
		return fmt.Errorf("bayes: commit user %q: %w", sd.user, err)
	}
	defer it.Close()
	var k, v []byte
	for _, i := range order {
		d := sd.deltas[i]
		if d == (delta{}) {
			continue
		}
		k = tokenKey(k[:0], sd.scope, sd.hashes[i])
		var cur counts
		existed := it.SeekGE(k) && string(it.Key()) == string(k)
		if existed {
			val, err := it.ValueAndErr()
			if err == nil {
				cur, err = decodeCounts(val)
			}
			if err != nil {
				return fmt.Errorf("bayes: commit user %q token %x: %w", sd.user, k, err)
			}
		}
		c := cur.next(d, today)
		if c.spam == 0 && c.ham == 0 {
			if !existed {
				continue
			}
			err = b.Delete(k, nil)
			tot.tokens = addClamp64(tot.tokens, -1)
		} else {
			v = c.appendTo(v[:0])
			err = b.Set(k, v, nil)
			if !existed {
				tot.tokens++
			}
		}
		if err != nil {
			return fmt.Errorf("bayes: commit user %q: %w", sd.user, err)
		}
	}
	if err := it.Error(); err != nil {
		return fmt.Errorf("bayes: commit user %q: %w", sd.user, err)
	}
	tot.count(sd)
	tk := totalsKey(sd.scope)
	if tot.empty() {
		err = b.Delete(tk, nil)
	} else {
		err = b.Set(tk, tot.encode(), nil)
	}
	if err != nil {
		return fmt.Errorf("bayes: commit user %q: %w", sd.user, err)
	}
	return nil
}
