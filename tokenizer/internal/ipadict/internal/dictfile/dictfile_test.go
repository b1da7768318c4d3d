package dictfile

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome-dict/dict/trie"
	kagome "github.com/ikawaha/kagome/v2/tokenizer"
)

// ipaMeta is the ContentsMeta of kagome-dict's IPA dictionary.
var ipaMeta = dict.ContentsMeta{
	dict.POSStartIndex:      0,
	dict.POSHierarchy:       4,
	dict.InflectionalType:   4,
	dict.InflectionalForm:   5,
	dict.BaseFormIndex:      6,
	dict.ReadingIndex:       7,
	dict.PronunciationIndex: 8,
}

// readCSV returns the records of a testdata file, skipping # comments.
func readCSV(t testing.TB, name string) [][]string {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var recs [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := sc.Text(); line != "" && !strings.HasPrefix(line, "#") {
			recs = append(recs, strings.Split(line, ","))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return recs
}

func atoi16(t testing.TB, s string) int16 {
	t.Helper()
	v, err := strconv.ParseInt(s, 10, 16)
	if err != nil {
		t.Fatal(err)
	}
	return int16(v)
}

// tinyDict builds a small dictionary shaped like the IPA one from
// testdata/tiny.csv and testdata/unk.csv.
func tinyDict(t testing.TB) *dict.Dict {
	t.Helper()
	recs := readCSV(t, "tiny.csv")
	slices.SortStableFunc(recs, func(a, b []string) int { return strings.Compare(a[0], b[0]) })
	d := &dict.Dict{ContentsMeta: ipaMeta}
	surfaces := make([]string, len(recs))
	posMap := dict.POSMap{}
	for i, r := range recs {
		if len(r) != 13 {
			t.Fatalf("tiny.csv: %d fields in %q", len(r), r)
		}
		surfaces[i] = r[0]
		d.Morphs = append(d.Morphs, dict.Morph{LeftID: atoi16(t, r[1]), RightID: atoi16(t, r[2]), Weight: atoi16(t, r[3])})
		d.POSTable.POSs = append(d.POSTable.POSs, posMap.Add(r[4:8]))
		d.Contents = append(d.Contents, r[8:13])
	}
	d.POSTable.NameList = posMap.List()
	idx, err := dict.BuildIndexTable(surfaces)
	if err != nil {
		t.Fatal(err)
	}
	d.Index = idx
	d.Connection = dict.ConnectionTable{Row: 3, Col: 3, Vec: []int16{0, -100, 200, 50, -300, 400, 10, 20, -30}}

	d.CharClass = dict.CharClass{"DEFAULT", "SPACE", "ALPHA", "NUMERIC"}
	d.InvokeList = dict.InvokeList{false, true, true, true}
	d.GroupList = dict.GroupList{true, true, true, true}
	d.CharCategory = make(dict.CharCategory, 128)
	for r := range d.CharCategory {
		switch {
		case r == ' ' || r == '\t':
			d.CharCategory[r] = 1
		case 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z':
			d.CharCategory[r] = 2
		case '0' <= r && r <= '9':
			d.CharCategory[r] = 3
		}
	}
	d.UnkDict = dict.UnkDict{
		Index:        map[int32]int32{},
		IndexDup:     map[int32]int32{},
		ContentsMeta: dict.ContentsMeta{dict.POSStartIndex: 0, dict.POSHierarchy: 4},
	}
	for i, r := range readCSV(t, "unk.csv") {
		if len(r) != 11 {
			t.Fatalf("unk.csv: %d fields in %q", len(r), r)
		}
		class := int32(slices.Index(d.CharClass, r[0]))
		if class < 0 {
			t.Fatalf("unk.csv: unknown class %q", r[0])
		}
		if _, ok := d.UnkDict.Index[class]; ok {
			d.UnkDict.IndexDup[class]++
		} else {
			d.UnkDict.Index[class] = int32(i)
		}
		d.UnkDict.Morphs = append(d.UnkDict.Morphs, dict.Morph{LeftID: atoi16(t, r[1]), RightID: atoi16(t, r[2]), Weight: atoi16(t, r[3])})
		d.UnkDict.Contents = append(d.UnkDict.Contents, r[4:])
	}
	d.SetInfo(&dict.Info{Name: "tiny", Src: "testdata/tiny.csv"})
	return d
}

// checkEquivalent fails t unless got holds what Decode promises of the
// encoding of want.
func checkEquivalent(t *testing.T, want, got *dict.Dict) {
	t.Helper()
	if err := Diff(want, got); err != nil {
		t.Fatal(err)
	}
}

func TestRoundTrip(t *testing.T) {
	want := tinyDict(t)
	for _, opts := range []Options{{Codec: Raw}, {Codec: Flate}, {Codec: Flate, Level: 1}} {
		t.Run(opts.Codec.String()+strconv.Itoa(opts.Level), func(t *testing.T) {
			b, err := Encode(want, opts)
			if err != nil {
				t.Fatal(err)
			}
			again, err := Encode(tinyDict(t), opts)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(b, again) {
				t.Error("two encodings of the same dictionary differ")
			}
			got, err := Decode(b)
			if err != nil {
				t.Fatal(err)
			}
			checkEquivalent(t, want, got)
		})
	}
}

// TestAnalyze checks that kagome reads a decoded dictionary as it reads
// the original: same tokens, POS and base forms.
func TestAnalyze(t *testing.T) {
	want := tinyDict(t)
	b, err := Encode(want, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	got, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	tw, err := kagome.New(want, kagome.OmitBosEos())
	if err != nil {
		t.Fatal(err)
	}
	tg, err := kagome.New(got, kagome.OmitBosEos())
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"すもももももももものうち", "食べた abc 123", "ももを食べる"} {
		a, b := tw.Analyze(text, kagome.Normal), tg.Analyze(text, kagome.Normal)
		if len(a) != len(b) {
			t.Fatalf("%q: %d tokens, want %d", text, len(b), len(a))
		}
		for i := range a {
			bw, okw := a[i].BaseForm()
			bg, okg := b[i].BaseForm()
			if a[i].Surface != b[i].Surface || a[i].Class != b[i].Class || a[i].ID != b[i].ID ||
				!slices.Equal(a[i].POS(), b[i].POS()) || bw != bg || okw != okg {
				t.Errorf("%q token %d: got %v %v %q, want %v %v %q", text, i, b[i], b[i].POS(), bg, a[i], a[i].POS(), bw)
			}
		}
	}
}

func TestEncodeErrors(t *testing.T) {
	for _, c := range []struct {
		name  string
		spoil func(d *dict.Dict)
	}{
		{"no contents", func(d *dict.Dict) { d.Contents = nil }},
		{"no base form meta", func(d *dict.Dict) { d.ContentsMeta = dict.ContentsMeta{} }},
		{"base form past the row", func(d *dict.Dict) { d.ContentsMeta = dict.ContentsMeta{dict.BaseFormIndex: 9} }},
		{"POS rows of two lengths", func(d *dict.Dict) { d.POSTable.POSs[1] = d.POSTable.POSs[1][:3] }},
		{"missing POS rows", func(d *dict.Dict) { d.POSTable.POSs = d.POSTable.POSs[1:] }},
		{"connection size", func(d *dict.Dict) { d.Connection.Vec = d.Connection.Vec[1:] }},
		{"leaf id", func(d *dict.Dict) { spoilLeaf(d.Index.Da, len(d.Morphs)) }},
		{"inner base", func(d *dict.Dict) { spoilInner(d.Index.Da) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := tinyDict(t)
			c.spoil(d)
			if _, err := Encode(d, DefaultOptions()); err == nil {
				t.Error("Encode succeeded")
			}
		})
	}
}

func TestOptionsValidate(t *testing.T) {
	for _, c := range []struct {
		opts  Options
		field string // "" if valid
	}{
		{DefaultOptions(), ""},
		{Options{Codec: Flate, Level: 9}, ""},
		{Options{Codec: 2}, "Codec"},
		{Options{Codec: Flate, Level: 10}, "Level"},
		{Options{Level: -1}, "Level"},
	} {
		err := c.opts.Validate()
		switch {
		case c.field == "" && err != nil:
			t.Errorf("%+v: %v", c.opts, err)
		case c.field != "" && (err == nil || !strings.Contains(err.Error(), "Options."+c.field)):
			t.Errorf("%+v: error %v, want one naming %s", c.opts, err, c.field)
		}
		if c.field != "" {
			if _, err := Encode(tinyDict(t), c.opts); err == nil {
				t.Errorf("%+v: Encode succeeded", c.opts)
			}
		}
	}
}

// TestDecodeChecksIDs spoils ids that the analyzer follows without checks
// and expects Decode to refuse them even when the CRC is made to match.
func TestDecodeChecksIDs(t *testing.T) {
	for _, c := range []struct {
		name  string
		spoil func(d *dict.Dict)
	}{
		{"POS name id", func(d *dict.Dict) { d.POSTable.POSs[0] = dict.POS{1, 2, 3, dict.POSID(len(d.POSTable.NameList))} }},
		{"left id", func(d *dict.Dict) { d.Morphs[2].LeftID = 3 }},
		{"right id", func(d *dict.Dict) { d.Morphs[2].RightID = -1 }},
		{"unknown right id", func(d *dict.Dict) { d.UnkDict.Morphs[0].RightID = 3 }},
		{"dup past the end", func(d *dict.Dict) { d.Index.Dup[int32(len(d.Morphs)-1)] = 1 }},
		{"char category", func(d *dict.Dict) { d.CharCategory['x'] = 4 }},
		{"no char categories", func(d *dict.Dict) { d.CharCategory = nil }},
		{"unknown index", func(d *dict.Dict) { d.UnkDict.Index[0] = int32(len(d.UnkDict.Morphs)) }},
		{"unknown class missing", func(d *dict.Dict) { d.UnkDict.Index[3] = 0; d.UnkDict.IndexDup[3] = 9 }},
		{"unknown contents", func(d *dict.Dict) { d.UnkDict.Contents = d.UnkDict.Contents[1:] }},
		{"negative meta", func(d *dict.Dict) { d.UnkDict.ContentsMeta[dict.POSStartIndex] = -1 }},
		{"empty connection", func(d *dict.Dict) { d.Connection = dict.ConnectionTable{} }},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := tinyDict(t)
			c.spoil(d)
			b, err := Encode(d, DefaultOptions())
			if err != nil {
				t.Fatal(err)
			}
			if _, err := Decode(b); !errors.Is(err, ErrCorrupt) {
				t.Errorf("Decode error = %v, want ErrCorrupt", err)
			}
		})
	}
}

// spoilLeaf makes the first leaf of da name morph n.
func spoilLeaf(da trie.DoubleArray, n int) {
	for i := range da {
		if da[i].Check >= 0 && da[i].Base <= 0 {
			da[i].Base = -int32(n)
			return
		}
	}
}

// spoilInner gives the first inner node of da after the root a negative
// base.
func spoilInner(da trie.DoubleArray) {
	for i := 1; i < len(da); i++ {
		if da[i].Check >= 0 && da[i].Base > 0 {
			da[i].Base = -5
			return
		}
	}
}

// TestDecodeChecksTrie writes a spoiled double array into a file, which
// Encode refuses to do, and expects decoding without the CRC (which then
// checks the trie) to refuse it, and Decode to refuse its CRC.
func TestDecodeChecksTrie(t *testing.T) {
	for _, c := range []struct {
		name  string
		spoil func(d *dict.Dict)
	}{
		{"leaf id", func(d *dict.Dict) { spoilLeaf(d.Index.Da, len(d.Morphs)) }},
		{"inner base", func(d *dict.Dict) { spoilInner(d.Index.Da) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := tinyDict(t)
			b, err := Encode(d, DefaultOptions())
			if err != nil {
				t.Fatal(err)
			}
			c.spoil(d)
			start, _ := sectionBounds(t, b)
			for i, v := range d.Index.Da {
				binary.LittleEndian.PutUint32(b[start[kindDaBase]+4+4*i:], uint32(v.Base)-uint32(i))
			}
			if _, err := decode(b, false); !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "dabase") {
				t.Errorf("decode without CRC: error %v, want ErrCorrupt in dabase", err)
			}
			if _, err := Decode(b); !errors.Is(err, ErrCorrupt) {
				t.Errorf("Decode: error %v, want ErrCorrupt", err)
			}
		})
	}
}
