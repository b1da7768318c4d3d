package rules

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/mizugiwa/mizugiwa/message"
	"github.com/mizugiwa/mizugiwa/scoring"
)

func parseFile(t *testing.T, name string) *message.Message {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	m, err := message.Parse(raw, message.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func fired(t *testing.T, m *message.Message) map[string]bool {
	t.Helper()
	syms, err := NewStructure(nil).Score(context.Background(), &scoring.Input{Msg: m})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, s := range syms {
		got[s.Name] = true
	}
	return got
}

func splitList(s string) []string {
	if s == "-" || s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

// TestStructureRules reads testdata/structure.tsv: a real message, the rules
// that must fire on it and rules that must not.
func TestStructureRules(t *testing.T) {
	runRuleTable(t, "testdata/structure.tsv", func(t *testing.T, file string) map[string]bool {
		return fired(t, parseFile(t, file))
	})
}

// runRuleTable reads a table of real messages (file, rules that must fire,
// rules that must not; tab-separated) and checks each with symbols.
func runRuleTable(t *testing.T, table string, symbols func(t *testing.T, file string) map[string]bool) {
	f, err := os.Open(table)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			t.Fatalf("%s: bad line %q", table, line)
		}
		n++
		t.Run(cols[0], func(t *testing.T) {
			got := symbols(t, cols[0])
			for _, w := range splitList(cols[1]) {
				if !got[w] {
					t.Errorf("%s did not fire (fired: %v)", w, got)
				}
			}
			for _, w := range splitList(cols[2]) {
				if got[w] {
					t.Errorf("%s fired", w)
				}
			}
		})
	}
	if n == 0 {
		t.Fatal("no cases")
	}
}

func TestStructureLimitRules(t *testing.T) {
	// Nesting far deeper than the walk allows.
	var b strings.Builder
	b.WriteString("From: a@example.com\r\nSubject: deep\r\nMIME-Version: 1.0\r\n")
	depth := 200
	for i := range depth {
		bd := "level" + strconv.Itoa(i)
		b.WriteString("Content-Type: multipart/mixed; boundary=" + bd + "\r\n\r\n--" + bd + "\r\n")
	}
	b.WriteString("Content-Type: text/plain\r\n\r\nhello\r\n")
	m, err := message.Parse([]byte(b.String()), message.Limits{MaxDepth: 16})
	if err != nil {
		t.Fatal(err)
	}
	if got := fired(t, m); !got["MIME_LIMIT_DEPTH"] {
		t.Errorf("MIME_LIMIT_DEPTH did not fire on %d levels of nesting (facts %v)", depth, m.Facts)
	}
}

func TestDefaultRulesAreNamedAndDescribed(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range DefaultStructureRules() {
		if r.Name == "" || r.Description == "" || (r.Fact == "" && r.Match == nil) {
			t.Errorf("rule %+v lacks a name, a description or a condition", r.Name)
		}
		if seen[r.Name] {
			t.Errorf("rule %s defined twice", r.Name)
		}
		seen[r.Name] = true
	}
}
