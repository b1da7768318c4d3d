package rules

import (
	"strings"
	"testing"

	"github.com/mizugiwa/mizugiwa/message"
	"github.com/mizugiwa/mizugiwa/scoring"
)

// TestSenderPredicates holds the predicates on made-up senders and shouting
// to cases no corpus message has: envelopes from the MTA, role mailboxes,
// a name inside a longer word, capitals in other scripts.
func TestSenderPredicates(t *testing.T) {
	const body = "\r\nHello.\r\n"
	relay := "Received: from mail-wr1-f41.google.com (mail-wr1-f41.google.com [209.85.221.41]) by mx.example.net\r\n"
	proxy := "Received: from [203.0.113.9] (unknown [203.0.113.9]) by mx.example.net\r\n"
	caps := strings.Repeat("BUY NOW AND SAVE ON EVERY ORDER YOU PLACE TODAY\r\n", 8)
	tests := []struct {
		name string
		msg  string
		env  scoring.Envelope
		fire []string
		not  []string
	}{
		{"gmail through google", "From: a.person@gmail.com\r\n" + relay + "To: b@example.net\r\n" + body,
			scoring.Envelope{}, nil, []string{"FROM_FREEMAIL_FORGED"}},
		{"gmail through a proxy", "From: a.person@gmail.com\r\n" + proxy + "To: b@example.net\r\n" + body,
			scoring.Envelope{}, []string{"FROM_FREEMAIL_FORGED"}, nil},
		{"gmail, client named by the MTA", "From: a.person@gmail.com\r\nTo: b@example.net\r\n" + body,
			scoring.Envelope{ClientName: "mail-wr1-f41.google.com", Helo: "mail-wr1-f41.google.com"}, nil, []string{"FROM_FREEMAIL_FORGED"}},
		{"gmail, unnamed client", "From: a.person@gmail.com\r\nTo: b@example.net\r\n" + body,
			scoring.Envelope{ClientName: "dsl-203-0-113-9.example.org", Helo: "gmail.com"}, []string{"FROM_FREEMAIL_FORGED", "HELO_FORGED_FREEMAIL"}, nil},
		{"not a free mail service", "From: a.person@example.com\r\n" + proxy + "To: b@example.net\r\n" + body,
			scoring.Envelope{}, nil, []string{"FROM_FREEMAIL_FORGED"}},
		{"helo of its own service", "From: x@example.com\r\nTo: b@example.net\r\n" + body,
			scoring.Envelope{ClientName: "mta7.am0.yahoodns.net", Helo: "sonic.mail.yahoo.com"}, nil, []string{"HELO_FORGED_FREEMAIL"}},
		{"to is from", "From: Bob <bob@example.com>\r\nTo: BOB@example.com\r\n" + body,
			scoring.Envelope{}, []string{"TO_IS_FROM"}, nil},
		{"to is from among others", "From: bob@example.com\r\nTo: bob@example.com, ann@example.com\r\n" + body,
			scoring.Envelope{}, nil, []string{"TO_IS_FROM"}},
		{"message-id of the addressee", "From: deals@example.com\r\nTo: ann@example.net\r\nMessage-ID: <1234.5678@mx.example.net>\r\n" + body,
			scoring.Envelope{}, []string{"MSGID_RCPT_DOMAIN"}, nil},
		{"message-id of the sender", "From: ann@example.net\r\nTo: bob@example.net\r\nMessage-ID: <1234.5678@mx.example.net>\r\n" + body,
			scoring.Envelope{}, nil, []string{"MSGID_RCPT_DOMAIN"}},
		{"subject names the mailbox", "From: deals@example.com\r\nTo: jsmith@example.net\r\nSubject: jsmith, your rate is approved\r\n" + body,
			scoring.Envelope{}, []string{"SUBJ_NAMES_RCPT"}, nil},
		{"subject names a role mailbox", "From: deals@example.com\r\nTo: sales@example.net\r\nSubject: sales report for sales\r\n" + body,
			scoring.Envelope{}, nil, []string{"SUBJ_NAMES_RCPT"}},
		{"mailbox inside a word", "From: deals@example.com\r\nTo: ann@example.net\r\nSubject: annual report\r\n" + body,
			scoring.Envelope{}, nil, []string{"SUBJ_NAMES_RCPT"}},
		{"same domain", "From: boss@example.net\r\nTo: jsmith@example.net\r\nSubject: jsmith, see me\r\n" + body,
			scoring.Envelope{}, nil, []string{"SUBJ_NAMES_RCPT"}},
		{"shouting", "From: a@example.com\r\nTo: b@example.net\r\n\r\n" + caps,
			scoring.Envelope{}, []string{"BODY_CAPS_HEAVY", "BODY_LINES_YELLING"}, nil},
		{"two lines shouting", "From: a@example.com\r\nTo: b@example.net\r\n\r\n" + caps[:98] + strings.Repeat("a quiet line of ordinary text, nothing more\r\n", 10),
			scoring.Envelope{}, nil, []string{"BODY_CAPS_HEAVY", "BODY_LINES_YELLING"}},
		{"no case in Japanese", "From: a@example.jp\r\nTo: b@example.jp\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
			strings.Repeat("本日のセールは全品半額です。お見逃しなく。OK\r\n", 30),
			scoring.Envelope{}, nil, []string{"BODY_CAPS_HEAVY", "BODY_LINES_YELLING"}},
	}
	h, err := NewHeaders(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := message.Parse([]byte(tt.msg), message.Limits{})
			if err != nil {
				t.Fatal(err)
			}
			syms, err := h.Score(t.Context(), &scoring.Input{Msg: m, Envelope: tt.env})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]bool{}
			for _, s := range syms {
				got[s.Name] = true
			}
			for _, w := range tt.fire {
				if !got[w] {
					t.Errorf("%s did not fire (fired %v)", w, got)
				}
			}
			for _, w := range tt.not {
				if got[w] {
					t.Errorf("%s fired", w)
				}
			}
		})
	}
}
