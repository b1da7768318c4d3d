package rules

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

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
	known := map[string]bool{}
	for _, r := range DefaultStructureRules() {
		known[r.Name] = true
	}
	runRuleTable(t, "testdata/structure.tsv", known, func(t *testing.T, file string) map[string]bool {
		return fired(t, parseFile(t, file))
	})
}

// runRuleTable reads a table of real messages (file, rules that must fire,
// rules that must not; tab-separated) and checks each with symbols. Every
// rule named must be in known, so a misspelt name cannot pass unnoticed.
// It fails unless each rule of known, bar testedElsewhere, fires on some
// message of the table and stays quiet on another.
func runRuleTable(t *testing.T, table string, known map[string]bool, symbols func(t *testing.T, file string) map[string]bool) {
	f, err := os.Open(table)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	covered := [2]map[string]bool{{}, {}} // rules checked firing, not firing
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
		for i, col := range cols[1:] {
			for _, w := range splitList(col) {
				if !known[w] {
					t.Errorf("%s: %s: no rule named %s", table, cols[0], w)
				}
				covered[i][w] = true
			}
		}
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
	for name := range known {
		if !covered[0][name] && !testedElsewhere[name] {
			t.Errorf("%s: no message on which %s must fire", table, name)
		}
		if !covered[1][name] && !testedElsewhere[name] {
			t.Errorf("%s: no message on which %s must stay quiet", table, name)
		}
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

// TestStructureLimitTable walks a real multipart spam under limits it
// exceeds, one at a time, and under the default limits, where no limit rule
// may fire.
func TestStructureLimitTable(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "sa", "spam-2-00538.eml"))
	if err != nil {
		t.Fatal(err)
	}
	// Depth needs deeper nesting than this message has: TestStructureLimitRules.
	limitRules := []string{"MIME_LIMIT_DEPTH", "MIME_LIMIT_PARTS", "MIME_LIMIT_SIZE", "MIME_LIMIT_HEADER", "MIME_LIMIT_TIME"}
	tests := []struct {
		name string
		lim  message.Limits
		want string // the one limit rule that must fire; "" for none
	}{
		{"defaults", message.Limits{}, ""},
		{"parts", message.Limits{MaxParts: 1}, "MIME_LIMIT_PARTS"},
		{"size", message.Limits{MaxDecodedBytes: 16}, "MIME_LIMIT_SIZE"},
		{"header", message.Limits{MaxHeaderBytes: 64}, "MIME_LIMIT_HEADER"},
		{"time", message.Limits{Timeout: time.Nanosecond}, "MIME_LIMIT_TIME"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := message.Parse(raw, tc.lim)
			if err != nil {
				t.Fatal(err)
			}
			got := fired(t, m)
			for _, r := range limitRules {
				if got[r] != (r == tc.want) {
					t.Errorf("%s fired = %v, want %v (facts %v)", r, got[r], r == tc.want, m.Facts)
				}
			}
		})
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

// testedElsewhere names the rules that a message alone cannot trip, so the
// tables do not cover them: the envelope rules (TestEnvelopeRules, on a real
// message with made-up sessions) and the walk limits
// (TestStructureLimitRules).
var testedElsewhere = map[string]bool{
	"HELO_IP_LITERAL": true, "HELO_IS_RECEIVER": true, "BCC_MANY": true,
	"MIME_LIMIT_DEPTH": true, "MIME_LIMIT_PARTS": true, "MIME_LIMIT_SIZE": true,
	"MIME_LIMIT_HEADER": true, "MIME_LIMIT_TIME": true,
}
