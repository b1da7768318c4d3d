package milter

import (
	"fmt"
	"strings"

	pb "github.com/mizugiwa/mizugiwa/api/mizugiwa/v1"
)

// outcome is what the milter answers for the whole message.
type outcome int

const (
	outAccept outcome = iota
	outReject
	outTempfail
	outQuarantine
)

func (o outcome) String() string {
	return [...]string{"accept", "reject", "tempfail", "quarantine"}[o]
}

// decision is the merge of per-recipient results into the answer for the
// one copy of the message (see the package documentation).
type decision struct {
	outcome outcome
	// reply is the SMTP reply for reject and tempfail: "550 5.7.1 text".
	reply string
	// del are the indexes of the recipients to remove from the envelope.
	del []int
	// headers to add; nil when no remaining recipient was scanned.
	headers []*pb.HeaderField
	// from is the index of the recipient whose headers are used, -1 if none.
	from int
}

// decide merges per-recipient results. Results are in recipient order.
func decide(results []*pb.RecipientResult) decision {
	d := decision{from: -1}
	var scanned, rejects []int
	for i, r := range results {
		if r.GetVerdict() == pb.Verdict_VERDICT_UNSCANNED {
			continue
		}
		scanned = append(scanned, i)
		switch r.GetAction() {
		case pb.Action_ACTION_TEMPFAIL:
			d.outcome = outTempfail
			d.reply = smtpReply(r, 451, "4.7.1 Try again later")
			return d
		case pb.Action_ACTION_REJECT:
			rejects = append(rejects, i)
		}
	}
	if len(scanned) > 0 && len(rejects) == len(scanned) && len(rejects) == len(results) {
		d.outcome = outReject
		d.reply = smtpReply(results[rejects[0]], 550, "5.7.1 Message rejected as spam")
		return d
	}
	d.del = rejects
	var rest []int
	quarantine := 0
	for _, i := range scanned {
		if results[i].GetAction() == pb.Action_ACTION_REJECT {
			continue
		}
		rest = append(rest, i)
		if results[i].GetAction() == pb.Action_ACTION_QUARANTINE {
			quarantine++
		}
	}
	remaining := len(results) - len(rejects)
	if quarantine > 0 && quarantine == remaining {
		d.outcome = outQuarantine
	}
	for _, i := range rest {
		if results[i].GetVerdict() == pb.Verdict_VERDICT_SPAM {
			d.from = i
			break
		}
	}
	if d.from < 0 && len(rest) > 0 {
		d.from = rest[0]
	}
	if d.from >= 0 {
		d.headers = results[d.from].GetHeaders()
	}
	return d
}

// smtpReply formats a reply line from a result's code and text, with
// defaults for what the result leaves out.
func smtpReply(r *pb.RecipientResult, code int, text string) string {
	if c := int(r.GetSmtpCode()); c >= 400 && c < 600 && c/100 == code/100 {
		code = c
	}
	if t := strings.TrimSpace(r.GetSmtpText()); t != "" {
		// A reply is one line: newlines in the text would end it early.
		text = strings.Join(strings.Fields(t), " ")
	}
	return fmt.Sprintf("%d %s", code, text)
}
