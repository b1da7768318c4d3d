package urlnorm

import (
	"bufio"
	"errors"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// urlCase is one line of testdata/urls.tsv.
type urlCase struct {
	line       int
	input      string
	host       string // "!" when the input is not a URL
	domain     string
	tricks     []string
	normalized string // "" when not given
}

func readURLCases(t testing.TB) []urlCase {
	t.Helper()
	f, err := os.Open("testdata/urls.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cs []urlCase
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 4 && len(cols) != 5 {
			t.Fatalf("urls.tsv:%d: %d columns, want 4 or 5", n, len(cols))
		}
		c := urlCase{line: n, input: cols[0], host: cols[1], domain: cols[2]}
		if strings.HasPrefix(c.input, `"`) {
			c.input, err = strconv.Unquote(c.input)
			if err != nil {
				t.Fatalf("urls.tsv:%d: %v", n, err)
			}
		}
		if cols[3] != "-" {
			c.tricks = strings.Split(cols[3], ",")
		}
		if len(cols) == 5 {
			c.normalized = cols[4]
		}
		cs = append(cs, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cs
}

// TestNormalizeTable checks every URL of testdata/urls.tsv: host, domain,
// tricks and, where given, the normalized form; and that normalizing the
// result again changes nothing.
func TestNormalizeTable(t *testing.T) {
	cases := readURLCases(t)
	if len(cases) < 150 {
		t.Errorf("urls.tsv has %d cases, want at least 150", len(cases))
	}
	seen := map[string]bool{}
	for _, c := range cases {
		u, err := Normalize(c.input)
		if c.host == "!" {
			if err == nil {
				t.Errorf("urls.tsv:%d: Normalize(%q) = %q, want an error", c.line, c.input, u.Normalized)
			} else if !errors.Is(err, ErrNotURL) {
				t.Errorf("urls.tsv:%d: Normalize(%q) error %v does not wrap ErrNotURL", c.line, c.input, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("urls.tsv:%d: Normalize(%q): %v", c.line, c.input, err)
			continue
		}
		if u.Host != c.host || u.Domain != c.domain {
			t.Errorf("urls.tsv:%d: Normalize(%q): host %q domain %q, want %q %q", c.line, c.input, u.Host, u.Domain, c.host, c.domain)
		}
		if !slices.Equal(u.Tricks, c.tricks) {
			t.Errorf("urls.tsv:%d: Normalize(%q): tricks %q, want %q", c.line, c.input, u.Tricks, c.tricks)
		}
		if c.normalized != "" && u.Normalized != c.normalized {
			t.Errorf("urls.tsv:%d: Normalize(%q) = %q, want %q", c.line, c.input, u.Normalized, c.normalized)
		}
		for _, tr := range u.Tricks {
			seen[tr] = true
		}
		checkIdempotent(t, c.input, u)
	}
	for _, tr := range trickOrder {
		if tr != TrickAnchorMismatch && !seen[tr] {
			t.Errorf("urls.tsv has no case with trick %s", tr)
		}
	}
}

// checkIdempotent fails t when normalizing u.Normalized changes it.
func checkIdempotent(t testing.TB, input string, u URL) {
	t.Helper()
	v, err := Normalize(u.Normalized)
	if err != nil {
		t.Errorf("Normalize(%q) = %q, which does not normalize: %v", input, u.Normalized, err)
		return
	}
	if v.Normalized != u.Normalized || v.Host != u.Host || v.Domain != u.Domain || v.MatchKey != u.MatchKey {
		t.Errorf("Normalize is not idempotent on %q:\n first  %q %q %q %q\n second %q %q %q %q",
			input, u.Normalized, u.Host, u.Domain, u.MatchKey, v.Normalized, v.Host, v.Domain, v.MatchKey)
	}
}

// TestNormalizeHostile feeds inputs too large or too odd for the table.
func TestNormalizeHostile(t *testing.T) {
	labels300 := "http://" + strings.Repeat("a.", 299) + "com/"
	huge := "http://www.example.com/" + strings.Repeat("x", 100<<10)
	hugeHost := "http://" + strings.Repeat("a", 100<<10) + ".com/"
	manyAt := "http://" + strings.Repeat("@", 5000) + "example.com/"
	manyEnt := "http://example.com/" + strings.Repeat("&#38;", 1500)
	deepRedirect := "http://evil.example.com/"
	for range 10 {
		deepRedirect = "https://www.google.com/url?q=" + strings.ReplaceAll(strings.ReplaceAll(deepRedirect, "%", "%25"), "&", "%26")
	}
	for _, tc := range []struct {
		name, in string
		ok       bool
	}{
		{"300 labels", labels300, false},
		{"100 KB URL", huge, false},
		{"100 KB host", hugeHost, false},
		{"5000 @", manyAt, true},
		{"1500 entities", manyEnt, true},
		{"10 nested redirects", deepRedirect, true},
	} {
		u, err := Normalize(tc.in)
		if (err == nil) != tc.ok {
			t.Errorf("%s: Normalize error %v, want ok=%v", tc.name, err, tc.ok)
		}
		if err == nil {
			checkIdempotent(t, tc.name, u)
		}
	}
}

// BenchmarkNormalize normalizes the table's URLs.
func BenchmarkNormalize(b *testing.B) {
	cases := readURLCases(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, c := range cases {
			Normalize(c.input)
		}
	}
	b.ReportMetric(float64(b.N*len(cases))/b.Elapsed().Seconds(), "urls/s")
}
