package message

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// addMailSeeds adds the testdata messages and, when present, the ja-dev
// messages as seeds.
func addMailSeeds(f *testing.F, add func(raw []byte)) {
	files, _ := filepath.Glob(filepath.Join("testdata", "mail", "*.eml"))
	dir := os.Getenv("MIZUGIWA_JADEV")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "corpus", "ja-dev")
	}
	more, _ := filepath.Glob(filepath.Join(dir, "*", "*.eml"))
	files = append(files, more...)
	for _, fn := range files {
		if b, err := os.ReadFile(fn); err == nil {
			add(b)
		}
	}
}

// FuzzParse checks that Parse accepts anything without panicking and that
// what it returns is well formed.
func FuzzParse(f *testing.F) {
	addMailSeeds(f, func(raw []byte) { f.Add(raw) })
	f.Add(deepMultipart(40))
	f.Add(unclosedNested(5))
	f.Add(manyParts(20))
	f.Add([]byte("Content-Type: multipart/mixed; boundary=a\n\n--a\n--a\n--a--"))
	f.Add([]byte("Content-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\nU3ViamVjdDogaGkKCmJvZHkK"))
	lim := Limits{MaxParts: 50, MaxDepth: 8, MaxTextBytes: 4096, MaxDecodedBytes: 1 << 16, MaxLinks: 20}
	f.Fuzz(func(t *testing.T, raw []byte) {
		m, err := Parse(raw, lim)
		if len(raw) == 0 {
			if err == nil {
				t.Fatal("no error for empty input")
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, m)
		if len(m.Parts) > lim.MaxParts {
			t.Errorf("%d parts > MaxParts", len(m.Parts))
		}
		var decoded int64
		for _, p := range m.Parts {
			if p.Depth > lim.MaxDepth {
				t.Errorf("part %q at depth %d", p.ID, p.Depth)
			}
			if len(p.Text) > lim.MaxTextBytes {
				t.Errorf("part %q text %d bytes", p.ID, len(p.Text))
			}
			if !p.IsText && p.Text != "" {
				t.Errorf("part %q has text but is not text", p.ID)
			}
			for _, l := range p.Links {
				if !utf8.ValidString(l.URL) || !utf8.ValidString(l.Text) {
					t.Errorf("link not UTF-8: %q %q", l.URL, l.Text)
				}
			}
			if len(p.Children) == 0 && p.ContentType != "message/rfc822" {
				decoded += int64(len(p.Body))
			}
		}
		if len(m.Links()) > lim.MaxLinks {
			t.Errorf("%d links > MaxLinks", len(m.Links()))
		}
		if decoded > 2*lim.MaxDecodedBytes {
			t.Errorf("%d decoded bytes kept", decoded)
		}
	})
}

// FuzzDecodeHeader checks that any header value decodes to valid UTF-8
// and that values with nothing to decode come back unchanged.
func FuzzDecodeHeader(f *testing.F) {
	for _, l := range readLines(f, filepath.Join("testdata", "rfc2047.txt")) {
		f.Add(l[0])
	}
	addMailSeeds(f, func(raw []byte) {
		head, _, _ := strings.Cut(string(raw), "\n\n")
		for _, line := range strings.Split(head, "\n") {
			if strings.HasPrefix(line, "Subject:") || strings.HasPrefix(line, "From:") {
				f.Add(strings.TrimSpace(line[strings.IndexByte(line, ':')+1:]))
			}
		}
	})
	f.Fuzz(func(t *testing.T, s string) {
		got := DecodeHeader(s)
		if !utf8.ValidString(got) {
			t.Fatalf("DecodeHeader(%q) = %q, not UTF-8", s, got)
		}
		if !needsDecoding(s) && got != s {
			t.Fatalf("DecodeHeader(%q) = %q, want it unchanged", s, got)
		}
	})
}

// FuzzExtractHTML checks that any document reduces within the limits and,
// for UTF-8 input, to UTF-8 output.
func FuzzExtractHTML(f *testing.F) {
	docs, _ := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	for _, d := range docs {
		if b, err := os.ReadFile(d); err == nil {
			f.Add(b)
		}
	}
	addMailSeeds(f, func(raw []byte) {
		m, err := Parse(raw, Limits{})
		if err != nil {
			return
		}
		for _, p := range m.Parts {
			if p.IsHTML {
				f.Add(p.Body)
			}
		}
	})
	f.Add(nestedHTML(50)[60:])
	f.Fuzz(func(t *testing.T, doc []byte) {
		text, links, images := ExtractHTML(doc)
		d := DefaultLimits()
		if len(text) > d.MaxTextBytes || len(links) > d.MaxLinks || len(images) > d.MaxLinks {
			t.Fatalf("limits exceeded: %d text bytes, %d links, %d images", len(text), len(links), len(images))
		}
		if strings.Contains(text, "\n\n\n") {
			t.Fatalf("more than one blank line in a row: %q", text)
		}
		if utf8.Valid(doc) {
			if !utf8.ValidString(text) {
				t.Fatalf("text not UTF-8: %q", text)
			}
			for _, l := range links {
				if !utf8.ValidString(l.URL) || !utf8.ValidString(l.Text) {
					t.Fatalf("link not UTF-8: %+v", l)
				}
			}
		}
	})
}

// FuzzParseAuthResults checks that a field read without error is in
// lower case where the parser folds, and reads the same when written back.
func FuzzParseAuthResults(f *testing.F) {
	for _, l := range readLines(f, filepath.Join("testdata", "authres.txt")) {
		f.Add(l[0])
	}
	f.Fuzz(func(t *testing.T, s string) {
		ar, err := ParseAuthResults(s)
		if err != nil {
			return
		}
		if ar.ServID == "" || ar.ServID != strings.ToLower(ar.ServID) {
			t.Fatalf("ParseAuthResults(%q): authserv-id %q", s, ar.ServID)
		}
		for _, r := range ar.Results {
			if !isAuthToken(r.Method) || !isAuthToken(r.Result) || r.Method != strings.ToLower(r.Method) || r.Result != strings.ToLower(r.Result) {
				t.Fatalf("ParseAuthResults(%q): result %+v", s, r)
			}
		}
		again, err := ParseAuthResults(ar.String())
		if err != nil || !reflect.DeepEqual(again, ar) {
			t.Fatalf("ParseAuthResults(%q) = %+v, written back as %q reads as %+v, %v", s, ar, ar.String(), again, err)
		}
	})
}
