// Package dictfile encodes and decodes the compact file from which package
// ipadict loads the IPA dictionary.
//
// The file keeps what the morphological analyzer needs (morph costs, the
// connection matrix, the double-array index, character classes, the unknown
// word dictionary), the part-of-speech table and one base form per morph.
// Readings, pronunciations and inflection type and form are dropped. Every
// section is a run of little-endian columns that decode with plain loops,
// which makes loading an order of magnitude faster than the zip of gob and
// binary.Read records that kagome-dict ships.
//
// # Layout
//
// All integers are little-endian.
//
//	offset  size  field
//	0       8     magic "KGIPADIC"
//	8       4     CRC-32C (Castagnoli) of every byte from offset 12 to the end
//	12      4     version, 1
//	16      4     section count, 10
//	20      16·n  section table: kind, codec, stored size, size (uint32 each)
//	...           the sections' stored bytes, in table order, back to back
//
// The sections come in kind order, each once. A section's codec is 0 (the
// bytes are stored as they are) or 1 (raw DEFLATE, RFC 1951); size is its
// length once inflated. The file ends right after the last section.
//
// Inside sections, u32 is a uint32, i16 an int16, i32 an int32, a
// string list is u32 n, then n u32 byte lengths, then the n strings' bytes
// back to back, and a meta list is u32 n, then n entries of (u32 length, key
// bytes, one int8 value) sorted by key. The kinds are:
//
//	1  info        string list: name and source of the dictionary, or empty if
//	               it had no info
//	2  morphs      u32 n; i16 left ids[n]; i16 right ids[n]; i16 weights[n]
//	3  pos         string list of POS names; u32 r distinct POS rows, each u32
//	               length and that many u16 name ids; u32 n; u16 row of
//	               morph[n]
//	4  contents    meta list (the dictionary's ContentsMeta); string list of
//	               distinct base forms; u32 n; u32 base form of morph[n]
//	5  connection  u32 rows; u32 cols; i16 costs[rows·cols]
//	6  dabase      u32 n; i32 Base[i]-i for each double-array node i
//	7  dacheck     u32 n; i32 Check[i]-i for each double-array node i
//	8  dup         u32 n; i32 keys[n] strictly increasing; i32 values[n]
//	9  chardef     string list of class names; u32 n, n category bytes; u32 n,
//	               n invoke flags (0 or 1); u32 n, n group flags (0 or 1)
//	10 unk         index and index-dup maps (each u32 n, i32 keys[n] strictly
//	               increasing, i32 values[n]); morphs as in kind 2; meta list;
//	               u32 r rows, r u32 column counts, string list of all cells
//
// The double-array columns are stored as differences from the node index,
// which costs nothing to undo and lets DEFLATE shrink them by a third.
package dictfile

import (
	"errors"
	"fmt"
	"hash/crc32"
)

// Magic starts every dictionary file.
const Magic = "KGIPADIC"

// version is the layout version this package reads and writes.
const version = 1

// Sizes of the fixed parts of the layout.
const (
	headerSize     = 20
	tableEntrySize = 16
)

// Codec says how a section is stored.
type Codec uint32

// Codecs of a section.
const (
	// Raw stores the section bytes as they are: the largest file (22.5 MB
	// for IPADIC) and the fastest load (about 40 ms on two cores).
	Raw Codec = 0
	// Flate stores them as raw DEFLATE, inflated in parallel at load: a
	// third of the size (7.3 MB at level 9) for three to four times the
	// load time, nearly all of it in inflating.
	Flate Codec = 1
)

// String returns the codec's name.
func (c Codec) String() string {
	switch c {
	case Raw:
		return "raw"
	case Flate:
		return "flate"
	}
	return fmt.Sprintf("codec(%d)", uint32(c))
}

// kind names a section.
type kind uint32

// Section kinds, in file order.
const (
	kindInfo kind = iota + 1
	kindMorphs
	kindPOS
	kindContents
	kindConnection
	kindDaBase
	kindDaCheck
	kindDup
	kindCharDef
	kindUnk
	numKinds = int(kindUnk)
)

var kindNames = [...]string{
	kindInfo:       "info",
	kindMorphs:     "morphs",
	kindPOS:        "pos",
	kindContents:   "contents",
	kindConnection: "connection",
	kindDaBase:     "dabase",
	kindDaCheck:    "dacheck",
	kindDup:        "dup",
	kindCharDef:    "chardef",
	kindUnk:        "unk",
}

// String returns the section's name.
func (k kind) String() string {
	if k >= 1 && int(k) <= numKinds {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", uint32(k))
}

// ErrCorrupt is wrapped by every error that Decode returns for a file that
// does not follow the layout.
var ErrCorrupt = errors.New("corrupt dictionary file")

// castagnoli is the CRC-32C table; crc32 computes it with the CPU's
// instruction where there is one.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Options tunes Encode.
type Options struct {
	// Codec is how every section is stored. Default Raw.
	Codec Codec
	// Level is the DEFLATE level when Codec is Flate, from 1 to 9. Default
	// (0) is 9, the smallest file.
	Level int
}

// DefaultOptions returns the options with which the embedded file of
// package ipadict is generated: every section Raw, because the dictionary is
// loaded at every start of the program and the 15 MB that Flate would save in
// the binary cost more than 100 ms of CPU per load.
func DefaultOptions() Options { return Options{Codec: Raw} }

// Validate reports the first field of o that holds a value Encode cannot use.
func (o Options) Validate() error {
	if o.Codec != Raw && o.Codec != Flate {
		return fmt.Errorf("dictfile: Options.Codec: unknown codec %d", uint32(o.Codec))
	}
	if o.Level < 0 || o.Level > 9 {
		return fmt.Errorf("dictfile: Options.Level: %d is not in 0..9", o.Level)
	}
	return nil
}
