package rules

import (
	"context"
	"testing"
)

// TestTally counts a small rule set over real messages and checks when a
// rule that fires on ham is flagged.
func TestTally(t *testing.T) {
	set, err := Parse("t.rules", []byte(`rule ANY_SUBJECT 1
describe every message has a Subject
exists Subject

rule ANY_SUBJECT_EXPLAINED 1
describe every message has a Subject, ham too
exists Subject

rule ANY_SUBJECT_LOW 0.5
describe every message has a Subject
exists Subject

rule CAPS 1
describe a Subject in capitals
eval subject_all_caps
`))
	if err != nil {
		t.Fatal(err)
	}
	h, err := NewHeaders(set)
	if err != nil {
		t.Fatal(err)
	}
	tally := NewTally(h, NewStructure(nil))
	for _, c := range []struct {
		file string
		spam bool
	}{
		{"sa/spam-2-00809.eml", true},      // "YOU WON A FREE PORN PASSWORD!!"
		{"sa/easy-ham-2-00481.eml", false}, // a mixed-case Subject
		{"business-01.eml", false},
	} {
		tally.Add(context.Background(), parseFile(t, c.file), c.spam)
	}
	if s, h := tally.Messages(); s != 1 || h != 2 {
		t.Fatalf("Messages() = %d, %d; want 1, 2", s, h)
	}
	want := map[string]Firing{
		"ANY_SUBJECT":           {Spam: 1, Ham: 2, NeedsReason: true},
		"ANY_SUBJECT_EXPLAINED": {Spam: 1, Ham: 2},
		"ANY_SUBJECT_LOW":       {Spam: 1, Ham: 2},
		"CAPS":                  {Spam: 1},
	}
	got := map[string]Firing{}
	for _, f := range tally.Firings() {
		got[f.Name] = f
	}
	for name, w := range want {
		g, ok := got[name]
		if !ok {
			t.Errorf("%s missing from Firings", name)
			continue
		}
		if g.Spam != w.Spam || g.Ham != w.Ham || g.NeedsReason != w.NeedsReason {
			t.Errorf("%s: spam %d ham %d flagged %v; want %d %d %v", name, g.Spam, g.Ham, g.NeedsReason, w.Spam, w.Ham, w.NeedsReason)
		}
	}
	if _, ok := got["HTML_ONLY"]; !ok {
		t.Error("the structure rules are missing from Firings")
	}
}
