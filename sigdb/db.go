package sigdb

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/cockroachdb/pebble/v2"

	"github.com/mizugiwa/mizugiwa/message"
	"github.com/mizugiwa/mizugiwa/store"
)

// Key layout under store.Sigdb ("s/"); see the package documentation.
var (
	keySeq     = store.Sigdb.Key([]byte("m/seq"))
	keyNode    = store.Sigdb.Key([]byte("m/node"))
	keyTrimmed = store.Sigdb.Key([]byte("m/trimmed"))
	prefRecord = store.Sigdb.Key([]byte("r/"))
	prefBand   = store.Sigdb.Key([]byte("b/"))
	prefExpiry = store.Sigdb.Key([]byte("x/"))
	prefLog    = store.Sigdb.Key([]byte("l/"))
	prefOrigin = store.Sigdb.Key([]byte("o/"))
)

func recordKey(id ID) []byte { return append(slices.Clip(prefRecord), id[:]...) }

// bandKey returns the key of the LSH bucket of band whose values hash to h.
// Its value is the bucket: the IDs of the signatures in it, sorted.
func bandKey(band int, h uint32) []byte {
	k := append(slices.Clip(prefBand), byte(band))
	return binary.BigEndian.AppendUint32(k, h)
}

// maxBucket is the most signatures an LSH bucket holds. A signature that
// finds its bucket full is left out of that band and stays findable through
// its other bands. A bucket fills only with many near-copies of one part
// that were not merged; the bound keeps the candidates of a lookup at most
// Bands × maxBucket per part and the rewrite of a bucket on each add small.
const maxBucket = 256

// bucketInsert returns bucket v with id added in order, and whether it
// changed: not if id is in it already or it is full.
func bucketInsert(v []byte, id ID) ([]byte, bool) {
	n := len(v) / len(id)
	i, found := sort.Find(n, func(i int) int { return bytes.Compare(id[:], v[i*len(id):(i+1)*len(id)]) })
	if found || n >= maxBucket {
		return v, false
	}
	out := make([]byte, 0, len(v)+len(id))
	out = append(out, v[:i*len(id)]...)
	out = append(out, id[:]...)
	return append(out, v[i*len(id):]...), true
}

// bucketRemove returns bucket v without id, and whether it changed.
func bucketRemove(v []byte, id ID) ([]byte, bool) {
	n := len(v) / len(id)
	i, found := sort.Find(n, func(i int) int { return bytes.Compare(id[:], v[i*len(id):(i+1)*len(id)]) })
	if !found {
		return v, false
	}
	out := make([]byte, 0, len(v)-len(id))
	out = append(out, v[:i*len(id)]...)
	return append(out, v[(i+1)*len(id):]...), true
}

func expiryKey(t time.Time, id ID) []byte {
	k := binary.BigEndian.AppendUint64(slices.Clip(prefExpiry), unixSec(t))
	return append(k, id[:]...)
}

func logKey(seq uint64) []byte { return binary.BigEndian.AppendUint64(slices.Clip(prefLog), seq) }

func originKey(origin string) []byte { return append(slices.Clip(prefOrigin), origin...) }

// ErrReadOnly is returned by the methods that write when the store is open
// read-only.
var ErrReadOnly = errors.New("sigdb: database is read-only")

// DB is the signature database. It is safe for concurrent use: lookups run
// in parallel, changes are serialized.
type DB struct {
	st   *store.DB
	db   *pebble.DB
	o    Options
	node string

	mu  sync.Mutex // serializes changes and the sequence counter
	seq uint64

	nmu    sync.Mutex
	notify chan struct{}
}

// Open returns the signature database kept in st.
func Open(st *store.DB, o Options) (*DB, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	o = o.withDefaults()
	d := &DB{st: st, db: st.Pebble(), o: o, notify: make(chan struct{})}
	seq, err := d.getUint(keySeq)
	if err != nil {
		return nil, err
	}
	d.seq = seq
	d.node = o.NodeID
	if d.node == "" {
		v, closer, err := d.db.Get(keyNode)
		switch {
		case err == nil:
			d.node = string(v)
			closer.Close()
		case errors.Is(err, pebble.ErrNotFound):
			var b [8]byte
			rand.Read(b[:])
			d.node = hex.EncodeToString(b[:])
			if err := d.db.Set(keyNode, []byte(d.node), st.WriteOptions()); err != nil {
				return nil, fmt.Errorf("sigdb: open: write node id: %w", err)
			}
		default:
			return nil, fmt.Errorf("sigdb: open: read node id: %w", err)
		}
	}
	return d, nil
}

// Options returns the options in effect, defaults filled in.
func (d *DB) Options() Options { return d.o }

// NodeID returns the name of this node as an origin of reports.
func (d *DB) NodeID() string { return d.node }

func (d *DB) getUint(k []byte) (uint64, error) {
	return readUint(d.db, k)
}

func readUint(r pebble.Reader, k []byte) (uint64, error) {
	v, closer, err := r.Get(k)
	if errors.Is(err, pebble.ErrNotFound) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("sigdb: read %q: %w", k, err)
	}
	defer closer.Close()
	if len(v) != 8 {
		return 0, fmt.Errorf("sigdb: read %q: bad value", k)
	}
	return binary.BigEndian.Uint64(v), nil
}

func putUint(b *pebble.Batch, k []byte, v uint64) error {
	return b.Set(k, binary.BigEndian.AppendUint64(nil, v), nil)
}

// Digests computes the digests of m's parts with the database's options.
func (d *DB) Digests(m *message.Message, recipients []string) []PartDigest {
	return d.o.Digests(m, recipients)
}

// Match is a part of a message that matches a signature.
type Match struct {
	PartID     string
	Signature  Signature
	Similarity float64 // 1 for an exact match
}

// Check returns the signatures that m's parts match, best first.
func (d *DB) Check(ctx context.Context, m *message.Message) ([]Match, error) {
	return d.CheckDigests(ctx, d.Digests(m, nil))
}

// CheckDigests returns the signatures that the parts with digests ds match,
// best first. All parts are looked up in one pass: for each part one
// point read of its exact digest and one bucket probe per band (O(Bands)
// probes, most answered by bloom filters), then one record read and
// comparison of Hashes values per candidate (O(candidates)); nothing scans
// the database.
func (d *DB) CheckDigests(ctx context.Context, ds []PartDigest) ([]Match, error) {
	ms, err := d.lookup(ctx, d.db, ds, d.o.Threshold)
	if err != nil {
		return nil, err
	}
	now := d.o.Now()
	ms = slices.DeleteFunc(ms, func(m Match) bool { return m.Signature.Expires.Before(now) })
	return ms, nil
}

type probe struct {
	key  []byte
	part int
}

// lookup finds the signatures that the digests ds match at similarity
// threshold or above, reading through r (the database or an indexed batch).
//
// Every read is a point read of a whole key, done with SeekPrefixGE on one
// iterator per key space in sorted key order: the store's bloom filters
// answer the probes of absent keys (most band probes, and the exact digests
// of parts never reported) without reading a data block, so a lookup reads
// about one block per bucket hit and one per candidate record, however many
// signatures the database holds.
func (d *DB) lookup(ctx context.Context, r pebble.Reader, ds []PartDigest, threshold float64) ([]Match, error) {
	rows := d.o.Hashes / d.o.Bands
	var probes []probe
	want := map[ID][]int{} // record → parts that want it
	for i := range ds {
		p := &ds[i]
		if p.HasExact {
			want[p.Exact] = append(want[p.Exact], i)
		}
		if len(p.Fuzzy) == d.o.Hashes {
			for b := range d.o.Bands {
				probes = append(probes, probe{bandKey(b, bandHash(p.Fuzzy, b, rows)), i})
			}
		}
	}
	if len(probes) > 0 {
		slices.SortFunc(probes, func(a, b probe) int {
			if c := bytes.Compare(a.key, b.key); c != 0 {
				return c
			}
			return a.part - b.part
		})
		it, err := r.NewIter(&pebble.IterOptions{LowerBound: prefBand, UpperBound: store.UpperBound(prefBand), UseL6Filters: true})
		if err != nil {
			return nil, fmt.Errorf("sigdb: lookup: %w", err)
		}
		for _, pr := range probes {
			if !it.SeekPrefixGE(pr.key) || !bytes.Equal(it.Key(), pr.key) {
				continue
			}
			v := it.Value()
			for off := 0; off+len(ID{}) <= len(v); off += len(ID{}) {
				id := ID(v[off : off+len(ID{})])
				if ps := want[id]; len(ps) == 0 || ps[len(ps)-1] != pr.part {
					want[id] = append(ps, pr.part)
				}
			}
		}
		if err := it.Close(); err != nil {
			return nil, fmt.Errorf("sigdb: lookup: %w", err)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	ids := make([]ID, 0, len(want))
	for id := range want {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b ID) int { return bytes.Compare(a[:], b[:]) })
	it, err := r.NewIter(&pebble.IterOptions{LowerBound: prefRecord, UpperBound: store.UpperBound(prefRecord), UseL6Filters: true})
	if err != nil {
		return nil, fmt.Errorf("sigdb: lookup: %w", err)
	}
	defer it.Close()
	var ms []Match
	for _, id := range ids {
		k := recordKey(id)
		if !it.SeekPrefixGE(k) || !bytes.Equal(it.Key(), k) {
			continue
		}
		s, err := decodeSignature(id, it.Value())
		if err != nil {
			return nil, err
		}
		for _, pi := range want[id] {
			p := &ds[pi]
			switch s.Kind {
			case Exact:
				if p.HasExact && p.Exact == id {
					ms = append(ms, Match{PartID: p.PartID, Signature: s, Similarity: 1})
				}
			case Fuzzy:
				if sim := similarity(p.Fuzzy, s.Hashes); sim >= threshold {
					ms = append(ms, Match{PartID: p.PartID, Signature: s, Similarity: sim})
				}
			}
		}
	}
	slices.SortStableFunc(ms, func(a, b Match) int {
		switch {
		case a.Similarity > b.Similarity:
			return -1
		case a.Similarity < b.Similarity:
			return 1
		}
		return bytes.Compare(a.Signature.ID[:], b.Signature.ID[:])
	})
	return ms, nil
}

// Get returns the signature with the given id.
func (d *DB) Get(id ID) (Signature, bool, error) {
	return getSig(d.db, id)
}

func getSig(r pebble.Reader, id ID) (Signature, bool, error) {
	v, closer, err := r.Get(recordKey(id))
	if errors.Is(err, pebble.ErrNotFound) {
		return Signature{}, false, nil
	}
	if err != nil {
		return Signature{}, false, fmt.Errorf("sigdb: get %s: %w", id, err)
	}
	defer closer.Close()
	s, err := decodeSignature(id, v)
	return s, err == nil, err
}

// writer accumulates one atomic change: the records, their index keys and
// the change-log events, committed together.
type writer struct {
	d     *DB
	b     *pebble.Batch
	seq   uint64
	added int
}

func (d *DB) newWriter() *writer {
	return &writer{d: d, b: d.db.NewIndexedBatch(), seq: d.seq}
}

// put stores s, replacing old (nil when s is new), and logs the change.
// origin and oseq name where the change comes from ("" for this node).
func (w *writer) put(old *Signature, s *Signature, origin string, oseq uint64) error {
	if old != nil {
		if !old.Expires.Equal(s.Expires) {
			if err := w.b.Delete(expiryKey(old.Expires, old.ID), nil); err != nil {
				return err
			}
		}
	} else if s.Kind == Fuzzy {
		if err := w.index(s, bucketInsert); err != nil {
			return err
		}
	}
	if err := w.b.Set(recordKey(s.ID), s.encode(), nil); err != nil {
		return err
	}
	if err := w.b.Set(expiryKey(s.Expires, s.ID), nil, nil); err != nil {
		return err
	}
	op := OpUpdate
	if old == nil {
		op = OpAdd
		w.added++
	}
	return w.log(Event{Op: op, Sig: s.clone()}, origin, oseq)
}

// index applies edit (bucketInsert or bucketRemove) to the bucket of each
// band of fuzzy signature s.
func (w *writer) index(s *Signature, edit func([]byte, ID) ([]byte, bool)) error {
	if len(s.Hashes) != w.d.o.Hashes {
		return nil
	}
	rows := w.d.o.Hashes / w.d.o.Bands
	for b := range w.d.o.Bands {
		k := bandKey(b, bandHash(s.Hashes, b, rows))
		v, closer, err := w.b.Get(k)
		switch {
		case errors.Is(err, pebble.ErrNotFound):
			v = nil
		case err != nil:
			return fmt.Errorf("read bucket: %w", err)
		default:
			v = bytes.Clone(v)
			closer.Close()
		}
		nv, changed := edit(v, s.ID)
		switch {
		case !changed:
		case len(nv) == 0:
			err = w.b.Delete(k, nil)
		default:
			err = w.b.Set(k, nv, nil)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// del removes s and, if logged, records the removal in the change log.
func (w *writer) del(s *Signature, logged bool, origin string, oseq uint64) error {
	if s.Kind == Fuzzy {
		if err := w.index(s, bucketRemove); err != nil {
			return err
		}
	}
	if err := w.b.Delete(recordKey(s.ID), nil); err != nil {
		return err
	}
	if err := w.b.Delete(expiryKey(s.Expires, s.ID), nil); err != nil {
		return err
	}
	if !logged {
		return nil
	}
	return w.log(Event{Op: OpRemove, Sig: Signature{ID: s.ID, Kind: s.Kind}}, origin, oseq)
}

func (w *writer) log(ev Event, origin string, oseq uint64) error {
	w.seq++
	ev.Seq = w.seq
	ev.Origin, ev.OriginSeq = origin, oseq
	if origin == "" {
		ev.Origin, ev.OriginSeq = w.d.node, w.seq
	}
	ev.Time = w.d.o.Now().UTC().Truncate(time.Second)
	v, err := ev.MarshalJSON()
	if err != nil {
		return err
	}
	return w.b.Set(logKey(ev.Seq), v, nil)
}

// commit writes the batch; the caller holds d.mu.
func (w *writer) commit() error {
	defer w.b.Close()
	if w.seq == w.d.seq && w.b.Empty() {
		return nil
	}
	if w.seq != w.d.seq {
		if err := putUint(w.b, keySeq, w.seq); err != nil {
			return err
		}
	}
	if err := w.b.Commit(w.d.st.WriteOptions()); err != nil {
		return fmt.Errorf("sigdb: commit: %w", err)
	}
	if w.seq != w.d.seq {
		w.d.seq = w.seq
		w.d.nmu.Lock()
		close(w.d.notify)
		w.d.notify = make(chan struct{})
		w.d.nmu.Unlock()
	}
	return nil
}

func (w *writer) abort() { w.b.Close() }

// Add reports m as spam: each part with a digest becomes a signature, or a
// new report of the signature it already has (the same exact digest, or a
// fuzzy signature at least MergeSimilarity alike). It returns the
// signatures added or reported again, as stored after the change, and the
// parts that yield no signature with the reason.
func (d *DB) Add(ctx context.Context, m *message.Message) ([]Signature, []Skip, error) {
	return d.AddDigests(ctx, d.Digests(m, nil))
}

// AddDigests is Add for digests already computed.
func (d *DB) AddDigests(ctx context.Context, ds []PartDigest) ([]Signature, []Skip, error) {
	var skipped []Skip
	d.mu.Lock()
	defer d.mu.Unlock()
	w := d.newWriter()
	now := d.o.Now().UTC().Truncate(time.Second)
	done := map[ID]*Signature{}
	var out []ID
	report := func(s *Signature, isNew bool) error {
		if prev := done[s.ID]; prev != nil {
			return nil // a message reports each signature once
		}
		var old *Signature
		if !isNew {
			c := s.clone()
			old = &c
		}
		if s.Reports == nil {
			s.Reports = map[string]uint64{}
		}
		s.Reports[d.node]++
		if s.First.IsZero() {
			s.First = now
		}
		s.Last = now
		if exp := now.Add(d.o.TTL); exp.After(s.Expires) {
			s.Expires = exp
		}
		done[s.ID] = s
		out = append(out, s.ID)
		return w.put(old, s, "", 0)
	}
	for i := range ds {
		if err := ctx.Err(); err != nil {
			w.abort()
			return nil, nil, err
		}
		p := &ds[i]
		if p.Skip != "" {
			skipped = append(skipped, Skip{PartID: p.PartID, Reason: p.Skip})
			continue
		}
		if p.HasExact {
			s, ok, err := getSig(w.b, p.Exact)
			if err != nil {
				w.abort()
				return nil, nil, err
			}
			if !ok {
				s = Signature{ID: p.Exact, Kind: Exact}
			}
			if err := report(&s, !ok); err != nil {
				w.abort()
				return nil, nil, fmt.Errorf("sigdb: add: %w", err)
			}
		}
		if p.Fuzzy == nil {
			continue
		}
		ms, err := d.lookup(ctx, w.b, ds[i:i+1:i+1], d.o.MergeSimilarity)
		if err != nil {
			w.abort()
			return nil, nil, err
		}
		var s Signature
		isNew := true
		for _, m := range ms {
			if m.Signature.Kind == Fuzzy {
				s, isNew = m.Signature, false
				break
			}
		}
		if isNew {
			s = Signature{ID: p.FuzzyID, Kind: Fuzzy, Hashes: slices.Clone(p.Fuzzy)}
		}
		if err := report(&s, isNew); err != nil {
			w.abort()
			return nil, nil, fmt.Errorf("sigdb: add: %w", err)
		}
	}
	if err := w.commit(); err != nil {
		return nil, nil, err
	}
	sigs := make([]Signature, len(out))
	for i, id := range out {
		sigs[i] = done[id].clone()
	}
	return sigs, skipped, nil
}

// Remove deletes the signatures with the given ids and returns how many
// existed.
func (d *DB) Remove(ctx context.Context, ids ...ID) (int, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	w := d.newWriter()
	n := 0
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			w.abort()
			return 0, err
		}
		s, ok, err := getSig(w.b, id)
		if err != nil {
			w.abort()
			return 0, err
		}
		if !ok {
			continue
		}
		if err := w.del(&s, true, "", 0); err != nil {
			w.abort()
			return 0, fmt.Errorf("sigdb: remove %s: %w", id, err)
		}
		n++
	}
	return n, w.commit()
}

// RemoveMessage deletes every signature that a part of m matches, the way
// a false positive is undone in one step, and returns them.
func (d *DB) RemoveMessage(ctx context.Context, m *message.Message) ([]Signature, error) {
	ms, err := d.lookup(ctx, d.db, d.Digests(m, nil), d.o.Threshold)
	if err != nil {
		return nil, err
	}
	var ids []ID
	var sigs []Signature
	for _, m := range ms {
		if !slices.Contains(ids, m.Signature.ID) {
			ids = append(ids, m.Signature.ID)
			sigs = append(sigs, m.Signature)
		}
	}
	if _, err := d.Remove(ctx, ids...); err != nil {
		return nil, err
	}
	return sigs, nil
}

// Expire deletes the signatures whose expiry is before now, and the
// change-log events older than LogRetention. It returns the number of
// signatures deleted. Expiry is not logged: each node expires signatures
// by the expiry they carry.
func (d *DB) Expire(ctx context.Context, now time.Time) (int, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	n := 0
	for {
		w := d.newWriter()
		it, err := d.db.NewIter(&pebble.IterOptions{LowerBound: prefExpiry, UpperBound: expiryKey(now, ID{})})
		if err != nil {
			w.abort()
			return n, fmt.Errorf("sigdb: expire: %w", err)
		}
		var keys [][]byte
		for ok := it.First(); ok && len(keys) < 10000; ok = it.Next() {
			keys = append(keys, slices.Clone(it.Key()))
		}
		it.Close()
		for _, k := range keys {
			var id ID
			copy(id[:], k[len(prefExpiry)+8:])
			s, ok, err := getSig(w.b, id)
			if err != nil {
				w.abort()
				return n, err
			}
			if !ok || !s.Expires.Before(now) {
				// A stale index key: drop it alone.
				if err := w.b.Delete(k, nil); err != nil {
					w.abort()
					return n, err
				}
				continue
			}
			if err := w.del(&s, false, "", 0); err != nil {
				w.abort()
				return n, err
			}
			n++
		}
		if err := w.commit(); err != nil {
			return n, err
		}
		if len(keys) < 10000 {
			break
		}
		if err := ctx.Err(); err != nil {
			return n, err
		}
	}
	return n, d.trimLog(ctx, now.Add(-d.o.LogRetention))
}
