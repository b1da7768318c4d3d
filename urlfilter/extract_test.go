package urlfilter

import (
	"bufio"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"net/mail"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/mizugiwa/mizugiwa/message"
	"github.com/mizugiwa/mizugiwa/scoring"
)

// TestScanText reads testdata/text.tsv: text and the URLs found in it.
func TestScanText(t *testing.T) {
	f, err := os.Open("testdata/text.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for line := 1; sc.Scan(); line++ {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		cols := strings.Split(l, "\t")
		if len(cols) != 2 {
			t.Fatalf("text.tsv:%d: %d columns, want 2", line, len(cols))
		}
		text, err := strconv.Unquote(cols[0])
		if err != nil {
			t.Fatalf("text.tsv:%d: %v", line, err)
		}
		var want []string
		if cols[1] != "-" {
			want = strings.Split(cols[1], " | ")
		}
		var got []string
		scanText(text, false, func(u string) bool {
			got = append(got, u)
			return true
		})
		if !slices.Equal(got, want) {
			t.Errorf("text.tsv:%d: scanText(%q) = %q, want %q", line, text, got, want)
		}
		n++
	}
	if n == 0 {
		t.Fatal("text.tsv has no cases")
	}
}

// parseMail parses testdata/mail/name.
func parseMail(t testing.TB, name string) *message.Message {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "mail", name))
	if err != nil {
		t.Fatal(err)
	}
	m, err := message.Parse(raw, message.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// envelopeOf returns an envelope whose recipients are m's To addresses.
func envelopeOf(m *message.Message) scoring.Envelope {
	var env scoring.Envelope
	for _, v := range m.Header.Values("To") {
		if as, err := mail.ParseAddressList(v); err == nil {
			for _, a := range as {
				env.Recipients = append(env.Recipients, scoring.Recipient{Address: a.Address, User: a.Address})
			}
		}
	}
	return env
}

// TestExtractMail checks every testdata/mail/*.eml that has a .want file
// listing the URLs Extract must find: source, host and tricks, one a line.
func TestExtractMail(t *testing.T) {
	wants, err := filepath.Glob("testdata/mail/*.want")
	if err != nil || len(wants) == 0 {
		t.Fatalf("no testdata/mail/*.want files (%v)", err)
	}
	for _, w := range wants {
		name := strings.TrimSuffix(filepath.Base(w), ".want")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(w)
			if err != nil {
				t.Fatal(err)
			}
			var want []string
			for _, l := range strings.Split(string(data), "\n") {
				if l != "" && !strings.HasPrefix(l, "#") {
					want = append(want, l)
				}
			}
			m := parseMail(t, name+".eml")
			var got []string
			for _, f := range Extract(m, envelopeOf(m)) {
				tr := strings.Join(f.Tricks, ",")
				if tr == "" {
					tr = "-"
				}
				got = append(got, string(f.Source)+"\t"+f.Host+"\t"+tr)
			}
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("Extract(%s):\ngot\n%s\nwant\n%s", name, strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

// TestExtractRecipientToken checks that a URL carrying the envelope
// recipient's address, in any of its forms, gets one match key for every
// recipient.
func TestExtractRecipientToken(t *testing.T) {
	tmpl := "From: a@example.com\r\nTo: %s\r\nSubject: x\r\n\r\nhttp://click.example.com/r/%s/offer?src=mail\r\n"
	forms := func(addr string) []string {
		return []string{
			addr,
			base64.StdEncoding.EncodeToString([]byte(addr)),
			hex.EncodeToString([]byte(addr)),
			url.QueryEscape(addr),
			"u" + strings.SplitN(addr, "@", 2)[0] + "x", // not the address: no token
		}
	}
	keys := map[string]int{}
	for _, addr := range []string{"taro@example.jp", "Hanako.Yamada@example.ne.jp"} {
		for i, form := range forms(addr) {
			raw := fmt.Sprintf(tmpl, addr, form)
			m, err := message.Parse([]byte(raw), message.Limits{})
			if err != nil {
				t.Fatal(err)
			}
			found := Extract(m, envelopeOf(m))
			if len(found) != 1 {
				t.Fatalf("%s: found %d URLs, want 1", form, len(found))
			}
			f := found[0]
			tok := f.HasTrick(TrickQueryToken)
			if want := i < 4; tok != want {
				t.Errorf("%s: query_token %v, want %v (key %s)", form, tok, want, f.MatchKey)
			}
			if tok {
				keys[f.MatchKey]++
			}
		}
	}
	if len(keys) != 1 {
		t.Errorf("per-recipient URLs have %d match keys, want 1: %v", len(keys), keys)
	}
}

// TestExtractHostile runs extraction over inputs built to make a careless
// scanner take quadratic time or keep unbounded state; each must come back
// with a bounded result.
func TestExtractHostile(t *testing.T) {
	const n = 1 << 19
	for _, tc := range []struct {
		name, ctype, body string
		maxFound          int
	}{
		{"closing parens", "text/plain", "http://x.example.com/" + strings.Repeat(")", n), 1},
		{"dots", "text/plain", "http://x.example.com/" + strings.Repeat(".", n), 1},
		{"www run", "text/plain", strings.Repeat("www.", n/4), 0}, // a host far too long
		{"references", "text/html", "<a href=\"http://a.example.com/\">a</a>" + strings.Repeat("&#", n/2), 1},
		{"many hosts", "text/plain", strings.Repeat("h.example.com/x ", n/16), 1},
		{"many distinct", "text/plain", func() string {
			var b strings.Builder
			for i := range 5000 {
				fmt.Fprintf(&b, "http://h%d.example.com/ ", i)
			}
			return b.String()
		}(), maxFound},
		{"many bad", "text/plain", strings.Repeat("http://999.1.1.1/ http://1.2.3.4.5/ ", n/36), 0},
	} {
		raw := "From: a@example.com\r\nSubject: x\r\nContent-Type: " + tc.ctype + "\r\n\r\n" + tc.body
		m, err := message.Parse([]byte(raw), message.Limits{})
		if err != nil {
			t.Fatal(err)
		}
		found := Extract(m, scoring.Envelope{})
		if len(found) > tc.maxFound {
			t.Errorf("%s: %d URLs found, want at most %d", tc.name, len(found), tc.maxFound)
		}
		if tc.maxFound > 0 && len(found) == 0 {
			t.Errorf("%s: no URL found", tc.name)
		}
	}
}

// TestEntityTrick checks when a link written with character references is
// marked: when only the links hide behind references, not when the whole
// document is written with them (a mailing tool's habit).
func TestEntityTrick(t *testing.T) {
	const hidden = `<a href="&#104;&#116;&#116;&#112;&#58;&#47;&#47;login.example.com&#47;">ログイン</a>`
	for _, tc := range []struct {
		name, body string
		want       bool
	}{
		{"only the link", "<p>ご確認ください。</p>" + hidden, true},
		{"hex references", `<a href="http&#x3a;//login.example.com/">x</a>`, true},
		{"text references elsewhere, too few", "<p>Read this&#46;</p>" + hidden, true},
		{"non-ASCII text references", "<p>&#12354;&#12356;&#12358;&#12360;</p>" + hidden, true},
		{"spaces written as references", "<p>a&#32;b&#32;c&#32;d</p>" + hidden, true},
		{"the whole document", `<p>Visit www&#46;shop&#46;example&#46;com today&#46;</p>` +
			`<a href="http://www&#46;shop&#46;example&#46;com/">shop</a>`, false},
		{"plain link", `<a href="http://login.example.com/">x</a>`, false},
	} {
		raw := "From: a@example.com\r\nSubject: x\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + tc.body + "\r\n"
		m, err := message.Parse([]byte(raw), message.Limits{})
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, f := range Extract(m, scoring.Envelope{}) {
			got = got || f.HasTrick(TrickEntity)
		}
		if got != tc.want {
			t.Errorf("%s: entity trick %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestTextReferences(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"", 0},
		{"a&#46;b&#x2E;c&#X2e;", 3},
		{`<a href="&#104;&#116;">&#46;</a>`, 1},
		{"&#46 &#; &#x; &#4600000; &#12354; &#32; &#10;", 0},
		{"&#46;", 1},
		{"&#", 0},
		{"&#4", 0},
	} {
		if got := textReferences([]byte(tc.in)); got != tc.want {
			t.Errorf("textReferences(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}
