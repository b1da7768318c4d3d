package urlfilter

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/mizugiwa/mizugiwa/message"
	"github.com/mizugiwa/mizugiwa/scoring"
)

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
