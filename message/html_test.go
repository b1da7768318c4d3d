package message

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestExtractHTML reduces every testdata/html/*.html and checks the result
// against the .want file beside it: "textis TEXT", "link KIND URL [TEXT]",
// "links N", "image URL", "images N".
func TestExtractHTML(t *testing.T) {
	docs, err := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	if err != nil || len(docs) == 0 {
		t.Fatalf("no testdata/html/*.html: %v", err)
	}
	for _, doc := range docs {
		t.Run(filepath.Base(doc), func(t *testing.T) {
			src, err := os.ReadFile(doc)
			if err != nil {
				t.Fatal(err)
			}
			text, links, images := ExtractHTML(src)
			for _, f := range readLines(t, strings.TrimSuffix(doc, ".html")+".want") {
				switch f[0] {
				case "textis":
					if text != f[1] {
						t.Errorf("text\n got %q\nwant %q", text, f[1])
					}
				case "link":
					found := false
					for _, l := range links {
						if string(l.Kind) == f[1] && l.URL == f[2] && (len(f) < 4 || l.Text == f[3]) {
							found = true
						}
					}
					if !found {
						t.Errorf("link %q not in %+v", f[1:], links)
					}
				case "links":
					if strconv.Itoa(len(links)) != f[1] {
						t.Errorf("%d links %+v, want %s", len(links), links, f[1])
					}
				case "image":
					found := false
					for _, u := range images {
						found = found || u == f[1]
					}
					if !found {
						t.Errorf("image %q not in %q", f[1], images)
					}
				case "images":
					if strconv.Itoa(len(images)) != f[1] {
						t.Errorf("%d images %q, want %s", len(images), images, f[1])
					}
				default:
					t.Fatalf("unknown assertion %q", f[0])
				}
			}
		})
	}
}

// TestHTMLMetaCharset checks that an HTML part without a MIME charset is
// read in the charset its <meta> names.
func TestHTMLMetaCharset(t *testing.T) {
	body := "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"></head><body>\x93\xfa\x96\x7b</body></html>"
	m, err := Parse([]byte("Content-Type: text/html\nContent-Transfer-Encoding: 8bit\n\n"+body), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if m.Root.Text != "日本\n" || m.Root.Charset != "shift_jis" || len(m.Facts) != 0 {
		t.Errorf("text %q charset %s facts %v", m.Root.Text, m.Root.Charset, m.Facts)
	}
}
