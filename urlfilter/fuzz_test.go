package urlfilter

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/mizugiwa/mizugiwa/message"
	"github.com/mizugiwa/mizugiwa/scoring"
)

// FuzzNormalize checks that Normalize never panics and that normalizing a
// normalized URL changes nothing.
func FuzzNormalize(f *testing.F) {
	for _, c := range readURLCases(f) {
		f.Add(c.input)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u, err := Normalize(s)
		if err != nil {
			return
		}
		checkIdempotent(t, s, u)
		if u.Host == "" || u.Domain == "" {
			t.Errorf("Normalize(%q) has host %q domain %q", s, u.Host, u.Domain)
		}
	})
}

// FuzzExtract checks that extraction from any message never panics and
// finds only URLs that normalize idempotently.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob("testdata/mail/*.eml")
	for _, p := range files {
		raw, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
	f.Add([]byte("Subject: x\r\n\r\n詳しくはｈｔｔｐ：／／例え。ｊｐ／をご覧ください。www.example.com http://0x7f.1/\r\n"))
	f.Add([]byte("Content-Type: text/html\r\n\r\n<a href=\"&#104;ttp://a@%65x.example/?e=a@b.c\">paypal.com</a>"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		m, err := message.Parse(raw, message.Limits{})
		if err != nil {
			return
		}
		for _, fd := range Extract(m, scoring.Envelope{Recipients: []scoring.Recipient{{Address: "a@b.c"}}}) {
			checkIdempotent(t, fd.Input, fd.URL)
		}
		scanText(string(raw), true, func(string) bool { return true })
	})
}
