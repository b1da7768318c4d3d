package sigdb

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/cockroachdb/pebble/v2"

	"github.com/mizugiwa/mizugiwa/store"
)

// Op is what an Event does to a signature.
type Op string

// The operations of the change log.
const (
	OpAdd    Op = "add"    // a new signature
	OpUpdate Op = "update" // a signature reported again or merged
	OpRemove Op = "remove" // a signature removed (a false positive)
)

// Event is one change in the change log.
type Event struct {
	// Seq is the event's position in this node's log, from 1.
	Seq uint64
	Op  Op
	// Origin is the node where the change was made, and OriginSeq its
	// position in that node's log. Apply uses them to apply each change of
	// an origin at most once.
	Origin    string
	OriginSeq uint64
	Time      time.Time
	// Sig is the signature after the change (its full state: Apply merges
	// it); for OpRemove only ID and Kind are set.
	Sig Signature
}

// ErrLogTrimmed is returned by Changes when events after the cursor were
// already dropped by Expire: the follower must start over from an Export.
var ErrLogTrimmed = errors.New("sigdb: change log trimmed past the cursor")

// sigJSON is the JSON form of a signature, in exports and in log events.
type sigJSON struct {
	ID      string            `json:"id"`
	Kind    string            `json:"kind"`
	MinHash string            `json:"minhash,omitempty"` // base64 of uint16 little-endian values
	Reports map[string]uint64 `json:"reports,omitempty"`
	First   int64             `json:"first,omitempty"` // Unix seconds
	Last    int64             `json:"last,omitempty"`
	Expires int64             `json:"expires,omitempty"`
}

type eventJSON struct {
	Seq       uint64  `json:"seq"`
	Op        Op      `json:"op"`
	Origin    string  `json:"origin"`
	OriginSeq uint64  `json:"oseq"`
	Time      int64   `json:"time"`
	Sig       sigJSON `json:"sig"`
}

func toJSON(s *Signature) sigJSON {
	j := sigJSON{ID: s.ID.String(), Kind: s.Kind.String(), Reports: s.Reports,
		First: int64(unixSec(s.First)), Last: int64(unixSec(s.Last)), Expires: int64(unixSec(s.Expires))}
	if len(s.Hashes) > 0 {
		b := make([]byte, 2*len(s.Hashes))
		for i, h := range s.Hashes {
			binary.LittleEndian.PutUint16(b[2*i:], h)
		}
		j.MinHash = base64.StdEncoding.EncodeToString(b)
	}
	return j
}

// fromJSON validates j against the options and returns the signature.
// full requires the fields a stored signature needs (reports, times).
func (o Options) fromJSON(j *sigJSON, full bool) (Signature, error) {
	var s Signature
	id, err := ParseID(j.ID)
	if err != nil {
		return s, err
	}
	s.ID = id
	if s.Kind, err = parseKind(j.Kind); err != nil {
		return s, err
	}
	if j.MinHash != "" {
		if s.Kind != Fuzzy {
			return s, fmt.Errorf("signature %s: exact signature with a minhash", id)
		}
		b, err := base64.StdEncoding.DecodeString(j.MinHash)
		if err != nil {
			return s, fmt.Errorf("signature %s: minhash: %w", id, err)
		}
		if len(b) != 2*o.Hashes {
			return s, fmt.Errorf("signature %s: minhash has %d values, want %d", id, len(b)/2, o.Hashes)
		}
		s.Hashes = make([]uint16, o.Hashes)
		for i := range s.Hashes {
			s.Hashes[i] = binary.LittleEndian.Uint16(b[2*i:])
		}
		if fuzzyID(s.Hashes) != id {
			return s, fmt.Errorf("signature %s: id does not match its minhash", id)
		}
	} else if s.Kind == Fuzzy && full {
		return s, fmt.Errorf("signature %s: fuzzy signature without a minhash", id)
	}
	if !full {
		return s, nil
	}
	if len(j.Reports) == 0 {
		return s, fmt.Errorf("signature %s: no reports", id)
	}
	for k, v := range j.Reports {
		if k == "" || len(k) > 64 {
			return s, fmt.Errorf("signature %s: bad origin %q", id, k)
		}
		if v == 0 || v > 1<<40 {
			return s, fmt.Errorf("signature %s: origin %q: bad count %d", id, k, v)
		}
	}
	s.Reports = j.Reports
	const maxTime = 1 << 40
	for _, t := range []int64{j.First, j.Last, j.Expires} {
		if t <= 0 || t > maxTime {
			return s, fmt.Errorf("signature %s: time %d out of range", id, t)
		}
	}
	if j.First > j.Last || j.Last > j.Expires {
		return s, fmt.Errorf("signature %s: times out of order (first %d, last %d, expires %d)", id, j.First, j.Last, j.Expires)
	}
	s.First, s.Last, s.Expires = fromUnix(uint64(j.First)), fromUnix(uint64(j.Last)), fromUnix(uint64(j.Expires))
	return s, nil
}

// MarshalJSON encodes the event as the change log stores it.
func (e Event) MarshalJSON() ([]byte, error) {
	return json.Marshal(eventJSON{Seq: e.Seq, Op: e.Op, Origin: e.Origin, OriginSeq: e.OriginSeq,
		Time: e.Time.Unix(), Sig: toJSON(&e.Sig)})
}

func (o Options) decodeEvent(b []byte) (Event, error) {
	var j eventJSON
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return Event{}, fmt.Errorf("sigdb: event: %w", err)
	}
	ev := Event{Seq: j.Seq, Op: j.Op, Origin: j.Origin, OriginSeq: j.OriginSeq, Time: time.Unix(j.Time, 0).UTC()}
	var err error
	switch j.Op {
	case OpAdd, OpUpdate:
		ev.Sig, err = o.fromJSON(&j.Sig, true)
	case OpRemove:
		ev.Sig, err = o.fromJSON(&j.Sig, false)
	default:
		err = fmt.Errorf("unknown op %q", j.Op)
	}
	if err != nil {
		return ev, fmt.Errorf("sigdb: event %d: %w", j.Seq, err)
	}
	return ev, nil
}

// LastSeq returns the sequence number of the newest event in the log.
func (d *DB) LastSeq() uint64 {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.seq
}

// Notify returns a channel that is closed when events are added to the log
// after the call. A follower takes the channel, reads Changes, then waits
// on the channel.
func (d *DB) Notify() <-chan struct{} {
	d.nmu.Lock()
	defer d.nmu.Unlock()
	return d.notify
}

// Changes calls fn with each event of the log after sequence number after,
// in order. It stops at the first error of fn and returns it. It returns
// ErrLogTrimmed if events after the cursor were dropped.
func (d *DB) Changes(ctx context.Context, after uint64, fn func(Event) error) error {
	trimmed, err := d.getUint(keyTrimmed)
	if err != nil {
		return err
	}
	if after < trimmed {
		return fmt.Errorf("sigdb: changes after %d (trimmed up to %d): %w", after, trimmed, ErrLogTrimmed)
	}
	it, err := d.db.NewIter(&pebble.IterOptions{LowerBound: logKey(after + 1), UpperBound: store.UpperBound(prefLog)})
	if err != nil {
		return fmt.Errorf("sigdb: changes: %w", err)
	}
	defer it.Close()
	for ok := it.First(); ok; ok = it.Next() {
		if err := ctx.Err(); err != nil {
			return err
		}
		ev, err := d.o.decodeEvent(it.Value())
		if err != nil {
			return err
		}
		if err := fn(ev); err != nil {
			return err
		}
	}
	return it.Error()
}

// Apply merges events read from another node's log, in one atomic commit.
// Events made here (Origin is this node) and events of an origin at or below
// the last OriginSeq applied from it are skipped, so replaying a stream is
// harmless. An add or update merges the event's signature into the stored
// one (see Signature: per-origin counts by maximum); a remove deletes it.
// Applied events enter this node's log with their origin kept, so that
// nodes can follow each other in a chain. It returns the number of events
// applied.
func (d *DB) Apply(ctx context.Context, evs []Event) (int, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	w := d.newWriter()
	applied := map[string]uint64{}
	n := 0
	for i := range evs {
		if err := ctx.Err(); err != nil {
			w.abort()
			return 0, err
		}
		ev := &evs[i]
		if ev.Origin == "" || len(ev.Origin) > 64 {
			w.abort()
			return 0, fmt.Errorf("sigdb: apply: event %d: bad origin %q", ev.Seq, ev.Origin)
		}
		if ev.Origin == d.node {
			continue
		}
		last, ok := applied[ev.Origin]
		if !ok {
			var err error
			if last, err = readUint(w.b, originKey(ev.Origin)); err != nil {
				w.abort()
				return 0, err
			}
		}
		if ev.OriginSeq <= last {
			continue
		}
		applied[ev.Origin] = ev.OriginSeq
		if err := d.applyOne(w, ev); err != nil {
			w.abort()
			return 0, fmt.Errorf("sigdb: apply: event %d of %s: %w", ev.OriginSeq, ev.Origin, err)
		}
		n++
	}
	for o, s := range applied {
		if err := putUint(w.b, originKey(o), s); err != nil {
			w.abort()
			return 0, err
		}
	}
	return n, w.commit()
}

func (d *DB) applyOne(w *writer, ev *Event) error {
	old, ok, err := getSig(w.b, ev.Sig.ID)
	if err != nil {
		return err
	}
	switch ev.Op {
	case OpRemove:
		if !ok {
			return nil
		}
		return w.del(&old, true, ev.Origin, ev.OriginSeq)
	case OpAdd, OpUpdate:
		j := toJSON(&ev.Sig)
		s, err := d.o.fromJSON(&j, true)
		if err != nil {
			return err
		}
		if !ok {
			return w.put(nil, &s, ev.Origin, ev.OriginSeq)
		}
		merged := old.clone()
		merged.merge(&s)
		return w.put(&old, &merged, ev.Origin, ev.OriginSeq)
	}
	return fmt.Errorf("unknown op %q", ev.Op)
}

// trimLog deletes the log events older than cutoff.
func (d *DB) trimLog(ctx context.Context, cutoff time.Time) error {
	it, err := d.db.NewIter(&pebble.IterOptions{LowerBound: prefLog, UpperBound: store.UpperBound(prefLog)})
	if err != nil {
		return fmt.Errorf("sigdb: trim log: %w", err)
	}
	var last uint64
	var lastKey []byte
	for ok := it.First(); ok; ok = it.Next() {
		var j struct {
			Time int64 `json:"time"`
		}
		if err := json.Unmarshal(it.Value(), &j); err != nil || j.Time >= cutoff.Unix() {
			break
		}
		lastKey = slices.Clone(it.Key())
		last = binary.BigEndian.Uint64(lastKey[len(prefLog):])
		if last%4096 == 0 && ctx.Err() != nil {
			break
		}
	}
	it.Close()
	if lastKey == nil {
		return nil
	}
	b := d.db.NewBatch()
	defer b.Close()
	if err := b.DeleteRange(prefLog, append(lastKey, 0), nil); err != nil {
		return err
	}
	if err := putUint(b, keyTrimmed, last); err != nil {
		return err
	}
	if err := b.Commit(d.st.WriteOptions()); err != nil {
		return fmt.Errorf("sigdb: trim log: %w", err)
	}
	return nil
}
