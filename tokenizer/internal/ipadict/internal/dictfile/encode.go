package dictfile

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"math"
	"slices"

	"github.com/ikawaha/kagome-dict/dict"
)

// Encode returns the dictionary file for d. The output depends only on d and
// opts: map entries are written in key order, so the same dictionary always
// gives the same bytes.
//
// d must be a dictionary like kagome-dict's IPA one: every morph has a POS
// row, all POS rows have the same length, and ContentsMeta's BaseFormIndex
// points into every morph's contents. The file keeps the base form only;
// ContentsMeta is rewritten so that BaseFormIndex points at it (see Decode).
func Encode(d *dict.Dict, opts Options) ([]byte, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	var secs [numKinds + 1][]byte
	var err error
	secs[kindInfo] = encodeInfo(d.Info())
	if secs[kindMorphs], err = encodeMorphs(nil, d.Morphs); err != nil {
		return nil, err
	}
	if secs[kindPOS], err = encodePOS(d); err != nil {
		return nil, err
	}
	if secs[kindContents], err = encodeContents(d); err != nil {
		return nil, err
	}
	if secs[kindConnection], err = encodeConnection(d.Connection); err != nil {
		return nil, err
	}
	if secs[kindDaBase], secs[kindDaCheck], err = encodeDoubleArray(d.Index, len(d.Morphs)); err != nil {
		return nil, err
	}
	if secs[kindDup], err = encodeMap(nil, d.Index.Dup); err != nil {
		return nil, err
	}
	if secs[kindCharDef], err = encodeCharDef(d); err != nil {
		return nil, err
	}
	if secs[kindUnk], err = encodeUnk(d.UnkDict); err != nil {
		return nil, err
	}

	level := opts.Level
	if level == 0 {
		level = flate.BestCompression
	}
	type entry struct {
		stored []byte
		size   int
	}
	var entries [numKinds + 1]entry
	total := headerSize + numKinds*tableEntrySize
	for k := 1; k <= numKinds; k++ {
		e := entry{stored: secs[k], size: len(secs[k])}
		if opts.Codec == Flate {
			var buf bytes.Buffer
			w, err := flate.NewWriter(&buf, level)
			if err != nil {
				return nil, fmt.Errorf("dictfile: encode %s: %w", kind(k), err)
			}
			if _, err := w.Write(secs[k]); err != nil {
				return nil, fmt.Errorf("dictfile: encode %s: %w", kind(k), err)
			}
			if err := w.Close(); err != nil {
				return nil, fmt.Errorf("dictfile: encode %s: %w", kind(k), err)
			}
			e.stored = buf.Bytes()
		}
		if len(e.stored) > math.MaxUint32 || e.size > math.MaxUint32 {
			return nil, fmt.Errorf("dictfile: encode %s: section of %d bytes is too large", kind(k), e.size)
		}
		entries[k] = e
		total += len(e.stored)
	}

	out := make([]byte, 0, total)
	out = append(out, Magic...)
	out = binary.LittleEndian.AppendUint32(out, 0) // CRC, set below
	out = binary.LittleEndian.AppendUint32(out, version)
	out = binary.LittleEndian.AppendUint32(out, uint32(numKinds))
	for k := 1; k <= numKinds; k++ {
		out = binary.LittleEndian.AppendUint32(out, uint32(k))
		out = binary.LittleEndian.AppendUint32(out, uint32(opts.Codec))
		out = binary.LittleEndian.AppendUint32(out, uint32(len(entries[k].stored)))
		out = binary.LittleEndian.AppendUint32(out, uint32(entries[k].size))
	}
	for k := 1; k <= numKinds; k++ {
		out = append(out, entries[k].stored...)
	}
	binary.LittleEndian.PutUint32(out[8:], crc32.Checksum(out[12:], castagnoli))
	return out, nil
}

// appendCount appends n as a u32, or fails if it does not fit.
func appendCount(b []byte, n int, what string) ([]byte, error) {
	if n < 0 || n > math.MaxUint32 {
		return b, fmt.Errorf("dictfile: encode: %s count %d does not fit in 32 bits", what, n)
	}
	return binary.LittleEndian.AppendUint32(b, uint32(n)), nil
}

// appendStrings appends a string list.
func appendStrings(b []byte, ss []string, what string) ([]byte, error) {
	b, err := appendCount(b, len(ss), what)
	if err != nil {
		return b, err
	}
	for _, s := range ss {
		if b, err = appendCount(b, len(s), what+" string length"); err != nil {
			return b, err
		}
	}
	for _, s := range ss {
		b = append(b, s...)
	}
	return b, nil
}

// appendMeta appends a meta list.
func appendMeta(b []byte, m dict.ContentsMeta, what string) ([]byte, error) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b, err := appendCount(b, len(keys), what)
	if err != nil {
		return b, err
	}
	for _, k := range keys {
		if b, err = appendCount(b, len(k), what+" key length"); err != nil {
			return b, err
		}
		b = append(b, k...)
		b = append(b, byte(m[k]))
	}
	return b, nil
}

func encodeInfo(info *dict.Info) []byte {
	var ss []string
	if info != nil {
		ss = []string{info.Name, info.Src}
	}
	b, _ := appendStrings(nil, ss, "info") // two short strings always fit
	return b
}

func encodeMorphs(b []byte, ms dict.Morphs) ([]byte, error) {
	b, err := appendCount(b, len(ms), "morph")
	if err != nil {
		return nil, err
	}
	for _, m := range ms {
		b = binary.LittleEndian.AppendUint16(b, uint16(m.LeftID))
	}
	for _, m := range ms {
		b = binary.LittleEndian.AppendUint16(b, uint16(m.RightID))
	}
	for _, m := range ms {
		b = binary.LittleEndian.AppendUint16(b, uint16(m.Weight))
	}
	return b, nil
}

func encodePOS(d *dict.Dict) ([]byte, error) {
	poss := d.POSTable.POSs
	if len(poss) != len(d.Morphs) {
		return nil, fmt.Errorf("dictfile: encode pos: %d POS rows for %d morphs", len(poss), len(d.Morphs))
	}
	b, err := appendStrings(nil, d.POSTable.NameList, "POS name")
	if err != nil {
		return nil, err
	}
	// Intern the rows in order of first use.
	rowID := make(map[string]int)
	var rows []dict.POS
	idx := make([]int, len(poss))
	var key []byte
	for i, p := range poss {
		key = key[:0]
		for _, id := range p {
			key = binary.LittleEndian.AppendUint16(key, uint16(id))
		}
		r, ok := rowID[string(key)]
		if !ok {
			r = len(rows)
			rowID[string(key)] = r
			rows = append(rows, p)
		}
		idx[i] = r
	}
	if len(rows) > math.MaxUint16+1 {
		return nil, fmt.Errorf("dictfile: encode pos: %d distinct POS rows exceed %d", len(rows), math.MaxUint16+1)
	}
	if b, err = appendCount(b, len(rows), "POS row"); err != nil {
		return nil, err
	}
	for _, p := range rows {
		if b, err = appendCount(b, len(p), "POS row length"); err != nil {
			return nil, err
		}
		for _, id := range p {
			b = binary.LittleEndian.AppendUint16(b, uint16(id))
		}
	}
	b = binary.LittleEndian.AppendUint32(b, uint32(len(idx))) // == len(d.Morphs), checked above
	for _, r := range idx {
		b = binary.LittleEndian.AppendUint16(b, uint16(r))
	}
	return b, nil
}

// encodeContents keeps the base form of every morph and the ContentsMeta
// rewritten for one-column contents.
func encodeContents(d *dict.Dict) ([]byte, error) {
	n := len(d.Morphs)
	if len(d.Contents) != n {
		return nil, fmt.Errorf("dictfile: encode contents: %d contents rows for %d morphs (a shrunk dictionary?)", len(d.Contents), n)
	}
	at, ok := d.ContentsMeta[dict.BaseFormIndex]
	if !ok {
		return nil, fmt.Errorf("dictfile: encode contents: ContentsMeta has no %q", dict.BaseFormIndex)
	}
	width := -1
	for i, p := range d.POSTable.POSs {
		if width < 0 {
			width = len(p)
		}
		if len(p) != width {
			return nil, fmt.Errorf("dictfile: encode contents: POS row %d has %d levels, others %d", i, len(p), width)
		}
	}
	if width < 0 || width > math.MaxInt8 {
		return nil, fmt.Errorf("dictfile: encode contents: POS rows of %d levels", width)
	}
	col := int(at) - width // the column of the base form in Contents
	meta := dict.ContentsMeta{dict.BaseFormIndex: int8(width)}
	for _, k := range []string{dict.POSStartIndex, dict.POSHierarchy} {
		if v, ok := d.ContentsMeta[k]; ok {
			meta[k] = v
		}
	}
	b, err := appendMeta(nil, meta, "contents meta")
	if err != nil {
		return nil, err
	}

	// Intern the base forms in order of first use.
	baseID := make(map[string]uint32)
	var bases []string
	idx := make([]uint32, n)
	for i, row := range d.Contents {
		if col < 0 || col >= len(row) {
			return nil, fmt.Errorf("dictfile: encode contents: morph %d has no base form (column %d of %d)", i, col, len(row))
		}
		s := row[col]
		id, ok := baseID[s]
		if !ok {
			id = uint32(len(bases))
			baseID[s] = id
			bases = append(bases, s)
		}
		idx[i] = id
	}
	if b, err = appendStrings(b, bases, "base form"); err != nil {
		return nil, err
	}
	b = binary.LittleEndian.AppendUint32(b, uint32(n)) // n == len(d.Morphs), which fit
	for _, id := range idx {
		b = binary.LittleEndian.AppendUint32(b, id)
	}
	return b, nil
}

func encodeConnection(t dict.ConnectionTable) ([]byte, error) {
	if t.Row < 0 || t.Col < 0 || t.Row > math.MaxUint32 || t.Col > math.MaxUint32 || t.Row*t.Col != int64(len(t.Vec)) {
		return nil, fmt.Errorf("dictfile: encode connection: %d×%d matrix with %d costs", t.Row, t.Col, len(t.Vec))
	}
	b := make([]byte, 0, 8+2*len(t.Vec))
	b = binary.LittleEndian.AppendUint32(b, uint32(t.Row))
	b = binary.LittleEndian.AppendUint32(b, uint32(t.Col))
	for _, v := range t.Vec {
		b = binary.LittleEndian.AppendUint16(b, uint16(v))
	}
	return b, nil
}

// encodeDoubleArray checks the links of the index, which Decode trusts in a
// file whose CRC matches, and returns its two columns.
func encodeDoubleArray(idx dict.IndexTable, morphs int) (base, check []byte, err error) {
	da := idx.Da
	maxLeaf, err := checkDoubleArray(da)
	if err != nil {
		return nil, nil, fmt.Errorf("dictfile: encode index: %w", err)
	}
	if maxLeaf >= int64(morphs) {
		return nil, nil, fmt.Errorf("dictfile: encode index: a leaf names morph %d of %d", maxLeaf, morphs)
	}
	if base, err = appendCount(make([]byte, 0, 4+4*len(da)), len(da), "double-array node"); err != nil {
		return nil, nil, err
	}
	check = make([]byte, 0, 4+4*len(da))
	check = binary.LittleEndian.AppendUint32(check, uint32(len(da)))
	for i, v := range da {
		base = binary.LittleEndian.AppendUint32(base, uint32(v.Base)-uint32(i))
		check = binary.LittleEndian.AppendUint32(check, uint32(v.Check)-uint32(i))
	}
	return base, check, nil
}

// encodeMap appends a map as sorted keys then values.
func encodeMap(b []byte, m map[int32]int32) ([]byte, error) {
	keys := make([]int32, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b, err := appendCount(b, len(keys), "map entry")
	if err != nil {
		return nil, err
	}
	for _, k := range keys {
		b = binary.LittleEndian.AppendUint32(b, uint32(k))
	}
	for _, k := range keys {
		b = binary.LittleEndian.AppendUint32(b, uint32(m[k]))
	}
	return b, nil
}

func appendFlags(b []byte, flags []bool, what string) ([]byte, error) {
	b, err := appendCount(b, len(flags), what)
	if err != nil {
		return nil, err
	}
	for _, f := range flags {
		var v byte
		if f {
			v = 1
		}
		b = append(b, v)
	}
	return b, nil
}

func encodeCharDef(d *dict.Dict) ([]byte, error) {
	b, err := appendStrings(nil, d.CharClass, "char class")
	if err != nil {
		return nil, err
	}
	if b, err = appendCount(b, len(d.CharCategory), "char category"); err != nil {
		return nil, err
	}
	b = append(b, d.CharCategory...)
	if b, err = appendFlags(b, d.InvokeList, "invoke flag"); err != nil {
		return nil, err
	}
	return appendFlags(b, d.GroupList, "group flag")
}

func encodeUnk(u dict.UnkDict) ([]byte, error) {
	b, err := encodeMap(nil, u.Index)
	if err != nil {
		return nil, err
	}
	if b, err = encodeMap(b, u.IndexDup); err != nil {
		return nil, err
	}
	if b, err = encodeMorphs(b, u.Morphs); err != nil {
		return nil, err
	}
	if b, err = appendMeta(b, u.ContentsMeta, "unknown contents meta"); err != nil {
		return nil, err
	}
	if b, err = appendCount(b, len(u.Contents), "unknown contents row"); err != nil {
		return nil, err
	}
	var cells []string
	for _, row := range u.Contents {
		if b, err = appendCount(b, len(row), "unknown contents column"); err != nil {
			return nil, err
		}
		cells = append(cells, row...)
	}
	return appendStrings(b, cells, "unknown contents cell")
}
