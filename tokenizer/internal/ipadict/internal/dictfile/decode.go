package dictfile

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"io"
	"sync"

	"github.com/ikawaha/kagome-dict/dict"
)

// maxInflateRatio bounds how much larger than its stored bytes a DEFLATE
// section may claim to be; DEFLATE cannot expand data by more than about
// 1032 times, so a larger claim is corrupt and is refused before allocating.
const maxInflateRatio = 1040

// Decode returns the dictionary stored in b.
//
// The result holds everything that kagome's analyzer and part-of-speech
// lookups use, equal to the dictionary that was encoded: Morphs, POSTable,
// Connection, Index, CharClass, CharCategory, InvokeList, GroupList, UnkDict
// and the dictionary info. Contents holds one column per morph, its base form,
// and ContentsMeta maps BaseFormIndex to that column (the POS row length) and
// keeps POSStartIndex and POSHierarchy. So for a known token BaseForm and
// FeatureAt for the POS levels return what the full dictionary returns, while
// Reading and Pronunciation report false, FeatureAt(len(POS)) is the base form
// (not the inflection type) and Features ends with the base form.
//
// The returned dictionary shares memory between its rows: all Contents rows
// are one-element windows on one slice of base forms, which are substrings of
// one string, and all POS rows are windows on one short slice of distinct
// rows. The rows have no spare capacity, so appending to one copies it.
//
// Every length and offset is checked, as is the CRC, so a damaged b gives an
// error wrapping ErrCorrupt and never a panic. The ids by which the analyzer
// indexes one table from another (POS name ids, base form ids, connection
// ids of morphs, duplicate ranges, character categories, unknown-word ids)
// are checked too, so the analyzer does not panic on a dictionary that Decode
// accepted. The links inside the double array are the exception: Encode
// checks them, and a file whose CRC matches holds what Encode wrote, so Decode
// spares itself that pass over the largest table. Decode does not keep b.
func Decode(b []byte) (*dict.Dict, error) {
	return decode(b, true)
}

// corrupt returns an error wrapping ErrCorrupt.
func corrupt(format string, args ...any) error {
	return fmt.Errorf("dictfile: %w: %s", ErrCorrupt, fmt.Sprintf(format, args...))
}

// section is one entry of the section table with its payload.
type section struct {
	kind   kind
	codec  Codec
	stored []byte
	size   int
	data   []byte // the section bytes, inflated if need be
}

// decode is Decode with the CRC check optional. Without it, which the fuzz
// test uses to reach past the header, the double array's links are checked
// instead.
func decode(b []byte, checkCRC bool) (*dict.Dict, error) {
	if len(b) < headerSize {
		return nil, corrupt("file of %d bytes is shorter than its header", len(b))
	}
	if string(b[:len(Magic)]) != Magic {
		return nil, corrupt("bad magic %q", b[:len(Magic)])
	}
	if v := binary.LittleEndian.Uint32(b[12:]); v != version {
		return nil, corrupt("version %d, want %d", v, version)
	}
	if n := binary.LittleEndian.Uint32(b[16:]); n != uint32(numKinds) {
		return nil, corrupt("%d sections, want %d", n, numKinds)
	}
	table := b[headerSize:]
	if len(table) < numKinds*tableEntrySize {
		return nil, corrupt("section table cut short")
	}
	rest := b[headerSize+numKinds*tableEntrySize:]
	var secs [numKinds + 1]section
	for k := 1; k <= numKinds; k++ {
		e := table[(k-1)*tableEntrySize:]
		s := section{
			kind:  kind(binary.LittleEndian.Uint32(e)),
			codec: Codec(binary.LittleEndian.Uint32(e[4:])),
			size:  int(binary.LittleEndian.Uint32(e[12:])),
		}
		stored := uint64(binary.LittleEndian.Uint32(e[8:]))
		if s.kind != kind(k) {
			return nil, corrupt("section %d is %s, want %s", k, s.kind, kind(k))
		}
		if stored > uint64(len(rest)) {
			return nil, corrupt("%s: %d stored bytes, %d left in file", s.kind, stored, len(rest))
		}
		s.stored, rest = rest[:stored], rest[stored:]
		switch s.codec {
		case Raw:
			if uint64(s.size) != stored {
				return nil, corrupt("%s: raw section of %d bytes claims %d", s.kind, stored, s.size)
			}
			s.data = s.stored
		case Flate:
			if uint64(s.size) > stored*maxInflateRatio+64 {
				return nil, corrupt("%s: %d bytes cannot inflate to %d", s.kind, stored, s.size)
			}
		default:
			return nil, corrupt("%s: unknown codec %d", s.kind, uint32(s.codec))
		}
		secs[k] = s
	}
	if len(rest) != 0 {
		return nil, corrupt("%d bytes after the last section", len(rest))
	}

	// Check the CRC while the sections are decoded: decoding checks every
	// length, so a damaged file costs nothing worse than wasted work.
	var wg, crcDone sync.WaitGroup
	var crcErr error
	if checkCRC {
		crcDone.Go(func() {
			if want, got := binary.LittleEndian.Uint32(b[8:]), crc32.Checksum(b[12:], castagnoli); want != got {
				crcErr = corrupt("CRC %08x, header says %08x", got, want)
			}
		})
	}
	defer crcDone.Wait() // on early returns
	// Inflate the compressed sections in parallel.
	var errs [numKinds + 1]error
	for k := 1; k <= numKinds; k++ {
		if secs[k].codec == Flate {
			wg.Go(func() { secs[k].data, errs[k] = inflate(&secs[k]) })
		}
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}

	// Decode the sections in parallel; each writes its own part.
	p := parts{trusted: checkCRC}
	decoders := [...]struct {
		kinds []kind
		fn    func(p *parts, r []*reader)
	}{
		{[]kind{kindInfo}, (*parts).readInfo},
		{[]kind{kindMorphs}, (*parts).readMorphs},
		{[]kind{kindPOS}, (*parts).readPos},
		{[]kind{kindContents}, (*parts).readContents},
		{[]kind{kindConnection}, (*parts).readConnection},
		{[]kind{kindDaBase, kindDaCheck}, (*parts).readDoubleArray},
		{[]kind{kindDup}, (*parts).readDup},
		{[]kind{kindCharDef}, (*parts).readCharDef},
		{[]kind{kindUnk}, (*parts).readUnk},
	}
	readers := make([]reader, numKinds+1)
	for k := 1; k <= numKinds; k++ {
		readers[k] = reader{b: secs[k].data, kind: kind(k)}
	}
	for _, dec := range decoders {
		rs := make([]*reader, len(dec.kinds))
		for i, k := range dec.kinds {
			rs[i] = &readers[k]
		}
		wg.Go(func() { dec.fn(&p, rs) })
	}
	wg.Wait()
	if crcDone.Wait(); crcErr != nil {
		return nil, crcErr
	}
	for k := 1; k <= numKinds; k++ {
		r := &readers[k]
		if r.err == nil && len(r.b) != 0 {
			r.fail("%d bytes left over", len(r.b))
		}
		if r.err != nil {
			return nil, r.err
		}
	}
	return p.assemble()
}

// inflate returns the inflated bytes of s, which must be exactly s.size long.
// The buffer grows with the output rather than trusting s.size up front.
func inflate(s *section) ([]byte, error) {
	buf := bytes.NewBuffer(make([]byte, 0, min(s.size, 8*len(s.stored)+512)))
	n, err := io.Copy(buf, io.LimitReader(flate.NewReader(bytes.NewReader(s.stored)), int64(s.size)+1))
	if err != nil {
		return nil, corrupt("%s: inflate: %v", s.kind, err)
	}
	if n != int64(s.size) {
		return nil, corrupt("%s: inflates to %d bytes, table says %d", s.kind, n, s.size)
	}
	return buf.Bytes(), nil
}

// reader reads one section. The first failure sticks: later reads return
// zero values, and the caller checks err once at the end.
type reader struct {
	b    []byte
	kind kind
	err  error
}

func (r *reader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = corrupt("%s: %s", r.kind, fmt.Sprintf(format, args...))
	}
	r.b = nil
}

// take returns the next n bytes.
func (r *reader) take(n uint64, what string) []byte {
	if r.err != nil {
		return nil
	}
	if n > uint64(len(r.b)) {
		r.fail("%s: %d bytes, %d left", what, n, len(r.b))
		return nil
	}
	p := r.b[:n:n]
	r.b = r.b[n:]
	return p
}

func (r *reader) u32(what string) uint32 {
	p := r.take(4, what)
	if p == nil {
		return 0
	}
	return binary.LittleEndian.Uint32(p)
}

// count reads a u32 count of items of size bytes each and checks that that
// many items fit in what is left, so that no corrupt count allocates much.
func (r *reader) count(size int, what string) int {
	n := uint64(r.u32(what + " count"))
	if r.err == nil && n*uint64(size) > uint64(len(r.b)) {
		r.fail("%d %ss of %d bytes, %d bytes left", n, what, size, len(r.b))
		return 0
	}
	return int(n)
}

// strings reads a string list. The strings are substrings of one string.
func (r *reader) strings(what string) []string {
	n := r.count(4, what)
	lens := r.take(4*uint64(n), what+" lengths")
	if r.err != nil {
		return nil
	}
	var total uint64
	for i := range n {
		total += uint64(binary.LittleEndian.Uint32(lens[4*i:]))
	}
	blob := string(r.take(total, what+" bytes"))
	if r.err != nil {
		return nil
	}
	out := make([]string, n)
	off := 0
	for i := range out {
		l := int(binary.LittleEndian.Uint32(lens[4*i:]))
		out[i] = blob[off : off+l]
		off += l
	}
	return out
}

func (r *reader) meta(what string) dict.ContentsMeta {
	n := r.count(5, what)
	if r.err != nil {
		return nil
	}
	m := make(dict.ContentsMeta, n)
	for range n {
		l := r.u32(what + " key length")
		key := r.take(uint64(l), what+" key")
		v := r.take(1, what+" value")
		if r.err != nil {
			return nil
		}
		if _, dup := m[string(key)]; dup {
			r.fail("%s: key %q twice", what, key)
			return nil
		}
		if int8(v[0]) < 0 {
			r.fail("%s: %q is %d", what, key, int8(v[0]))
			return nil
		}
		m[string(key)] = int8(v[0])
	}
	return m
}

func (r *reader) morphs(what string) dict.Morphs {
	n := r.count(6, what)
	p := r.take(6*uint64(n), what)
	if r.err != nil {
		return nil
	}
	left, right, weight := p[:2*n], p[2*n:4*n], p[4*n:6*n]
	ms := make(dict.Morphs, n)
	for i := range ms {
		ms[i] = dict.Morph{
			LeftID:  int16(binary.LittleEndian.Uint16(left[2*i:])),
			RightID: int16(binary.LittleEndian.Uint16(right[2*i:])),
			Weight:  int16(binary.LittleEndian.Uint16(weight[2*i:])),
		}
	}
	return ms
}

func (r *reader) int32Map(what string) map[int32]int32 {
	n := r.count(8, what)
	p := r.take(8*uint64(n), what)
	if r.err != nil {
		return nil
	}
	keys, vals := p[:4*n], p[4*n:]
	m := make(map[int32]int32, n)
	for i := range n {
		k := int32(binary.LittleEndian.Uint32(keys[4*i:]))
		if i > 0 && k <= int32(binary.LittleEndian.Uint32(keys[4*i-4:])) {
			r.fail("%s: keys not increasing at %d", what, i)
			return nil
		}
		m[k] = int32(binary.LittleEndian.Uint32(vals[4*i:]))
	}
	return m
}

func (r *reader) flags(what string) []bool {
	n := r.count(1, what)
	p := r.take(uint64(n), what)
	if r.err != nil {
		return nil
	}
	out := make([]bool, n)
	for i, v := range p {
		if v > 1 {
			r.fail("%s %d is %d", what, i, v)
			return nil
		}
		out[i] = v == 1
	}
	return out
}

// parts holds the decoded sections until they are checked against each
// other and assembled.
type parts struct {
	info      *dict.Info
	morphs    dict.Morphs
	names     []string
	posRows   []dict.POS
	posIdx    []uint16
	meta      dict.ContentsMeta
	bases     []string
	baseIdx   []uint32
	conn      dict.ConnectionTable
	da        []struct{ Base, Check int32 }
	daMaxLeaf int64 // the largest morph id in a leaf, if checked
	// trusted says the CRC is checked, so the bytes are what Encode wrote
	// and the trie's links need no second check.
	trusted  bool
	dup      map[int32]int32
	class    dict.CharClass
	category dict.CharCategory
	invoke   dict.InvokeList
	group    dict.GroupList
	unk      dict.UnkDict
}

func (p *parts) readInfo(rs []*reader) {
	r := rs[0]
	ss := r.strings("info")
	switch {
	case r.err != nil:
	case len(ss) == 2:
		p.info = &dict.Info{Name: ss[0], Src: ss[1]}
	case len(ss) != 0:
		r.fail("%d strings, want 0 or 2", len(ss))
	}
}

func (p *parts) readMorphs(rs []*reader) { p.morphs = rs[0].morphs("morph") }

func (p *parts) readPos(rs []*reader) {
	r := rs[0]
	p.names = r.strings("POS name")
	nrows := r.count(4, "POS row")
	if r.err != nil {
		return
	}
	// All rows are windows on one backing slice. Read the lengths first.
	start := r.b
	var total uint64
	for range nrows {
		l := uint64(r.u32("POS row length"))
		r.take(2*l, "POS row")
		total += l
	}
	if r.err != nil {
		return
	}
	r.b = start
	ids := make([]dict.POSID, 0, total)
	p.posRows = make([]dict.POS, nrows)
	for i := range p.posRows {
		l := int(r.u32("POS row length"))
		row := r.take(2*uint64(l), "POS row")
		at := len(ids)
		for j := range l {
			id := binary.LittleEndian.Uint16(row[2*j:])
			if int(id) >= len(p.names) {
				r.fail("POS row %d names POS %d of %d", i, id, len(p.names))
				return
			}
			ids = append(ids, dict.POSID(id))
		}
		p.posRows[i] = ids[at:len(ids):len(ids)]
	}
	n := r.count(2, "morph POS")
	q := r.take(2*uint64(n), "morph POS")
	if r.err != nil {
		return
	}
	p.posIdx = make([]uint16, n)
	for i := range p.posIdx {
		v := binary.LittleEndian.Uint16(q[2*i:])
		if int(v) >= nrows {
			r.fail("morph %d has POS row %d of %d", i, v, nrows)
			return
		}
		p.posIdx[i] = v
	}
}

func (p *parts) readContents(rs []*reader) {
	r := rs[0]
	p.meta = r.meta("contents meta")
	p.bases = r.strings("base form")
	n := r.count(4, "morph base form")
	q := r.take(4*uint64(n), "morph base form")
	if r.err != nil {
		return
	}
	p.baseIdx = make([]uint32, n)
	for i := range p.baseIdx {
		v := binary.LittleEndian.Uint32(q[4*i:])
		if uint64(v) >= uint64(len(p.bases)) {
			r.fail("morph %d has base form %d of %d", i, v, len(p.bases))
			return
		}
		p.baseIdx[i] = v
	}
}

func (p *parts) readConnection(rs []*reader) {
	r := rs[0]
	rows := uint64(r.u32("rows"))
	cols := uint64(r.u32("columns"))
	if r.err == nil && rows*cols > uint64(len(r.b))/2 { // rows, cols < 2³²
		r.fail("%d×%d costs, %d bytes left", rows, cols, len(r.b))
	}
	q := r.take(2*rows*cols, "costs")
	if r.err != nil {
		return
	}
	vec := make([]int16, rows*cols)
	for i := range vec {
		vec[i] = int16(binary.LittleEndian.Uint16(q[2*i:]))
	}
	p.conn = dict.ConnectionTable{Row: int64(rows), Col: int64(cols), Vec: vec}
}

func (p *parts) readDoubleArray(rs []*reader) {
	rb, rc := rs[0], rs[1]
	n := rb.count(4, "node")
	if m := rc.count(4, "node"); rc.err == nil && m != n {
		rc.fail("%d nodes, %s has %d", m, kindDaBase, n)
	}
	base := rb.take(4*uint64(n), "bases")
	check := rc.take(4*uint64(n), "checks")
	if rb.err != nil || rc.err != nil {
		return
	}
	da := make([]struct{ Base, Check int32 }, n)
	for i := range da {
		da[i].Base = int32(binary.LittleEndian.Uint32(base[4*i:]) + uint32(i))
		da[i].Check = int32(binary.LittleEndian.Uint32(check[4*i:]) + uint32(i))
	}
	p.da, p.daMaxLeaf = da, -1
	if !p.trusted {
		maxLeaf, err := checkDoubleArray(da)
		if err != nil {
			rb.fail("%v", err)
			return
		}
		p.daMaxLeaf = maxLeaf
	}
}

func (p *parts) readDup(rs []*reader) { p.dup = rs[0].int32Map("duplicate") }

func (p *parts) readCharDef(rs []*reader) {
	r := rs[0]
	p.class = r.strings("char class")
	n := r.count(1, "char category")
	p.category = dict.CharCategory(bytes.Clone(r.take(uint64(n), "char category")))
	p.invoke = r.flags("invoke flag")
	p.group = r.flags("group flag")
}

func (p *parts) readUnk(rs []*reader) {
	r := rs[0]
	u := dict.UnkDict{
		Index:    r.int32Map("index"),
		IndexDup: r.int32Map("index dup"),
		Morphs:   r.morphs("morph"),
	}
	u.ContentsMeta = r.meta("contents meta")
	nrows := r.count(4, "contents row")
	cols := r.take(4*uint64(nrows), "contents row")
	cells := r.strings("contents cell")
	if r.err != nil {
		return
	}
	u.Contents = make(dict.Contents, nrows)
	off := uint64(0)
	for i := range u.Contents {
		l := uint64(binary.LittleEndian.Uint32(cols[4*i:]))
		if l > uint64(len(cells))-off {
			r.fail("contents row %d of %d cells, %d left", i, l, uint64(len(cells))-off)
			return
		}
		u.Contents[i] = cells[off : off+l : off+l]
		off += l
	}
	if off != uint64(len(cells)) {
		r.fail("%d contents cells, rows use %d", len(cells), off)
		return
	}
	p.unk = u
}

// assemble checks the parts against each other and builds the dictionary.
func (p *parts) assemble() (*dict.Dict, error) {
	n := len(p.morphs)
	if len(p.posIdx) != n || len(p.baseIdx) != n {
		return nil, corrupt("%d morphs, %d POS rows, %d base forms", n, len(p.posIdx), len(p.baseIdx))
	}
	if p.conn.Row < 1 || p.conn.Col < 1 {
		// BOS and EOS nodes have connection ids 0.
		return nil, corrupt("connection: %d×%d matrix", p.conn.Row, p.conn.Col)
	}
	if err := checkMorphs(p.morphs, p.conn, "morph"); err != nil {
		return nil, err
	}
	if err := checkMorphs(p.unk.Morphs, p.conn, "unknown morph"); err != nil {
		return nil, err
	}
	for k, v := range p.dup {
		if k < 0 || v < 0 || int64(k)+int64(v) >= int64(n) {
			return nil, corrupt("dup: morphs %d..%d of %d", k, int64(k)+int64(v), n)
		}
	}
	if p.daMaxLeaf >= int64(n) {
		return nil, corrupt("dabase: a leaf names morph %d of %d", p.daMaxLeaf, n)
	}
	if len(p.category) == 0 {
		return nil, corrupt("chardef: no char categories")
	}
	classes := min(len(p.invoke), len(p.group))
	for r, c := range p.category {
		if int(c) >= classes {
			return nil, corrupt("chardef: rune %U in category %d of %d", r, c, classes)
		}
	}
	nunk := int64(len(p.unk.Morphs))
	if int64(len(p.unk.Contents)) < nunk {
		return nil, corrupt("unk: %d contents rows for %d morphs", len(p.unk.Contents), nunk)
	}
	for c := range int32(classes) {
		id, dup := int64(p.unk.Index[c]), int64(p.unk.IndexDup[c])
		if id < 0 || dup < 0 || id+dup >= nunk {
			return nil, corrupt("unk: class %d has morphs %d..%d of %d", c, id, id+dup, nunk)
		}
	}

	poss := make([]dict.POS, n)
	for i, r := range p.posIdx {
		poss[i] = p.posRows[r]
	}
	contents := make(dict.Contents, n)
	for i, j := range p.baseIdx {
		contents[i] = p.bases[j : j+1 : j+1]
	}
	d := &dict.Dict{
		Morphs:       p.morphs,
		POSTable:     dict.POSTable{POSs: poss, NameList: p.names},
		ContentsMeta: p.meta,
		Contents:     contents,
		Connection:   p.conn,
		Index:        dict.IndexTable{Da: p.da, Dup: p.dup},
		CharClass:    p.class,
		CharCategory: p.category,
		InvokeList:   p.invoke,
		GroupList:    p.group,
		UnkDict:      p.unk,
	}
	d.SetInfo(p.info)
	return d, nil
}

// checkMorphs checks that the connection matrix has a cost for every pair of
// morphs: ConnectionTable.At(right, left) reads Vec[Row·left+right].
func checkMorphs(ms dict.Morphs, t dict.ConnectionTable, what string) error {
	for i, m := range ms {
		if m.LeftID < 0 || int64(m.LeftID) >= t.Col || m.RightID < 0 || int64(m.RightID) >= t.Row {
			return corrupt("%s %d has connection ids %d, %d in a %d×%d matrix", what, i, m.LeftID, m.RightID, t.Row, t.Col)
		}
	}
	return nil
}

// checkDoubleArray checks the links that the trie's searches follow without
// bounds checks of their own and returns the largest morph id that a leaf
// names (-1 if none). A search steps from node p on byte c > 0 to
// q = Base[p]+c when Check[q] == p, then reads node Base[q] (the terminator
// step) and, if that node's Check is q and its Base ≤ 0, reports morphs -Base
// to -Base+Dup[-Base]. So every node q that is some p's child on a byte c > 0
// needs Base[q] ≥ 0, and every terminator child (c = 0) names a morph, which
// the caller checks against the morph count. The searches check q < len(Da)
// themselves.
//
// It takes a few milliseconds on the IPA dictionary, mostly in cache misses
// on the parents' bases.
func checkDoubleArray(da []struct{ Base, Check int32 }) (maxLeaf int64, err error) {
	maxLeaf = -1
	if len(da) == 0 {
		return maxLeaf, nil
	}
	if da[0].Base < 0 {
		return 0, fmt.Errorf("root base %d", da[0].Base)
	}
	for q := range da {
		p := da[q].Check
		if uint32(p) >= uint32(len(da)) {
			continue // free node, or a parent no search reaches
		}
		base := da[q].Base
		switch c := int64(q) - int64(da[p].Base); {
		case c >= 1 && c <= 255:
			if base < 0 {
				return 0, fmt.Errorf("inner node %d has base %d", q, base)
			}
		case c == 0 && base <= 0:
			maxLeaf = max(maxLeaf, -int64(base))
		}
	}
	return maxLeaf, nil
}
