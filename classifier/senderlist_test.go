package classifier

import (
	"bufio"
	"net/netip"
	"os"
	"strings"
	"testing"

	"github.com/mizugiwa/mizugiwa/scoring"
)

func readTSV(t *testing.T, name string, cols int) [][]string {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "#") || strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		row := strings.Split(sc.Text(), "\t")
		if len(row) != cols {
			t.Fatalf("%s: %d columns in %q, want %d", name, len(row), sc.Text(), cols)
		}
		rows = append(rows, row)
	}
	if len(rows) == 0 {
		t.Fatalf("%s: no cases", name)
	}
	return rows
}

func TestSenderListMatch(t *testing.T) {
	for _, row := range readTSV(t, "testdata/senderlist.tsv", 4) {
		l, err := ParseSenderList(strings.Fields(row[0]))
		if err != nil {
			t.Errorf("%q: %v", row[0], err)
			continue
		}
		var env scoring.Envelope
		if row[1] != "-" {
			env.ClientIP = netip.MustParseAddr(row[1])
		}
		if row[2] != "-" {
			env.MailFrom = row[2]
		}
		want := row[3]
		if want == "-" {
			want = ""
		}
		if got := l.Match(env); got != want {
			t.Errorf("list %q, ip %s, from %s: match %q, want %q", row[0], row[1], row[2], got, want)
		}
	}
}

func TestSenderListRejects(t *testing.T) {
	for _, row := range readTSV(t, "testdata/senderlist-bad.tsv", 2) {
		_, err := ParseSenderList([]string{row[0]})
		if err == nil {
			t.Errorf("%q accepted", row[0])
			continue
		}
		if row[1] != "-" && !strings.Contains(err.Error(), row[1]) {
			t.Errorf("%q: error %q does not say %q", row[0], err, row[1])
		}
		if !strings.Contains(err.Error(), "entry 0") {
			t.Errorf("%q: error %q does not name the entry", row[0], err)
		}
	}
}
