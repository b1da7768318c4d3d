package bench

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

type metricsCase struct {
	name, file string
	threshold  float64
	hasThresh  bool
	strict     bool
}

// readCases reads testdata/cases.txt: NAME FILE [--threshold T] [--gt].
func readCases(t testing.TB) []metricsCase {
	t.Helper()
	data, err := os.ReadFile("testdata/cases.txt")
	if err != nil {
		t.Fatal(err)
	}
	var cases []metricsCase
	for i, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		c := metricsCase{name: f[0], file: filepath.Join("testdata", f[1])}
		for k := 2; k < len(f); k++ {
			switch f[k] {
			case "--threshold":
				k++
				c.threshold, err = strconv.ParseFloat(f[k], 64)
				if err != nil {
					t.Fatalf("cases.txt:%d: %v", i+1, err)
				}
				c.hasThresh = true
			case "--gt":
				c.strict = true
			default:
				t.Fatalf("cases.txt:%d: unknown argument %q", i+1, f[k])
			}
		}
		cases = append(cases, c)
	}
	if len(cases) == 0 {
		t.Fatal("no cases")
	}
	return cases
}

func readScoreFile(t testing.TB, path string) ([]Scored, int) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, bad, err := ReadScores(f)
	if err != nil {
		t.Fatal(err)
	}
	return s, bad
}

// TestAgainstMetricsPy compares every figure with the output of
// metrics.py on the same score files, stored in testdata/expected.
func TestAgainstMetricsPy(t *testing.T) {
	for _, c := range readCases(t) {
		t.Run(c.name, func(t *testing.T) {
			s, bad := readScoreFile(t, c.file)
			m, err := EvaluateWith(s, Options{Threshold: c.threshold, Strict: c.strict})
			if err != nil {
				t.Fatal(err)
			}
			m.Unparsable += bad

			// The printed block, line by line.
			want, err := os.ReadFile(filepath.Join("testdata", "expected", c.name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			wantLines := strings.Split(strings.TrimSuffix(string(want), "\n"), "\n")
			if wantLines[0] != "== "+c.name {
				t.Fatalf("expected output starts %q", wantLines[0])
			}
			wantLines = wantLines[1:]
			var gotLines []string
			for _, l := range strings.Split(strings.TrimSuffix(m.String(), "\n"), "\n") {
				if !c.hasThresh && strings.HasPrefix(l, "default threshold") {
					continue
				}
				gotLines = append(gotLines, l)
			}
			if !reflect.DeepEqual(gotLines, wantLines) {
				t.Errorf("String():\ngot\n%s\nwant\n%s", strings.Join(gotLines, "\n"), strings.Join(wantLines, "\n"))
			}

			// The figures at full precision: name n auc 1-roca fp% fn%
			// recall@0.1% recall@1%, as metrics.py --tsv prints them.
			tsv, err := os.ReadFile(filepath.Join("testdata", "expected", c.name+".tsv"))
			if err != nil {
				t.Fatal(err)
			}
			f := strings.Split(strings.TrimSuffix(string(tsv), "\n"), "\t")
			if len(f) != 8 || f[0] != c.name {
				t.Fatalf("bad expected tsv %q", tsv)
			}
			if n, _ := strconv.Atoi(f[1]); n != m.N {
				t.Errorf("n = %d, want %s", m.N, f[1])
			}
			figures := []struct {
				name string
				got  float64
				want string
			}{
				{"auc", m.AUC, f[2]},
				{"1-roca%", m.OneMinusROCAPct, f[3]},
				{"fp%", m.FPPct, f[4]},
				{"fn%", m.FNPct, f[5]},
				{"recall@0.1%", 100.0 * m.AtFP01.Recall, f[6]},
				{"recall@1%", 100.0 * m.AtFP1.Recall, f[7]},
			}
			for _, fig := range figures {
				if fig.want == "" {
					continue // not computed by metrics.py for this case
				}
				want, err := strconv.ParseFloat(fig.want, 64)
				if err != nil {
					t.Fatalf("%s: %v", fig.name, err)
				}
				if fig.got != want && !(math.IsNaN(fig.got) && math.IsNaN(want)) {
					t.Errorf("%s = %v, want %v (diff %g)", fig.name, fig.got, want, fig.got-want)
				}
			}
		})
	}
}

// TestScoresRoundTrip writes score files and reads them back: every score
// and path must survive exactly, and so must the metrics.
func TestScoresRoundTrip(t *testing.T) {
	for _, c := range readCases(t) {
		s, _ := readScoreFile(t, c.file)
		var buf bytes.Buffer
		if err := WriteScores(&buf, s); err != nil {
			t.Fatal(err)
		}
		back, bad, err := ReadScores(&buf)
		if err != nil || bad != 0 {
			t.Fatalf("%s: read back: %d bad, %v", c.name, bad, err)
		}
		if !reflect.DeepEqual(back, s) {
			t.Errorf("%s: scores differ after a round trip", c.name)
		}
		if a, b := Evaluate(s, c.threshold), Evaluate(back, c.threshold); a.String() != b.String() {
			t.Errorf("%s: metrics differ after a round trip", c.name)
		}
	}
}

func TestWriteScores(t *testing.T) {
	var buf bytes.Buffer
	a, b := 0.1, 0.2 // variables: constant arithmetic would be exact
	s := []Scored{
		{true, a + b, "data/spam-2/00001.txt"},
		{false, 1e-300, "ham one"},
		{false, math.Inf(-1), ""},
		{true, math.Inf(1), "x"},
	}
	if err := WriteScores(&buf, s); err != nil {
		t.Fatal(err)
	}
	want := "spam\t0.30000000000000004\tdata/spam-2/00001.txt\nham\t1e-300\tham one\nham\t-Inf\t\nspam\t+Inf\tx\n"
	if buf.String() != want {
		t.Errorf("got %q, want %q", buf.String(), want)
	}
	for _, p := range []string{"a\tb", "a\nb", "a\r"} {
		if err := WriteScores(&buf, []Scored{{Path: p}}); err == nil {
			t.Errorf("path %q written", p)
		}
	}
}

func TestEvaluateNaNAndOptions(t *testing.T) {
	s := []Scored{{true, 0.9, ""}, {false, 0.1, ""}, {true, math.NaN(), ""}, {false, 0.95, ""}}
	m := Evaluate(s, 0.5)
	if m.N != 3 || m.Unparsable != 1 || m.AUC != 0.5 || m.FP != 1 || m.FN != 0 {
		t.Errorf("got %+v", m)
	}
	if _, err := EvaluateWith(s, Options{Threshold: math.NaN()}); err == nil || !strings.Contains(err.Error(), "Options.Threshold") {
		t.Errorf("NaN threshold: %v", err)
	}
	if a := AUC(s); a != m.AUC {
		t.Errorf("AUC() = %v, want %v", a, m.AUC)
	}
	if r := RecallAt(s, 0.5); r != (RecallAtFP{MaxFPRate: 0.5, Recall: 1, Cut: 0.1, FP: 1}) {
		// With 2 ham, 0.5 allows one FP: the cut is the second highest
		// ham score, and the one spam scores above it.
		t.Errorf("RecallAt = %+v", r)
	}
}

// FuzzReadScores checks that score lines never break the reader, that
// every line is either used, counted as bad or blank, and that what was
// read writes back to the same scores.
func FuzzReadScores(f *testing.F) {
	for _, c := range []string{"small.tsv", "spam-only.tsv"} {
		b, err := os.ReadFile(filepath.Join("testdata", "scores", c))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	b, err := os.ReadFile("testdata/scores/ties.tsv")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b[:2000])
	f.Fuzz(func(t *testing.T, data []byte) {
		s, bad, err := ReadScores(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
		blank := 0
		for _, l := range lines {
			if strings.TrimSpace(l) == "" {
				blank++
			}
		}
		if len(data) > 0 && len(s)+bad+blank != len(lines) {
			t.Fatalf("%d lines: %d read, %d bad, %d blank", len(lines), len(s), bad, blank)
		}
		var keep []Scored
		for _, x := range s {
			if math.IsNaN(x.Score) {
				t.Fatalf("NaN score read")
			}
			if !strings.ContainsAny(x.Path, "\t\r\n") {
				keep = append(keep, x)
			}
		}
		var buf bytes.Buffer
		if err := WriteScores(&buf, keep); err != nil {
			t.Fatal(err)
		}
		back, bad, err := ReadScores(&buf)
		if err != nil || bad != 0 || !reflect.DeepEqual(back, keep) {
			t.Fatalf("round trip: %v, %d bad\ngot  %v\nwant %v", err, bad, back, keep)
		}
		_ = Evaluate(s, 0.5).String()
	})
}

func BenchmarkEvaluate(b *testing.B) {
	s, _ := readScoreFile(b, "testdata/scores/continuous.tsv")
	b.ReportAllocs()
	for b.Loop() {
		if m := Evaluate(s, 0.5); m.N != len(s) {
			b.Fatal(m.N)
		}
	}
}

// TestRecallAtRounding checks the 1e-9 that metrics.py adds before
// flooring: 0.29*100 is 28.999999999999996 in floating point, yet 29 ham
// may be above the cut. (metrics.py's recall_at_fp gives 1.0, 0.7, 29 on
// these scores.)
func TestRecallAtRounding(t *testing.T) {
	var s []Scored
	for i := range 100 {
		s = append(s, Scored{Score: float64(i) / 100})
	}
	s = append(s, Scored{Spam: true, Score: 0.75}, Scored{Spam: true, Score: 0.705})
	want := RecallAtFP{MaxFPRate: 0.29, Recall: 1, Cut: 0.7, FP: 29}
	if got := RecallAt(s, 0.29); got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
}
