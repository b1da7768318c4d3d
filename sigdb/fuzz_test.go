package sigdb

import (
	"bytes"
	"context"
	"testing"
)

// fuzzEvents returns the change-log events of a database that learned the
// test spam, as the log stores them.
func fuzzEvents(f *testing.F) ([][]byte, []Signature) {
	ctx := context.Background()
	d := openTestDB(f, Options{NodeID: "seed"})
	for _, m := range readMessages(f, "spam") {
		if _, _, err := d.Add(ctx, m); err != nil {
			f.Fatal(err)
		}
	}
	var evs [][]byte
	var sigs []Signature
	err := d.Changes(ctx, 0, func(ev Event) error {
		b, err := ev.MarshalJSON()
		if err != nil {
			return err
		}
		evs = append(evs, b)
		sigs = append(sigs, ev.Sig)
		return nil
	})
	if err != nil || len(evs) == 0 {
		f.Fatalf("%d events: %v", len(evs), err)
	}
	return evs, sigs
}

// FuzzDecodeEvent checks that a change-log event of any content is decoded
// or refused without a panic, and that a decoded event encodes to what
// decodes to the same encoding again: the log a follower copies must read
// back as it was written.
func FuzzDecodeEvent(f *testing.F) {
	evs, _ := fuzzEvents(f)
	for _, b := range evs {
		f.Add(b)
	}
	f.Add([]byte(`{"seq":1,"op":"remove","origin":"a","origin_seq":1,"time":0,"sig":{"id":"00"}}`))
	o := Options{}.withDefaults()
	f.Fuzz(func(t *testing.T, b []byte) {
		ev, err := o.decodeEvent(b)
		if err != nil {
			return
		}
		b1, err := ev.MarshalJSON()
		if err != nil {
			t.Fatalf("decoded event %+v does not encode: %v", ev, err)
		}
		ev2, err := o.decodeEvent(b1)
		if err != nil {
			t.Fatalf("event %q, encoded again as %q, does not decode: %v", b, b1, err)
		}
		b2, err := ev2.MarshalJSON()
		if err != nil || !bytes.Equal(b1, b2) {
			t.Fatalf("event encodes as %q, then as %q (%v)", b1, b2, err)
		}
	})
}

// FuzzDecodeSignature checks that a stored signature record of any content
// is decoded or refused without a panic, and that a decoded record encodes
// to bytes that decode to the same encoding again.
func FuzzDecodeSignature(f *testing.F) {
	_, sigs := fuzzEvents(f)
	for _, s := range sigs {
		f.Add(s.encode())
	}
	f.Add([]byte{recordVersion, byte(Fuzzy), 0, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, b []byte) {
		var id ID
		s, err := decodeSignature(id, b)
		if err != nil {
			return
		}
		b1 := s.encode()
		s2, err := decodeSignature(id, b1)
		if err != nil {
			t.Fatalf("record %x, encoded again as %x, does not decode: %v", b, b1, err)
		}
		if b2 := s2.encode(); !bytes.Equal(b1, b2) {
			t.Fatalf("record encodes as %x, then as %x", b1, b2)
		}
	})
}
