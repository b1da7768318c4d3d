package message

import (
	"bufio"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestMessages parses every testdata/mail/*.eml and checks it against the
// expectations in the .want file beside it. Each line of a .want file is
// one assertion, fields separated by tabs; a field in double quotes is a Go
// string literal:
//
//	header     NAME  VALUE                  decoded header value
//	structure  ID:type ID:type …            every part, in walk order
//	depth      ID    N
//	charset    ID    DECLARED  USED
//	text       ID    SUBSTRING              Text contains SUBSTRING
//	textis     ID    TEXT                   Text is exactly TEXT
//	attachment ID    FILENAME  TYPE  SIZE
//	link       ID    KIND  URL  [TEXT]
//	image      ID    URL
//	fact       KIND  [ID  [DETAIL]]
//	facts      N                            number of facts
//	nofacts
func TestMessages(t *testing.T) {
	wants, err := filepath.Glob(filepath.Join("testdata", "mail", "*.want"))
	if err != nil || len(wants) == 0 {
		t.Fatalf("no testdata/mail/*.want files: %v", err)
	}
	for _, wf := range wants {
		name := strings.TrimSuffix(filepath.Base(wf), ".want")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(strings.TrimSuffix(wf, ".want") + ".eml")
			if err != nil {
				t.Fatal(err)
			}
			m, err := Parse(raw, Limits{})
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, m)
			for _, line := range readLines(t, wf) {
				checkWant(t, m, line)
			}
		})
	}
}

// readLines returns the non-blank, non-comment lines of a file, split at
// tabs, with quoted fields unquoted.
func readLines(t testing.TB, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		for i, fl := range fields {
			if strings.HasPrefix(fl, `"`) {
				u, err := strconv.Unquote(fl)
				if err != nil {
					t.Fatalf("%s:%d: field %d: %v", path, n, i+1, err)
				}
				fields[i] = u
			}
		}
		lines = append(lines, fields)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(lines) == 0 {
		t.Fatalf("%s: no cases", path)
	}
	return lines
}

func findPart(t *testing.T, m *Message, id string) *Part {
	t.Helper()
	for _, p := range m.Parts {
		if p.ID == id && len(p.Children) == 0 {
			return p
		}
	}
	for _, p := range m.Parts {
		if p.ID == id {
			return p
		}
	}
	t.Fatalf("no part %q", id)
	return nil
}

func field(f []string, i int) string {
	if i < len(f) {
		return f[i]
	}
	return ""
}

func checkWant(t *testing.T, m *Message, f []string) {
	t.Helper()
	switch f[0] {
	case "header":
		if got := m.Header.Get(f[1]); got != f[2] {
			t.Errorf("header %s = %q, want %q", f[1], got, f[2])
		}
	case "structure":
		var got []string
		for _, p := range m.Parts {
			got = append(got, p.ID+":"+p.ContentType)
		}
		if g := strings.Join(got, " "); g != f[1] {
			t.Errorf("structure\n got %s\nwant %s", g, f[1])
		}
	case "depth":
		p := findPart(t, m, f[1])
		if got := strconv.Itoa(p.Depth); got != f[2] {
			t.Errorf("part %q depth %s, want %s", f[1], got, f[2])
		}
	case "charset":
		p := findPart(t, m, f[1])
		if p.DeclaredCharset != f[2] || p.Charset != f[3] {
			t.Errorf("part %q charset %q/%q, want %q/%q", f[1], p.DeclaredCharset, p.Charset, f[2], f[3])
		}
	case "text":
		p := findPart(t, m, f[1])
		if !strings.Contains(p.Text, f[2]) {
			t.Errorf("part %q text %q does not contain %q", f[1], clip(p.Text, 300), f[2])
		}
	case "textis":
		p := findPart(t, m, f[1])
		if p.Text != f[2] {
			t.Errorf("part %q text\n got %q\nwant %q", f[1], p.Text, f[2])
		}
	case "attachment":
		want := Attachment{PartID: f[1], Filename: f[2], ContentType: f[3]}
		size, err := strconv.ParseInt(f[4], 10, 64)
		if err != nil {
			t.Fatalf("attachment size %q: %v", f[4], err)
		}
		want.Size = size
		found := false
		for _, a := range m.Attachments() {
			if a == want {
				found = true
			}
		}
		if !found {
			t.Errorf("attachment %+v not in %+v", want, m.Attachments())
		}
	case "link":
		p := findPart(t, m, f[1])
		found := false
		for _, l := range p.Links {
			if string(l.Kind) == f[2] && l.URL == f[3] && (len(f) < 5 || l.Text == f[4]) {
				found = true
			}
		}
		if !found {
			t.Errorf("part %q: link %q not in %+v", f[1], f[2:], p.Links)
		}
	case "image":
		p := findPart(t, m, f[1])
		found := false
		for _, u := range p.Images {
			found = found || u == f[2]
		}
		if !found {
			t.Errorf("part %q: image %q not in %q", f[1], f[2], p.Images)
		}
	case "fact":
		found := false
		for _, fa := range m.Facts {
			if string(fa.Kind) == f[1] && (len(f) < 3 || fa.PartID == f[2]) && (len(f) < 4 || fa.Detail == f[3]) {
				found = true
			}
		}
		if !found {
			t.Errorf("fact %q not in %v", f[1:], m.Facts)
		}
	case "facts":
		if got := strconv.Itoa(len(m.Facts)); got != f[1] {
			t.Errorf("%s facts %v, want %s", got, m.Facts, f[1])
		}
	case "nofacts":
		if len(m.Facts) != 0 {
			t.Errorf("facts %v, want none", m.Facts)
		}
	default:
		t.Fatalf("unknown assertion %q", f[0])
	}
}

// checkInvariants checks what must hold for any parsed message.
func checkInvariants(t testing.TB, m *Message) {
	t.Helper()
	if m.Root == nil || len(m.Parts) == 0 || m.Parts[0] != m.Root {
		t.Fatalf("root missing or not first")
	}
	if len(m.Header) != len(m.Root.Header) {
		t.Errorf("message header differs from root header")
	}
	for _, h := range m.Header {
		if !utf8.ValidString(h.Value) {
			t.Errorf("header %s value not UTF-8: %q", h.Name, h.Value)
		}
	}
	for _, p := range m.Parts {
		if !utf8.ValidString(p.Text) {
			t.Errorf("part %q text not UTF-8", p.ID)
		}
		if !utf8.ValidString(p.Filename) {
			t.Errorf("part %q filename not UTF-8: %q", p.ID, p.Filename)
		}
		if p.IsText && strings.IndexByte(p.Text, 0) >= 0 {
			t.Errorf("part %q text holds NUL", p.ID)
		}
		if int64(len(p.Body)) > p.Size {
			t.Errorf("part %q body %d > size %d", p.ID, len(p.Body), p.Size)
		}
		for _, c := range p.Children {
			if c.Depth != p.Depth+1 {
				t.Errorf("part %q depth %d under %q depth %d", c.ID, c.Depth, p.ID, p.Depth)
			}
		}
	}
}

func TestParseEmpty(t *testing.T) {
	if _, err := Parse(nil, Limits{}); !errors.Is(err, ErrEmpty) {
		t.Errorf("Parse(nil) error %v, want ErrEmpty", err)
	}
	if _, err := Parse([]byte("x"), Limits{MaxParts: -1}); err == nil || !strings.Contains(err.Error(), "MaxParts") {
		t.Errorf("Parse with negative MaxParts: error %v, want one naming MaxParts", err)
	}
}

// TestParseTinyInputs checks that degenerate inputs still give a Root.
func TestParseTinyInputs(t *testing.T) {
	for _, in := range []string{"\n", "\r\n", "x", ":", "From x\n", "Subject: s", "Subject: s\n", "\n\nbody", " \nfoo", "\x00", "\xff\xfe"} {
		m, err := Parse([]byte(in), Limits{})
		if err != nil {
			t.Errorf("Parse(%q): %v", in, err)
			continue
		}
		checkInvariants(t, m)
	}
}

// TestMboxFromLine checks that an mbox separator line is skipped.
func TestMboxFromLine(t *testing.T) {
	m, err := Parse([]byte("From a@example.com Thu Aug 22 13:17:22 2002\nSubject: hi\n\nbody\n"), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Header.Get("Subject"); got != "hi" || m.Root.Text != "body\n" || len(m.Facts) != 0 {
		t.Errorf("Subject %q, text %q, facts %v", got, m.Root.Text, m.Facts)
	}
}

// TestCRLF checks that CRLF messages parse like LF ones and give LF text.
func TestCRLF(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "mail", "nested.eml"))
	if err != nil {
		t.Fatal(err)
	}
	lf, _ := Parse(raw, Limits{})
	crlf, _ := Parse([]byte(strings.ReplaceAll(string(raw), "\n", "\r\n")), Limits{})
	if len(lf.Parts) != len(crlf.Parts) {
		t.Fatalf("%d parts with LF, %d with CRLF", len(lf.Parts), len(crlf.Parts))
	}
	for i, p := range lf.Parts {
		q := crlf.Parts[i]
		if p.ID != q.ID || p.ContentType != q.ContentType || p.Text != q.Text || p.Filename != q.Filename {
			t.Errorf("part %q: LF %q %q, CRLF %q %q", p.ID, p.Text, p.Filename, q.Text, q.Filename)
		}
	}
	if lf.Header.Get("Subject") != crlf.Header.Get("Subject") {
		t.Errorf("Subject differs: %q vs %q", lf.Header.Get("Subject"), crlf.Header.Get("Subject"))
	}
}
