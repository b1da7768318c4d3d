package tokenizer

import (
	"os"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/mizugiwa/mizugiwa/message"
)

func TestText(t *testing.T) {
	for _, c := range readCases(t, "testdata/text/*.txt") {
		t.Run(c.file+"/"+c.name, func(t *testing.T) {
			var args []string
			if s, ok := c.get("opts"); ok {
				args = s.args
			}
			opts, err := parseOptions(args)
			if err != nil {
				t.Fatalf("%s:%d: %v", c.file, c.line, err)
			}
			tk, err := New(opts)
			if err != nil {
				t.Fatalf("%s:%d: %v", c.file, c.line, err)
			}
			prefix := ""
			if s, ok := c.get("prefix"); ok {
				prefix = s.text()
			}
			in, ok := c.get("in")
			if !ok {
				t.Fatalf("%s:%d: no in section", c.file, c.line)
			}
			checkTokens(t, c, tk.Text(prefix, in.text(), nil))
		})
	}
}

func TestMessage(t *testing.T) {
	def, err := New(Options{Japanese: Morph, NoStem: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range readCases(t, "testdata/message/*.txt") {
		t.Run(c.file+"/"+c.name, func(t *testing.T) {
			tk := def
			if s, ok := c.get("opts"); ok {
				opts, err := parseOptions(s.args)
				if err != nil {
					t.Fatalf("%s:%d: %v", c.file, c.line, err)
				}
				if tk, err = New(opts); err != nil {
					t.Fatalf("%s:%d: %v", c.file, c.line, err)
				}
			}
			m, err := buildMessage(c)
			if err != nil {
				t.Fatalf("%s:%d: %v", c.file, c.line, err)
			}
			checkTokens(t, c, tk.Message(m))
		})
	}
}

func TestOptionsValidate(t *testing.T) {
	tests := []struct {
		opts Options
		bad  string // the field named in the error, "" if valid
	}{
		{Options{}, ""},
		{DefaultOptions(), ""},
		{Options{Japanese: Whole, Form: FormBoth, DropPOS: []string{}}, ""},
		{Options{MaxMorphBytes: -1, NumberDigits: -1, VerticalMinLines: -1}, ""},
		{Options{Japanese: 9}, "Japanese"},
		{Options{Japanese: -1}, "Japanese"},
		{Options{Form: 7}, "Form"},
		{Options{MinWordBytes: -2}, "MinWordBytes"},
		{Options{MaxWordBytes: -2}, "MaxWordBytes"},
		{Options{MaxWordBytes: 1000}, "MaxWordBytes"},
		{Options{MinWordBytes: 50}, "MinWordBytes"},
		{Options{NumberDigits: 21}, "NumberDigits"},
		{Options{MaxTokens: -1}, "MaxTokens"},
		{Options{MaxTextBytes: -1}, "MaxTextBytes"},
		{Options{DropPOS: []string{"助詞", " "}}, "DropPOS[1]"},
		{Options{DropPOS: []string{"a,b,c,d,e"}}, "DropPOS[0]"},
	}
	for _, tt := range tests {
		err := tt.opts.Validate()
		switch {
		case tt.bad == "" && err != nil:
			t.Errorf("%+v: unexpected error %v", tt.opts, err)
		case tt.bad != "" && err == nil:
			t.Errorf("%+v: no error, want one naming %s", tt.opts, tt.bad)
		case tt.bad != "" && !strings.Contains(err.Error(), tt.bad):
			t.Errorf("%+v: error %q does not name %s", tt.opts, err, tt.bad)
		}
		if _, nerr := New(tt.opts); (nerr == nil) != (err == nil) {
			t.Errorf("%+v: New error %v, Validate error %v", tt.opts, nerr, err)
		}
	}
}

func TestParseModes(t *testing.T) {
	for m := Morph; m <= Whole; m++ {
		got, err := ParseJapaneseMode(strings.ToUpper(m.String()))
		if err != nil || got != m {
			t.Errorf("ParseJapaneseMode(%q) = %v, %v", m, got, err)
		}
	}
	for f := FormBase; f <= FormBoth; f++ {
		got, err := ParseMorphForm(f.String())
		if err != nil || got != f {
			t.Errorf("ParseMorphForm(%q) = %v, %v", f, got, err)
		}
	}
	if _, err := ParseJapaneseMode("trigram"); err == nil {
		t.Error("ParseJapaneseMode(trigram): no error")
	}
	if _, err := ParseMorphForm("reading"); err == nil {
		t.Error("ParseMorphForm(reading): no error")
	}
}

// TestNoDictionaryForLatin checks that text without Japanese never loads
// the dictionary, and that Japanese text does.
func TestNoDictionaryForLatin(t *testing.T) {
	tk, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile("testdata/sa/easy-ham-1-00002.txt")
	if err != nil {
		t.Fatal(err)
	}
	m, err := message.Parse(b, message.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if toks := tk.Message(m); len(toks) == 0 {
		t.Fatal("no tokens")
	}
	tk.Text("", "Ｆｕｌｌ－ｗｉｄｔｈ ① café ★", nil)
	if tk.ja != nil || tk.jaErr != nil {
		t.Fatal("dictionary loaded for text without Japanese")
	}
	tk.Text("", "日本語", nil)
	if tk.ja == nil {
		t.Fatalf("dictionary not loaded for Japanese text (err %v)", tk.jaErr)
	}

	bi, err := New(Options{Japanese: Bigram})
	if err != nil {
		t.Fatal(err)
	}
	bi.Text("", "日本語", nil)
	if err := bi.LoadDictionary(); err != nil || bi.ja != nil {
		t.Fatalf("bigram tokenizer loaded the dictionary (err %v)", err)
	}
}

// TestTextAppends checks that Text appends to dst and deduplicates against
// what dst already holds.
func TestTextAppends(t *testing.T) {
	tk, err := New(Options{MaxTokens: 3, MaxWordPairs: -1})
	if err != nil {
		t.Fatal(err)
	}
	dst := tk.Text("", "alpha beta", nil)
	dst = tk.Text("subj:", "alpha", dst)
	dst = tk.Text("", "beta gamma delta epsilon zeta", dst)
	want := []string{"alpha", "beta", "subj:alpha", "gamma", "delta", "epsilon"}
	if strings.Join(dst, " ") != strings.Join(want, " ") {
		t.Errorf("got %q, want %q", dst, want)
	}
}

// TestJaDev runs every ja-dev message through the tokenizer and checks the
// features the corpus tags it with.
func TestJaDev(t *testing.T) {
	tk, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	expect := map[string]string{ // corpus feature or kind → token
		"vertical":       "layout:vertical",
		"halfwidth-kana": "char:halfwidth-kana",
		"kishu-izon":     "char:kishu-izon",
	}
	for _, r := range readJaDev(t) {
		toks := tk.Text("subj:", r.Subject, nil)
		toks = tk.Text("", r.Text, toks)
		if len(toks) == 0 && strings.TrimSpace(r.Subject+r.Text) != "" {
			t.Errorf("%s: no tokens", r.File)
		}
		checkValid(t, r.File, toks, tk.opts.MaxTokens)
		set := make(map[string]bool, len(toks))
		for _, tok := range toks {
			set[strings.TrimPrefix(tok, "subj:")] = true
		}
		for _, f := range append(r.Features, r.Kind) {
			if want, ok := expect[f]; ok && !set[want] {
				t.Errorf("%s (%s): no %s", r.File, f, want)
			}
		}
	}
}

// checkValid checks the invariants every token list keeps.
func checkValid(t *testing.T, name string, toks []string, max int) {
	t.Helper()
	if len(toks) > max {
		t.Errorf("%s: %d tokens, more than %d", name, len(toks), max)
	}
	seen := make(map[string]bool, len(toks))
	for _, tok := range toks {
		switch {
		case tok == "":
			t.Errorf("%s: empty token", name)
		case !utf8.ValidString(tok):
			t.Errorf("%s: invalid UTF-8 in %q", name, tok)
		case strings.ContainsFunc(tok, unicode.IsSpace):
			t.Errorf("%s: space in %q", name, tok)
		case len(tok) > 300:
			t.Errorf("%s: token of %d bytes", name, len(tok))
		case seen[tok]:
			t.Errorf("%s: duplicate %q", name, tok)
		}
		seen[tok] = true
	}
}

func TestConcurrent(t *testing.T) {
	tk, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs := readJaDev(t)
	want := make([][]string, len(docs))
	for i, r := range docs {
		want[i] = tk.Text("", r.Text, nil)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := g; i < len(docs); i += 2 {
				got := tk.Text("", docs[i].Text, nil)
				if strings.Join(got, " ") != strings.Join(want[i], " ") {
					t.Errorf("%s: concurrent result differs", docs[i].File)
					return
				}
			}
		}(g)
	}
	wg.Wait()
}

// TestDefaultJapanese: by default a Japanese run gives its morphemes and
// its character bigrams.
func TestDefaultJapanese(t *testing.T) {
	tk, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := tk.Options().Japanese; got != Both {
		t.Fatalf("default Japanese mode %v, want %v", got, Both)
	}
	got := tk.Text("", "今すぐ登録してください", nil)
	for _, want := range []string{"登録", "今", "ぐ登", "録し"} {
		found := false
		for _, g := range got {
			found = found || g == want
		}
		if !found {
			t.Errorf("no %q in %q", want, got)
		}
	}
}
