package ipadict

import (
	"archive/zip"
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome-dict/ipa"
	kagome "github.com/ikawaha/kagome/v2/tokenizer"

	"github.com/mizugiwa/mizugiwa/message"
	"github.com/mizugiwa/mizugiwa/tokenizer/internal/ipadict/internal/dictfile"
)

func load(t testing.TB) *dict.Dict {
	t.Helper()
	d, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestEmbeddedIsCurrent fails when ipa.bin is not what the generator makes
// from the kagome-dict/ipa module in go.mod: run go generate.
func TestEmbeddedIsCurrent(t *testing.T) {
	want, err := dictfile.Encode(ipa.Dict(), dictfile.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, want) {
		t.Fatalf("ipa.bin (%d bytes) differs from the generator's output (%d bytes): run go generate ./tokenizer/internal/ipadict", len(data), len(want))
	}
}

// TestEquivalent compares the loaded dictionary with ipa.Dict(): the tables
// kagome's analyzer reads are equal, and for every morph the POS levels and
// base form that a token would report are equal.
func TestEquivalent(t *testing.T) {
	want, got := ipa.Dict(), load(t)
	if err := dictfile.Diff(want, got); err != nil {
		t.Fatal(err)
	}
	for id := range want.Morphs {
		for i := range 4 {
			w, wok := knownFeatureAt(want, id, i)
			g, gok := knownFeatureAt(got, id, i)
			if w != g || wok != gok || !wok {
				t.Fatalf("morph %d: feature %d = %q %v, want %q %v", id, i, g, gok, w, wok)
			}
		}
		w, wok := knownPickup(want, id, dict.BaseFormIndex)
		g, gok := knownPickup(got, id, dict.BaseFormIndex)
		if w != g || wok != gok || !wok {
			t.Fatalf("morph %d: base form %q %v, want %q %v", id, g, gok, w, wok)
		}
		if _, ok := knownPickup(got, id, dict.ReadingIndex); ok {
			t.Fatalf("morph %d has a reading", id)
		}
	}
}

// knownFeatureAt is kagome's Token.FeatureAt for a known token.
func knownFeatureAt(d *dict.Dict, id, i int) (string, bool) {
	pos := d.POSTable.POSs[id]
	if i < len(pos) {
		return d.POSTable.NameList[pos[i]], true
	}
	i -= len(pos)
	if len(d.Contents) <= id || i >= len(d.Contents[id]) {
		return "", false
	}
	return d.Contents[id][i], true
}

// knownPickup is kagome's Token.BaseForm, Reading and Pronunciation for a
// known token.
func knownPickup(d *dict.Dict, id int, key string) (string, bool) {
	i, ok := d.ContentsMeta[key]
	if !ok {
		return "", false
	}
	return knownFeatureAt(d, id, int(i))
}

// jaDevDir locates the ja-dev corpus: $MIZUGIWA_JADEV, or the shared
// checkout next to the repository.
func jaDevDir(tb testing.TB) string {
	dir := os.Getenv("MIZUGIWA_JADEV")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "..", "shared", "corpus", "ja-dev")
	}
	if _, err := os.Stat(filepath.Join(dir, "labels.tsv")); err != nil {
		tb.Skipf("ja-dev corpus not found at %s (set MIZUGIWA_JADEV): %v", dir, err)
	}
	return dir
}

// jaDevTexts returns the Subject and text parts of every ja-dev message.
func jaDevTexts(tb testing.TB) []string {
	dir := jaDevDir(tb)
	f, err := os.Open(filepath.Join(dir, "labels.tsv"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		name, _, _ := strings.Cut(sc.Text(), "\t")
		if name == "" {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			tb.Fatal(err)
		}
		m, err := message.Parse(raw, message.DefaultLimits())
		if err != nil {
			tb.Fatalf("%s: %v", name, err)
		}
		texts = append(texts, m.Header.Get("Subject"))
		for _, p := range m.TextParts() {
			texts = append(texts, p.Text)
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return texts
}

// TestTokenize analyzes the ja-dev messages with both dictionaries and
// compares every token as the tokenizer sees it.
func TestTokenize(t *testing.T) {
	texts := jaDevTexts(t)
	want, err := kagome.New(ipa.Dict(), kagome.OmitBosEos())
	if err != nil {
		t.Fatal(err)
	}
	got, err := kagome.New(load(t), kagome.OmitBosEos())
	if err != nil {
		t.Fatal(err)
	}
	known, total := 0, 0
	for _, text := range texts {
		a, b := want.Analyze(text, kagome.Normal), got.Analyze(text, kagome.Normal)
		if len(a) != len(b) {
			t.Fatalf("%.40q: %d tokens, want %d", text, len(b), len(a))
		}
		total += len(a)
		for i := range a {
			w, g := a[i], b[i]
			if w.Surface != g.Surface || w.Class != g.Class || w.ID != g.ID || w.Start != g.Start || w.Position != g.Position {
				t.Fatalf("%.40q token %d: %v, want %v", text, i, g, w)
			}
			if !slices.Equal(w.POS(), g.POS()) {
				t.Fatalf("%.40q token %d %q: POS %q, want %q", text, i, w.Surface, g.POS(), w.POS())
			}
			for l := range 4 {
				fw, okw := w.FeatureAt(l)
				fg, okg := g.FeatureAt(l)
				if fw != fg || okw != okg {
					t.Fatalf("%.40q token %d %q: feature %d %q %v, want %q %v", text, i, w.Surface, l, fg, okg, fw, okw)
				}
			}
			bw, okw := w.BaseForm()
			bg, okg := g.BaseForm()
			if bw != bg || okw != okg {
				t.Fatalf("%.40q token %d %q: base form %q %v, want %q %v", text, i, w.Surface, bg, okg, bw, okw)
			}
			if g.Class == kagome.KNOWN {
				known++
				if r, ok := g.Reading(); ok {
					t.Fatalf("%.40q token %d %q: reading %q", text, i, g.Surface, r)
				}
			}
		}
	}
	t.Logf("%d texts, %d tokens, %d known", len(texts), total, known)
	if known < 1000 {
		t.Errorf("only %d known tokens in %d texts", known, len(texts))
	}
}

// liveHeap returns the heap that the result of load keeps live.
func liveHeap(b *testing.B, load func() *dict.Dict) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	d := load()
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(d)
	return after.HeapAlloc - before.HeapAlloc
}

// BenchmarkLoad measures Load and the heap its dictionary keeps live.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(liveHeap(b, func() *dict.Dict { d, _ := Load(); return d })), "live-B")
}

// BenchmarkLoadIPA measures what ipa.Dict() does on its first call (it
// caches the result, so it is repeated here on the module's file) and the heap
// its dictionary keeps live.
func BenchmarkLoadIPA(b *testing.B) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/ikawaha/kagome-dict/ipa").Output()
	if err != nil {
		b.Skipf("locate the kagome-dict/ipa module: %v", err)
	}
	file, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(out)), "ipa.dict"))
	if err != nil {
		b.Skip(err)
	}
	loadIPA := func() *dict.Dict {
		zr, err := zip.NewReader(bytes.NewReader(file), int64(len(file)))
		if err != nil {
			b.Fatal(err)
		}
		d, err := dict.Load(zr, true)
		if err != nil {
			b.Fatal(err)
		}
		return d
	}
	b.ReportAllocs()
	for b.Loop() {
		loadIPA()
	}
	b.ReportMetric(float64(liveHeap(b, loadIPA)), "live-B")
}
