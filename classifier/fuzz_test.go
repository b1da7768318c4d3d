package classifier

import (
	"bufio"
	"bytes"
	"context"
	"math"
	"net/netip"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/mizugiwa/mizugiwa/scoring"
)

// senderSeeds returns the entries of the sender-list tables, good and bad.
func senderSeeds(t testing.TB) []string {
	t.Helper()
	var out []string
	for _, name := range []string{"testdata/senderlist.tsv", "testdata/senderlist-bad.tsv"} {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(bytes.NewReader(b))
		for sc.Scan() {
			line := sc.Text()
			if line == "" || line[0] == '#' {
				continue
			}
			out = append(out, strings.Split(line, "\t")[0])
		}
	}
	return out
}

// FuzzParseSenderList checks that any entries are parsed or refused without
// a panic, and that the canonical entries of an accepted list parse again to
// themselves: they are what the store keeps, and a stored list that no
// longer parsed would make the user's settings unreadable.
func FuzzParseSenderList(f *testing.F) {
	for _, s := range senderSeeds(f) {
		f.Add(s, "192.0.2.7", "alice@example.com")
	}
	f.Add("[2001:db8::1] fe80::1%eth0 ::ffff:192.0.2.1/120", "::ffff:192.0.2.9", "<Bob@Sub.Example.COM>")
	f.Add("@example.com. ÉXAMPLE.jp", "", "x@éxample.jp")
	f.Fuzz(func(t *testing.T, entries, ip, from string) {
		l, err := ParseSenderList(strings.Fields(entries))
		if err != nil {
			return
		}
		again, err := ParseSenderList(l.Entries())
		if err != nil {
			t.Fatalf("canonical entries %q of %q do not parse again: %v", l.Entries(), entries, err)
		}
		if !slices.Equal(again.Entries(), l.Entries()) {
			t.Fatalf("canonical entries %q parse to %q", l.Entries(), again.Entries())
		}
		env := scoring.Envelope{MailFrom: from}
		if a, err := netip.ParseAddr(ip); err == nil {
			env.ClientIP = a
		}
		m := l.Match(env)
		if m != "" && !slices.Contains(l.Entries(), m) {
			t.Fatalf("Match(%+v) = %q, not one of the entries %q", env, m, l.Entries())
		}
		if m2 := again.Match(env); m2 != m {
			t.Fatalf("Match(%+v) = %q, but %q on the reparsed list", env, m, m2)
		}
	})
}

// FuzzReadUsersCSV checks that any CSV is read or refused without a panic,
// and that every user it yields has settings that pass Validate and survive
// the store's encoding unchanged.
func FuzzReadUsersCSV(f *testing.F) {
	f.Add([]byte("user,filtering,mode,threshold,allow,deny\n" +
		"alice,on,reject,6,boss@example.com;192.0.2.0/24,\n" +
		"bob,off,label,,,\n" +
		"# a comment\n" +
		"carol,,quarantine,3.5,,spam.example bad.example\n"))
	f.Add([]byte("deny,user\n\"a.example, 2001:db8::/32\",\"x\"\"y\"\n"))
	f.Add([]byte("user,threshold\nz,1e308\nw,-0x1p-2\nv,NaN\n"))
	f.Add(csv100k(3))
	f.Fuzz(func(t *testing.T, data []byte) {
		err := ReadUsersCSV(context.Background(), bytes.NewReader(data), func(us UserSettings) error {
			if err := CheckUser(us.User); err != nil {
				t.Fatalf("user %q: %v", us.User, err)
			}
			s := us.Settings
			if err := s.Validate(); err != nil {
				t.Fatalf("user %q: settings %+v: %v", us.User, s, err)
			}
			v, err := encodeSettings(s)
			if err != nil {
				t.Fatalf("user %q: encode: %v", us.User, err)
			}
			d, err := decodeSettings(v)
			if err != nil {
				t.Fatalf("user %q: stored settings %q do not decode: %v", us.User, v, err)
			}
			if d.Filtering != s.Filtering || d.Mode != s.Mode || d.Threshold != s.Threshold ||
				!slices.Equal(d.Allow.Entries(), s.Allow.Entries()) || !slices.Equal(d.Deny.Entries(), s.Deny.Entries()) {
				t.Fatalf("user %q: settings %+v decode as %+v", us.User, s, d)
			}
			return nil
		})
		_ = err // refusing is fine; the checks above are on what was accepted
	})
}

// FuzzDecodeSettings checks that a stored settings value of any content is
// decoded or refused without a panic, and that what decodes encodes again.
func FuzzDecodeSettings(f *testing.F) {
	for _, s := range []Settings{
		DefaultSettings(),
		{Filtering: false, Mode: ModeQuarantine, Threshold: 3.5},
	} {
		v, err := encodeSettings(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(v)
	}
	f.Add([]byte("\x01{\"filtering\":true,\"mode\":\"reject\",\"allow\":[\"192.0.2.0/24\",\"example.com\"]}"))
	f.Add([]byte("\x02{}"))
	f.Fuzz(func(t *testing.T, v []byte) {
		s, err := decodeSettings(v)
		if err != nil {
			return
		}
		if _, err := encodeSettings(s); err != nil {
			t.Fatalf("decoded %+v from %q does not encode: %v", s, v, err)
		}
	})
}

// FuzzReadWeights checks that any weights file is read or refused without a
// panic, that what is accepted is valid and gives finite scores, and that
// writing it out and reading it back gives the same weights.
func FuzzReadWeights(f *testing.F) {
	shipped, err := os.ReadFile("../cmd/mizugiwa/weights.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(shipped)
	f.Add([]byte(`{"version":1,"symbols":{"A":2},"hinges":{"A":[{"at":-1,"slope":0.5}]},"offset":-0.5}`))
	f.Add([]byte(`{"version":1,"symbols":{"A":1e309}}`))
	f.Add([]byte(`{"version":2}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		w, err := ReadWeights(bytes.NewReader(data))
		if err != nil {
			return
		}
		if err := w.Validate(); err != nil {
			t.Fatalf("accepted weights are invalid: %v", err)
		}
		var buf bytes.Buffer
		if _, err := w.WriteTo(&buf); err != nil {
			t.Fatalf("write: %v", err)
		}
		w2, err := ReadWeights(&buf)
		if err != nil {
			t.Fatalf("weights written as %q do not read back: %v", buf.Bytes(), err)
		}
		if !sameWeights(w, w2) {
			t.Fatalf("weights %+v read back as %+v", w, w2)
		}
		syms := []scoring.Symbol{{Name: "BAYES_SPAM", Score: 3}, {Name: "A", Score: -2}, {Name: SymUserAllow, Score: -100}}
		for name := range w.Symbols {
			syms = append(syms, scoring.Symbol{Name: name, Score: 1})
		}
		off := w.apply(syms)
		if math.IsNaN(off) || math.IsInf(off, 0) {
			t.Fatalf("offset %v", off)
		}
		for _, s := range syms {
			if math.IsNaN(s.Score) {
				t.Fatalf("symbol %s scores NaN", s.Name)
			}
		}
	})
}

// sameWeights reports whether a and b combine symbols alike and say the same.
func sameWeights(a, b *Weights) bool {
	if a.Version != b.Version || a.Offset != b.Offset || a.Note != b.Note || len(a.Symbols) != len(b.Symbols) {
		return false
	}
	for n, v := range a.Symbols {
		if v2, ok := b.Symbols[n]; !ok || v2 != v {
			return false
		}
	}
	for _, m := range []struct{ x, y map[string][]Hinge }{{a.Hinges, b.Hinges}, {b.Hinges, a.Hinges}} {
		for n, hs := range m.x {
			if !slices.Equal(hs, m.y[n]) {
				return false
			}
		}
	}
	return true
}
