package milter

import (
	"bufio"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	pb "github.com/mizugiwa/mizugiwa/api/mizugiwa/v1"
)

func TestDecide(t *testing.T) {
	f, err := os.Open("testdata/decide.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	verdicts := map[string]pb.Verdict{"ham": pb.Verdict_VERDICT_HAM, "spam": pb.Verdict_VERDICT_SPAM, "unscanned": pb.Verdict_VERDICT_UNSCANNED}
	actions := map[string]pb.Action{"add": pb.Action_ACTION_ADD_HEADERS, "accept": pb.Action_ACTION_ACCEPT, "reject": pb.Action_ACTION_REJECT,
		"quarantine": pb.Action_ACTION_QUARANTINE, "tempfail": pb.Action_ACTION_TEMPFAIL}
	sc := bufio.NewScanner(f)
	n := 0
	for line := 0; sc.Scan(); {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		in, want, ok := strings.Cut(text, "=>")
		w := strings.Fields(want)
		if !ok || len(w) != 3 {
			t.Fatalf("decide.txt:%d: malformed line %q", line, text)
		}
		var results []*pb.RecipientResult
		for i, r := range strings.Fields(in) {
			v, a, _ := strings.Cut(r, "/")
			if _, ok := verdicts[v]; !ok {
				t.Fatalf("decide.txt:%d: unknown verdict %q", line, v)
			}
			if _, ok := actions[a]; !ok {
				t.Fatalf("decide.txt:%d: unknown action %q", line, a)
			}
			rr := &pb.RecipientResult{Verdict: verdicts[v], Action: actions[a]}
			if v != "unscanned" {
				rr.Headers = []*pb.HeaderField{{Name: "X-Spam-Flag", Value: strconv.Itoa(i)}}
			}
			if a == "reject" {
				rr.SmtpCode, rr.SmtpText = 550, "5.7.1 rejected for "+strconv.Itoa(i)
			}
			results = append(results, rr)
		}
		d := decide(results)
		if got := d.outcome.String(); got != w[0] {
			t.Errorf("decide.txt:%d: %s: outcome %s, want %s", line, in, got, w[0])
		}
		from := "-"
		if d.from >= 0 {
			from = strconv.Itoa(d.from)
		}
		if from != w[1] {
			t.Errorf("decide.txt:%d: %s: headers from %s, want %s", line, in, from, w[1])
		}
		if d.from >= 0 && (len(d.headers) != 1 || d.headers[0].Value != w[1]) {
			t.Errorf("decide.txt:%d: %s: headers %v are not recipient %s's", line, in, d.headers, w[1])
		}
		var del []string
		for _, i := range d.del {
			del = append(del, strconv.Itoa(i))
		}
		if got := strings.Join(del, ","); got != strings.ReplaceAll(w[2], "-", "") {
			t.Errorf("decide.txt:%d: %s: removed %q, want %s", line, in, got, w[2])
		}
		switch d.outcome {
		case outReject:
			if !strings.HasPrefix(d.reply, "550 5.7.1 rejected for ") {
				t.Errorf("decide.txt:%d: reply %q does not carry the engine's text", line, d.reply)
			}
		case outTempfail:
			if !strings.HasPrefix(d.reply, "451 ") {
				t.Errorf("decide.txt:%d: reply %q is not 451", line, d.reply)
			}
		default:
			if d.reply != "" {
				t.Errorf("decide.txt:%d: reply %q for %s", line, d.reply, d.outcome)
			}
		}
		if slices.Contains(d.del, d.from) {
			t.Errorf("decide.txt:%d: headers taken from removed recipient %d", line, d.from)
		}
		n++
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no cases in decide.txt")
	}
}

func TestSMTPReply(t *testing.T) {
	cases := []struct {
		code uint32
		text string
		def  int
		want string
	}{
		{550, "5.7.1 Message rejected as spam", 550, "550 5.7.1 Message rejected as spam"},
		{0, "", 550, "550 5.7.1 Message rejected as spam"},
		{554, "5.7.1 no\r\nthanks", 550, "554 5.7.1 no thanks"},
		{451, "try later", 550, "550 try later"}, // a 4xx code cannot turn a reject into a tempfail
		{421, "", 451, "421 4.7.1 Try again later"},
	}
	for _, c := range cases {
		def := "5.7.1 Message rejected as spam"
		if c.def == 451 {
			def = "4.7.1 Try again later"
		}
		if got := smtpReply(&pb.RecipientResult{SmtpCode: c.code, SmtpText: c.text}, c.def, def); got != c.want {
			t.Errorf("smtpReply(%d, %q) = %q, want %q", c.code, c.text, got, c.want)
		}
	}
}
