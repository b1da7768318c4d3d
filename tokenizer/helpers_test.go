package tokenizer

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/mizugiwa/mizugiwa/corpus"
	"github.com/mizugiwa/mizugiwa/message"
)

// section is one "--- name args" block of a test case.
type section struct {
	name string
	args []string
	body []string // lines
}

// testCase is one "=== name" block of a testdata file.
type testCase struct {
	name     string
	file     string
	line     int
	sections []section
}

func (c *testCase) get(name string) (section, bool) {
	for _, s := range c.sections {
		if s.name == name {
			return s, true
		}
	}
	return section{}, false
}

// readCases reads the test cases of every testdata file matching pattern.
//
// The format: a case starts with "=== name"; its sections start with
// "--- section [args]" and hold the lines up to the next marker. Lines
// before the first case are comments.
func readCases(t *testing.T, pattern string) []*testCase {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata files match %s (%v)", pattern, err)
	}
	var cases []*testCase
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var c *testCase
		for i, line := range strings.Split(string(b), "\n") {
			switch {
			case strings.HasPrefix(line, "=== "):
				c = &testCase{name: strings.TrimSpace(line[4:]), file: filepath.Base(file), line: i + 1}
				cases = append(cases, c)
			case c == nil:
				// comment
			case strings.HasPrefix(line, "--- "):
				f := strings.Fields(line[4:])
				if len(f) == 0 {
					t.Fatalf("%s:%d: section without a name", file, i+1)
				}
				c.sections = append(c.sections, section{name: f[0], args: f[1:]})
			case len(c.sections) > 0:
				s := &c.sections[len(c.sections)-1]
				s.body = append(s.body, line)
			}
		}
	}
	return cases
}

// text returns the section's lines joined, trailing blank lines dropped.
func (s section) text() string {
	lines := s.body
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}

// tokens returns the whitespace-separated fields of the section.
func (s section) tokens() []string { return strings.Fields(strings.Join(s.body, " ")) }

// parseOptions reads the "key=value" options of a test case. The cases are written
// for morphemes and for English words as written: a case that names no
// Japanese mode gets Morph, not the default, and English inflections are
// stripped only where a case asks (stem=true), so that each token list
// says what segmentation gives.
func parseOptions(args []string) (Options, error) {
	o := Options{Japanese: Morph, NoStem: true}
	for _, a := range args {
		k, v, _ := strings.Cut(a, "=")
		var err error
		switch k {
		case "japanese":
			o.Japanese, err = ParseJapaneseMode(v)
		case "form":
			o.Form, err = ParseMorphForm(v)
		case "drop":
			o.DropPOS = []string{}
			if v != "" {
				o.DropPOS = strings.Split(v, ";")
			}
		case "minword":
			o.MinWordBytes, err = strconv.Atoi(v)
		case "maxword":
			o.MaxWordBytes, err = strconv.Atoi(v)
		case "digits":
			o.NumberDigits, err = strconv.Atoi(v)
		case "vertical":
			o.VerticalMinLines, err = strconv.Atoi(v)
		case "maxtokens":
			o.MaxTokens, err = strconv.Atoi(v)
		case "maxmorph":
			o.MaxMorphBytes, err = strconv.Atoi(v)
		case "maxtext":
			o.MaxTextBytes, err = strconv.Atoi(v)
		case "dups":
			o.KeepDuplicates = v == "true"
		case "pairs":
			o.MaxWordPairs, err = strconv.Atoi(v)
		case "caps":
			o.NoCapsTokens = v == "false"
		case "html":
			o.HTMLTags = v == "true"
		case "stem":
			o.NoStem = v != "true"
		default:
			err = fmt.Errorf("unknown option %q", k)
		}
		if err != nil {
			return o, err
		}
	}
	return o, nil
}

// checkTokens compares got with the want, has and not sections of c.
func checkTokens(t *testing.T, c *testCase, got []string) {
	t.Helper()
	set := make(map[string]bool, len(got))
	for _, g := range got {
		set[g] = true
	}
	checked := false
	if s, ok := c.get("want"); ok {
		checked = true
		want := s.tokens()
		wantSet := make(map[string]bool, len(want))
		for _, w := range want {
			wantSet[w] = true
			if !set[w] {
				t.Errorf("%s:%d: missing %q", c.file, c.line, w)
			}
		}
		for _, g := range got {
			if !wantSet[g] {
				t.Errorf("%s:%d: unexpected %q", c.file, c.line, g)
			}
		}
	}
	if s, ok := c.get("has"); ok {
		checked = true
		for _, w := range s.tokens() {
			if !set[w] {
				t.Errorf("%s:%d: missing %q", c.file, c.line, w)
			}
		}
	}
	if s, ok := c.get("not"); ok {
		checked = true
		for _, w := range s.tokens() {
			if set[w] {
				t.Errorf("%s:%d: unwanted %q", c.file, c.line, w)
			}
		}
	}
	if !checked {
		t.Fatalf("%s:%d: case has no want, has or not section", c.file, c.line)
	}
	if t.Failed() {
		t.Logf("got %q", got)
	}
}

// buildMessage builds a message.Message from a "message" test case: a
// "header" section, "part" sections (args: type=, charset=, enc=,
// filename=, attachment), "links" sections ("kind URL" lines, for the part
// before), and a "facts" section (one kind per line); or from a raw message
// under testdata named by a "file" section, parsed by message.Parse.
func buildMessage(c *testCase) (*message.Message, error) {
	m := &message.Message{}
	var parts []*message.Part
	for _, s := range c.sections {
		switch s.name {
		case "header":
			m.Header = parseHeader(s.body)
		case "part":
			p := &message.Part{ContentType: "text/plain", Params: map[string]string{}}
			for _, a := range s.args {
				k, v, _ := strings.Cut(a, "=")
				switch k {
				case "type":
					p.ContentType = v
				case "charset":
					p.DeclaredCharset = v
					p.Params["charset"] = v
				case "enc":
					p.Encoding = v
				case "filename":
					p.Filename = v
				case "attachment":
					p.IsAttachment = true
					p.Disposition = "attachment"
				default:
					return nil, fmt.Errorf("unknown part argument %q", a)
				}
			}
			p.Body = []byte(s.text())
			p.Size = int64(len(p.Body))
			if strings.HasPrefix(p.ContentType, "text/") && !p.IsAttachment {
				p.IsText = true
				p.IsHTML = p.ContentType == "text/html"
				p.Text = s.text()
			}
			parts = append(parts, p)
		case "links":
			if len(parts) == 0 {
				return nil, fmt.Errorf("links before any part")
			}
			p := parts[len(parts)-1]
			for _, l := range s.body {
				f := strings.Fields(l)
				if len(f) != 2 {
					continue
				}
				kind := message.LinkKind(f[0])
				p.Links = append(p.Links, message.Link{Kind: kind, URL: f[1]})
				if kind == message.LinkSrc {
					p.Images = append(p.Images, f[1])
				}
			}
		case "file":
			if len(s.args) != 1 {
				return nil, fmt.Errorf("file section wants one path")
			}
			b, err := os.ReadFile(filepath.Join("testdata", s.args[0]))
			if err != nil {
				return nil, err
			}
			return message.Parse(b, message.Limits{})
		case "facts":
			for _, l := range s.body {
				if l = strings.TrimSpace(l); l != "" {
					m.Facts = append(m.Facts, message.Fact{Kind: message.FactKind(l)})
				}
			}
		}
	}
	switch len(parts) {
	case 0:
		m.Root = &message.Part{ContentType: "text/plain", Header: m.Header}
		m.Parts = []*message.Part{m.Root}
	case 1:
		m.Root = parts[0]
		m.Root.Header = m.Header
		m.Parts = parts
	default:
		m.Root = &message.Part{ContentType: "multipart/mixed", Header: m.Header, Children: parts}
		m.Parts = append([]*message.Part{m.Root}, parts...)
		for i, p := range parts {
			p.ID = strconv.Itoa(i + 1)
			p.Depth = 1
		}
	}
	return m, nil
}

// parseHeader reads "Name: value" lines with folding; values are taken as
// already decoded.
func parseHeader(lines []string) message.Header {
	var h message.Header
	for _, l := range lines {
		l = strings.TrimRight(l, "\r")
		if l == "" {
			continue
		}
		if (l[0] == ' ' || l[0] == '\t') && len(h) > 0 {
			f := &h[len(h)-1]
			f.Value += " " + strings.TrimSpace(l)
			f.Raw = f.Value
			continue
		}
		name, value, ok := strings.Cut(l, ":")
		if !ok {
			continue
		}
		v := strings.TrimSpace(value)
		h = append(h, message.Field{Name: name, Value: v, Raw: v})
	}
	return h
}

// rawMessage builds a single-part message.Message from raw input without
// the MIME parser: the first block as header fields, the rest as the text.
// The fuzz target uses it to reach the header code with arbitrary values.
func rawMessage(raw string) *message.Message {
	if strings.HasPrefix(raw, "From ") { // mbox separator
		if k := strings.IndexByte(raw, '\n'); k >= 0 {
			raw = raw[k+1:]
		}
	}
	head, body, _ := strings.Cut(strings.ReplaceAll(raw, "\r\n", "\n"), "\n\n")
	h := parseHeader(strings.Split(head, "\n"))
	ct := "text/plain"
	charset := ""
	if v := h.Get("Content-Type"); v != "" {
		f := strings.Split(v, ";")
		ct = strings.ToLower(strings.TrimSpace(f[0]))
		for _, p := range f[1:] {
			if k, v, ok := strings.Cut(strings.TrimSpace(p), "="); ok && strings.EqualFold(k, "charset") {
				charset = strings.ToLower(strings.Trim(v, `"' `))
			}
		}
	}
	p := &message.Part{
		Header: h, ContentType: ct, DeclaredCharset: charset, Charset: charset,
		Encoding: strings.ToLower(h.Get("Content-Transfer-Encoding")),
		Body:     []byte(body), Size: int64(len(body)),
	}
	if strings.HasPrefix(ct, "text/") {
		p.IsText, p.IsHTML, p.Text = true, ct == "text/html", body
	}
	return &message.Message{Header: h, Root: p, Parts: []*message.Part{p}, Size: len(raw)}
}

// jaDev is one message of the ja-dev corpus as kept in testdata.
type jaDev struct {
	File     string
	Label    string
	Kind     string
	Features []string
	Subject  string
	Text     string
}

// readJaDev reads testdata/ja-dev.jsonl.
func readJaDev(tb testing.TB) []jaDev {
	tb.Helper()
	f, err := os.Open("testdata/ja-dev.jsonl")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []jaDev
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r jaDev
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			tb.Fatal(err)
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

// corpusDir returns the SpamAssassin corpus directory, or "" if absent.
func corpusDir() string {
	dir := corpus.DefaultDir()
	if _, err := os.Stat(filepath.Join(dir, "data")); err != nil {
		return ""
	}
	return dir
}

// readCorpus returns up to n raw messages from the named groups of the
// SpamAssassin corpus, skipping the test if it is absent.
func readCorpus(tb testing.TB, n int, groups ...string) []string {
	tb.Helper()
	dir := corpusDir()
	if dir == "" {
		tb.Skip("SpamAssassin corpus not found: set MIZUGIWA_CORPUS or run `mizugiwa corpus fetch spamassassin`")
	}
	var out []string
	for _, g := range groups {
		files, _ := filepath.Glob(filepath.Join(dir, "data", g, "*.txt"))
		for _, f := range files {
			if len(out) >= n {
				return out
			}
			b, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			out = append(out, string(b))
		}
	}
	return out
}
