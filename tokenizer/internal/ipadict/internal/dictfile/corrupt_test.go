package dictfile

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"testing"

	kagome "github.com/ikawaha/kagome/v2/tokenizer"
)

// realFile returns the embedded file of package ipadict.
func realFile(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile("../../ipa.bin")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// sectionBounds returns the start and end offsets of each section of a
// well-formed file, indexed by kind.
func sectionBounds(t testing.TB, b []byte) (start, end [numKinds + 1]int) {
	t.Helper()
	off := headerSize + numKinds*tableEntrySize
	for k := 1; k <= numKinds; k++ {
		stored := int(binary.LittleEndian.Uint32(b[headerSize+(k-1)*tableEntrySize+8:]))
		start[k], end[k] = off, off+stored
		off += stored
	}
	if off != len(b) {
		t.Fatalf("sections end at %d, file at %d", off, len(b))
	}
	return start, end
}

// TestCorrupt damages the real file in places chosen from its layout and
// expects an error wrapping ErrCorrupt, never a panic. Truncations must fail
// even without the CRC; byte flips must fail with it, and without it must
// fail in the header and section table.
func TestCorrupt(t *testing.T) {
	b := realFile(t)
	if _, err := Decode(b); err != nil {
		t.Fatalf("the real file does not decode: %v", err)
	}
	start, end := sectionBounds(t, b)
	tableEnd := headerSize + numKinds*tableEntrySize

	type cut struct {
		name string
		at   int
	}
	cuts := []cut{
		{"empty", 0}, {"in magic", 7}, {"before CRC", 8}, {"before version", 12},
		{"before count", 16}, {"in count", 19}, {"before table", headerSize},
		{"in table", tableEnd - 1}, {"after table", tableEnd}, {"last byte", len(b) - 1},
	}
	type flip struct {
		name      string
		at        int
		failNoCRC bool // fails even when the CRC is not checked
	}
	flips := []flip{
		{"magic", 0, true}, {"CRC", 8, false}, {"version", 12, true}, {"count", 16, true},
	}
	for k := 1; k <= numKinds; k++ {
		e := headerSize + (k-1)*tableEntrySize
		mid := (start[k] + end[k]) / 2
		cuts = append(cuts,
			cut{fmt.Sprintf("start of %s", kind(k)), start[k] + 1},
			cut{fmt.Sprintf("middle of %s", kind(k)), mid})
		flips = append(flips,
			flip{fmt.Sprintf("%s kind", kind(k)), e, true},
			flip{fmt.Sprintf("%s codec", kind(k)), e + 4, true},
			flip{fmt.Sprintf("%s stored size", kind(k)), e + 8, true},
			flip{fmt.Sprintf("%s size", kind(k)), e + 12, true},
			flip{fmt.Sprintf("%s first count", kind(k)), start[k], true},
			flip{fmt.Sprintf("%s middle", kind(k)), mid, false},
			flip{fmt.Sprintf("%s last byte", kind(k)), end[k] - 1, false})
	}
	for _, c := range cuts {
		t.Run("cut/"+c.name, func(t *testing.T) {
			for _, crc := range []bool{true, false} {
				if _, err := decode(b[:c.at], crc); !errors.Is(err, ErrCorrupt) {
					t.Errorf("checkCRC %v: error %v, want ErrCorrupt", crc, err)
				}
			}
		})
	}
	for _, f := range flips {
		t.Run("flip/"+f.name, func(t *testing.T) {
			b[f.at] ^= 0xff
			defer func() { b[f.at] ^= 0xff }()
			if _, err := Decode(b); !errors.Is(err, ErrCorrupt) {
				t.Errorf("error %v, want ErrCorrupt", err)
			}
			_, err := decode(b, false)
			if f.failNoCRC && !errors.Is(err, ErrCorrupt) {
				t.Errorf("without CRC: error %v, want ErrCorrupt", err)
			}
			if err != nil && !errors.Is(err, ErrCorrupt) {
				t.Errorf("without CRC: error %v does not wrap ErrCorrupt", err)
			}
		})
	}
}

// FuzzDecode decodes damaged files without the CRC check, which would
// otherwise stop nearly every input at once. Decode must return an error
// wrapping ErrCorrupt or a dictionary that kagome analyzes without panic.
func FuzzDecode(f *testing.F) {
	f.Add(realFile(f)[:headerSize+numKinds*tableEntrySize])
	for _, opts := range []Options{{Codec: Raw}, {Codec: Flate}} {
		b, err := Encode(tinyDict(f), opts)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := decode(b, false)
		if err != nil {
			if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("error %v does not wrap ErrCorrupt", err)
			}
			return
		}
		tk, err := kagome.New(d, kagome.OmitBosEos())
		if err != nil {
			t.Fatal(err)
		}
		for _, mode := range []kagome.TokenizeMode{kagome.Normal, kagome.Search, kagome.Extended} {
			for _, tok := range tk.Analyze("すもももももも食べた abc 123 \x00\xff漢字", mode) {
				tok.Features()
				tok.POS()
				tok.BaseForm()
				tok.Reading()
				for i := range 10 {
					tok.FeatureAt(i)
				}
			}
		}
	})
}
