package urlfilter

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/mizugiwa/mizugiwa/message"
	"github.com/mizugiwa/mizugiwa/scoring"
)

func symbolsOf(t *testing.T, f *Filter, m *message.Message, env scoring.Envelope) map[string]scoring.Symbol {
	t.Helper()
	syms, err := f.Score(context.Background(), &scoring.Input{Msg: m, Envelope: env})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]scoring.Symbol{}
	for _, s := range syms {
		if _, dup := got[s.Name]; dup {
			t.Errorf("symbol %s reported twice", s.Name)
		}
		got[s.Name] = s
	}
	return got
}

// TestFilterScore checks the symbols of phish.eml, with lists.
func TestFilterScore(t *testing.T) {
	ctx := context.Background()
	lists, _ := OpenLists(ctx, nil)
	if err := lists.Add(ctx, Blocklist, "evil.example.com"); err != nil {
		t.Fatal(err)
	}
	if err := lists.Add(ctx, Allowlist, "example.org"); err != nil {
		t.Fatal(err)
	}
	f, err := New(Options{Weights: map[string]float64{SymIDN: 0}}, lists)
	if err != nil {
		t.Fatal(err)
	}
	m := parseMail(t, "phish.eml")
	got := symbolsOf(t, f, m, envelopeOf(m))
	def := DefaultWeights()
	for _, name := range []string{SymUserinfo, SymEscapedHost, SymEntity, SymNumericIP, SymRedirect, SymQueryToken, SymAnchorMismatch, SymDomainInHost, SymBlocklisted, SymAllowlisted} {
		s, ok := got[name]
		if !ok {
			t.Errorf("no %s", name)
			continue
		}
		if s.Score != def[name] {
			t.Errorf("%s score %v, want %v", name, s.Score, def[name])
		}
		if !strings.Contains(s.Detail, "URL") {
			t.Errorf("%s detail %q names no URL", name, s.Detail)
		}
	}
	if s, ok := got[SymIDN]; ok {
		t.Errorf("silenced %s reported: %+v", SymIDN, s)
	}
	// Blocklisted: four distinct URLs lead to evil.example.com or below
	// (two with userinfo, the full-width one, the unwrapped redirect).
	if d := got[SymBlocklisted].Detail; !strings.HasPrefix(d, "4 URLs") {
		t.Errorf("%s detail %q, want 4 URLs", SymBlocklisted, d)
	}
}

// TestFilterAbsurd checks that URLs no browser would visit, however large,
// do not stop the rest of a message from being scored.
func TestFilterAbsurd(t *testing.T) {
	var b strings.Builder
	b.WriteString("From: a@example.com\r\nTo: b@example.jp\r\nSubject: x\r\nContent-Type: text/html\r\n\r\n<html><body>\r\n")
	fmt.Fprintf(&b, "<a href=\"http://www.example.com/%s\">big</a>\r\n", strings.Repeat("A", 100<<10))
	fmt.Fprintf(&b, "<a href=\"http://%s\">deep</a>\r\n", strings.Repeat("a.", 300)+"com/")
	b.WriteString("<a href=\"http://999.1.1.1/\">bad ip</a> <a href=\"http://1.2.3.4.5/\">bad ip</a>\r\n")
	b.WriteString("<a href=\"http://[::1\">x</a> <a href=\"http://\">y</a> <a href=\"javascript:void(0)\">z</a>\r\n")
	b.WriteString(strings.Repeat("<a href=\"http://ok.example.net/\">ok</a>", 500))
	b.WriteString("<a href=\"http://www.bank.co.jp@0x7f.1/\">last</a>\r\n</body></html>\r\n")
	m, err := message.Parse([]byte(b.String()), message.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	f, _ := New(Options{}, nil)
	got := symbolsOf(t, f, m, scoring.Envelope{})
	if _, ok := got[SymUserinfo]; !ok {
		t.Errorf("the userinfo URL after the absurd ones was not scored: %v", got)
	}
	if _, ok := got[SymNumericIP]; !ok {
		t.Errorf("the numeric IP URL after the absurd ones was not scored: %v", got)
	}
	for _, fd := range Extract(m, scoring.Envelope{}) {
		if len(fd.Normalized) > MaxURLBytes || fd.Host == "" {
			t.Errorf("absurd URL kept: host %q, %d bytes", fd.Host, len(fd.Normalized))
		}
	}
}

// TestOptionsValidate checks that bad options are named.
func TestOptionsValidate(t *testing.T) {
	for _, o := range []Options{
		{Weights: map[string]float64{"URL_NOPE": 1}},
		{MaxURLs: -1},
	} {
		if _, err := New(o, nil); err == nil {
			t.Errorf("New(%+v) succeeded", o)
		}
	}
}
