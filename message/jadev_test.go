package message

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// jaDevDir locates the ja-dev corpus: $MIZUGIWA_JADEV, or the shared
// checkout next to the repository.
func jaDevDir(tb testing.TB) string {
	dir := os.Getenv("MIZUGIWA_JADEV")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "corpus", "ja-dev")
	}
	if _, err := os.Stat(filepath.Join(dir, "source.jsonl")); err != nil {
		tb.Skipf("ja-dev corpus not found at %s (set MIZUGIWA_JADEV): %v", dir, err)
	}
	return dir
}

// jaDevRecord is the part of a source.jsonl record the tests use.
type jaDevRecord struct {
	File        string       `json:"file"`
	Codec       string       `json:"codec"`
	Charset     string       `json:"charset"`
	Headers     [][2]*string `json:"headers"`
	Subject     string       `json:"subject"`
	Text        *string      `json:"text"`
	HTML        *string      `json:"html"`
	Attachments []struct {
		Filename    string `json:"filename"`
		ContentType string `json:"content_type"`
	} `json:"attachments"`
}

func (r *jaDevRecord) header(name string) string {
	for _, h := range r.Headers {
		if h[0] != nil && *h[0] == name && h[1] != nil {
			return *h[1]
		}
	}
	return ""
}

func loadJaDev(tb testing.TB) (string, []jaDevRecord) {
	dir := jaDevDir(tb)
	f, err := os.Open(filepath.Join(dir, "source.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var recs []jaDevRecord
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var r jaDevRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			tb.Fatalf("source.jsonl: %v", err)
		}
		recs = append(recs, r)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return dir, recs
}

// jisVariants maps the characters that codecs disagree on (JIS X 0208 vs
// cp932 mappings) to the cp932 form this package produces.
var jisVariants = strings.NewReplacer(
	"\u301c", "\uff5e", // WAVE DASH → FULLWIDTH TILDE
	"\u2016", "\u2225", // DOUBLE VERTICAL LINE → PARALLEL TO
	"\u2212", "\uff0d", // MINUS SIGN → FULLWIDTH HYPHEN-MINUS
	"\u00a2", "\uffe0", // CENT SIGN
	"\u00a3", "\uffe1", // POUND SIGN
	"\u00ac", "\uffe2", // NOT SIGN
)

func normalizeJIS(s string) string { return jisVariants.Replace(s) }

// displayName returns the display name of an address header value, as
// ja-dev's check.py does.
func displayName(v string) string {
	i := strings.LastIndex(v, "<")
	if i < 0 {
		return ""
	}
	return strings.Trim(strings.TrimSpace(v[:i]), `"`)
}

// TestJaDev parses every ja-dev message and compares the decoded Subject,
// From display name, text body, visible HTML text and attachments with
// source.jsonl.
func TestJaDev(t *testing.T) {
	dir, recs := loadJaDev(t)
	type tally struct{ exact, norm, total int }
	var subj, from, body, html, att tally
	check := func(tl *tally, file, what, got, want string) {
		tl.total++
		switch {
		case got == want:
			tl.exact++
			tl.norm++
		case normalizeJIS(got) == normalizeJIS(want):
			tl.norm++
		default:
			t.Errorf("%s: %s = %q, want %q", file, what, clip(got, 200), clip(want, 200))
		}
	}
	for _, r := range recs {
		raw, err := os.ReadFile(filepath.Join(dir, r.File))
		if err != nil {
			t.Fatal(err)
		}
		m, err := Parse(raw, Limits{})
		if err != nil {
			t.Fatalf("%s: %v", r.File, err)
		}
		check(&subj, r.File, "Subject", m.Header.Get("Subject"), r.Subject)
		// As check.py does, skip a source From that is itself an
		// encoded word (an empty one, in one message).
		if want := displayName(r.header("From")); want != "" && !strings.Contains(want, "=?") {
			check(&from, r.File, "From name", displayName(m.Header.Get("From")), want)
		}
		var plain, htmlPart *Part
		for _, p := range m.TextParts() {
			if p.IsAttachment {
				continue
			}
			switch {
			case p.ContentType == "text/plain" && plain == nil:
				plain = p
			case p.IsHTML && htmlPart == nil:
				htmlPart = p
			}
		}
		if r.Text != nil {
			if plain == nil {
				t.Errorf("%s: no text/plain part", r.File)
			} else {
				check(&body, r.File, "text", plain.Text, *r.Text)
			}
		}
		if r.HTML != nil {
			if htmlPart == nil {
				t.Errorf("%s: no text/html part", r.File)
			} else {
				want, _, _ := ExtractHTML([]byte(*r.HTML))
				check(&html, r.File, "html text", htmlPart.Text, want)
			}
		}
		got := map[string]string{}
		for _, a := range m.Attachments() {
			got[a.Filename] = a.ContentType
		}
		for _, a := range r.Attachments {
			check(&att, r.File, "attachment "+a.Filename, got[a.Filename], a.ContentType)
		}
		if len(got) != len(r.Attachments) {
			t.Errorf("%s: %d attachments %v, want %d", r.File, len(got), got, len(r.Attachments))
		}
	}
	for _, x := range []struct {
		name string
		t    tally
	}{{"Subject", subj}, {"From name", from}, {"text body", body}, {"HTML text", html}, {"attachments", att}} {
		t.Logf("ja-dev %-11s %3d/%3d exact, %3d/%3d after JIS variant normalization", x.name, x.t.exact, x.t.total, x.t.norm, x.t.total)
	}
	t.Logf("ja-dev messages: %d", len(recs))
}

// jaDevFamily maps a source.jsonl codec to the charset DetectCharset names.
var jaDevFamily = map[string]string{
	"iso2022_jp":      "iso-2022-jp",
	"x-iso2022-jp-ms": "iso-2022-jp",
	"shift_jis":       "shift_jis",
	"cp932":           "shift_jis",
	"euc_jp":          "euc-jp",
	"utf-8":           "utf-8",
}

// TestJaDevDetect measures the charset detector alone: the transfer-decoded
// bytes of each ja-dev text body are given to DetectCharset and
// DecodeCharset without their label, and the guess is compared with the
// codec the message was really written in.
func TestJaDevDetect(t *testing.T) {
	dir, recs := loadJaDev(t)
	right, decoded, total := 0, 0, 0
	for _, r := range recs {
		raw, err := os.ReadFile(filepath.Join(dir, r.File))
		if err != nil {
			t.Fatal(err)
		}
		m, err := Parse(raw, Limits{})
		if err != nil {
			t.Fatal(err)
		}
		want, ok := jaDevFamily[r.Codec]
		if !ok {
			t.Fatalf("%s: unknown codec %q", r.File, r.Codec)
		}
		for _, p := range m.TextParts() {
			if p.IsAttachment || p.ContentType != "text/plain" || r.Text == nil {
				continue
			}
			total++
			got := DetectCharset(p.Body)
			if got == want || (got == "us-ascii" && !has8bit(p.Body) && !hasJISEscape(p.Body)) {
				right++
			} else {
				t.Errorf("%s: detected %s, written in %s", r.File, got, r.Codec)
			}
			if text, _ := DecodeCharset(p.Body, ""); normalizeJIS(text) == normalizeJIS(*r.Text) {
				decoded++
			} else {
				t.Errorf("%s: text decoded without its label differs", r.File)
			}
			break
		}
	}
	t.Logf("ja-dev detector: charset right for %d/%d bodies, text exact (normalized) for %d/%d", right, total, decoded, total)
}
