package sigdb

import (
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"slices"
	"time"
)

// Signature is one digest of a reported spam part with its history.
type Signature struct {
	ID   ID
	Kind Kind
	// Hashes is the min-hash of a fuzzy signature; nil for exact ones.
	Hashes []uint16
	// Reports counts the reports of the signature per origin node. Nodes
	// merge these counters by taking the larger count of each origin, so
	// that applying or importing the same data twice changes nothing.
	Reports map[string]uint64
	// First and Last are when the signature was first and last reported;
	// it expires at Expires unless reported again.
	First, Last, Expires time.Time
}

// Count returns the number of reports of the signature over all origins.
func (s *Signature) Count() uint64 {
	var n uint64
	for _, c := range s.Reports {
		n += c
	}
	return n
}

// merge folds o into s: per-origin report counts by maximum, First by
// minimum, Last and Expires by maximum. It is commutative, associative and
// idempotent, so replicas converge whatever the order of merges.
func (s *Signature) merge(o *Signature) {
	if s.Reports == nil {
		s.Reports = make(map[string]uint64, len(o.Reports))
	}
	for k, v := range o.Reports {
		if v > s.Reports[k] {
			s.Reports[k] = v
		}
	}
	if o.First.Before(s.First) {
		s.First = o.First
	}
	if o.Last.After(s.Last) {
		s.Last = o.Last
	}
	if o.Expires.After(s.Expires) {
		s.Expires = o.Expires
	}
}

func (s *Signature) clone() Signature {
	c := *s
	c.Hashes = slices.Clone(s.Hashes)
	c.Reports = maps.Clone(s.Reports)
	return c
}

const recordVersion = 1

var errBadRecord = errors.New("malformed record")

// encode returns the stored form of s (see the package documentation):
//
//	version(1) kind(1) first last expires (uvarint Unix seconds)
//	n(uvarint) n × { len(uvarint) origin count(uvarint) }
//	h(uvarint) h × hash (uint16 little-endian)
func (s *Signature) encode() []byte {
	b := make([]byte, 0, 32+16*len(s.Reports)+2*len(s.Hashes))
	b = append(b, recordVersion, byte(s.Kind))
	b = binary.AppendUvarint(b, unixSec(s.First))
	b = binary.AppendUvarint(b, unixSec(s.Last))
	b = binary.AppendUvarint(b, unixSec(s.Expires))
	b = binary.AppendUvarint(b, uint64(len(s.Reports)))
	for _, k := range slices.Sorted(maps.Keys(s.Reports)) {
		b = binary.AppendUvarint(b, uint64(len(k)))
		b = append(b, k...)
		b = binary.AppendUvarint(b, s.Reports[k])
	}
	b = binary.AppendUvarint(b, uint64(len(s.Hashes)))
	for _, h := range s.Hashes {
		b = binary.LittleEndian.AppendUint16(b, h)
	}
	return b
}

func unixSec(t time.Time) uint64 {
	if t.IsZero() || t.Unix() < 0 {
		return 0
	}
	return uint64(t.Unix())
}

func fromUnix(v uint64) time.Time {
	if v == 0 || v > 1<<40 {
		return time.Time{}
	}
	return time.Unix(int64(v), 0).UTC()
}

func decodeSignature(id ID, b []byte) (Signature, error) {
	s := Signature{ID: id}
	if len(b) < 2 || b[0] != recordVersion {
		return s, fmt.Errorf("sigdb: record %s: %w", id, errBadRecord)
	}
	s.Kind = Kind(b[1])
	b = b[2:]
	next := func() (uint64, bool) {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			return 0, false
		}
		b = b[n:]
		return v, true
	}
	var t [3]uint64
	for i := range t {
		v, ok := next()
		if !ok {
			return s, fmt.Errorf("sigdb: record %s: %w", id, errBadRecord)
		}
		t[i] = v
	}
	s.First, s.Last, s.Expires = fromUnix(t[0]), fromUnix(t[1]), fromUnix(t[2])
	n, ok := next()
	if !ok || n > uint64(len(b)) {
		return s, fmt.Errorf("sigdb: record %s: %w", id, errBadRecord)
	}
	s.Reports = make(map[string]uint64, n)
	for range n {
		l, ok := next()
		if !ok || l > uint64(len(b)) {
			return s, fmt.Errorf("sigdb: record %s: %w", id, errBadRecord)
		}
		k := string(b[:l])
		b = b[l:]
		c, ok := next()
		if !ok {
			return s, fmt.Errorf("sigdb: record %s: %w", id, errBadRecord)
		}
		s.Reports[k] = c
	}
	h, ok := next()
	if !ok || 2*h != uint64(len(b)) {
		return s, fmt.Errorf("sigdb: record %s: %w", id, errBadRecord)
	}
	if h > 0 {
		s.Hashes = make([]uint16, h)
		for i := range s.Hashes {
			s.Hashes[i] = binary.LittleEndian.Uint16(b[2*i:])
		}
	}
	return s, nil
}
