package rules

import (
	"context"
	"errors"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mizugiwa/mizugiwa/message"
	"github.com/mizugiwa/mizugiwa/scoring"
)

func headerSyms(t *testing.T, set *Set, in *scoring.Input) map[string]bool {
	t.Helper()
	h, err := NewHeaders(set)
	if err != nil {
		t.Fatal(err)
	}
	syms, err := h.Score(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, s := range syms {
		got[s.Name] = true
	}
	return got
}

// TestHeaderRules reads testdata/headers.tsv: a real message, the header
// rules that must fire on it and rules that must not.
func TestHeaderRules(t *testing.T) {
	set := builtinTrusting(t)
	known := map[string]bool{}
	for _, r := range set.Rules {
		known[r.Name] = true
	}
	runRuleTable(t, "testdata/headers.tsv", known, func(t *testing.T, file string) map[string]bool {
		return headerSyms(t, set, &scoring.Input{Msg: parseFile(t, file)})
	})
}

// testAuthServ is the authserv-id of the receiving MTA in the test messages.
const testAuthServ = "mx01.example.jp"

// builtinTrusting returns the built-in rules with an authserv line that
// trusts testAuthServ, as an operator's copy of them would have.
func builtinTrusting(t testing.TB) *Set {
	t.Helper()
	set, err := Parse("builtin.rules", append(BuiltinRules(), "\nauthserv "+testAuthServ+"\n"...))
	if err != nil {
		t.Fatal(err)
	}
	return set
}

// TestEnvelopeRules checks the rules that look at the SMTP session on a
// real message with envelopes made up around it.
func TestEnvelopeRules(t *testing.T) {
	m := parseFile(t, "business-01.eml")
	var many []scoring.Recipient
	for i := range 20 {
		many = append(many, scoring.Recipient{Address: "u" + string(rune('a'+i)) + "@example.co.jp"})
	}
	tests := []struct {
		name string
		env  scoring.Envelope
		fire []string
		not  []string
	}{
		{"clean", scoring.Envelope{Helo: "mail.tanaka-kogyo.example.co.jp", ClientName: "mail.tanaka-kogyo.example.co.jp",
			Recipients: []scoring.Recipient{{Address: "y.sato@example.co.jp"}}}, nil,
			[]string{"HELO_IP_LITERAL", "HELO_IS_RECEIVER", "RCVD_FROM_DYNAMIC", "BCC_MANY"}},
		{"ip helo", scoring.Envelope{Helo: "[192.0.2.7]"}, []string{"HELO_IP_LITERAL"}, []string{"HELO_IS_RECEIVER"}},
		{"receiver helo", scoring.Envelope{Helo: "example.co.jp", Recipients: []scoring.Recipient{{Address: "y.sato@example.co.jp"}}},
			[]string{"HELO_IS_RECEIVER"}, []string{"HELO_IP_LITERAL"}},
		{"dynamic", scoring.Envelope{Helo: "x", ClientName: "p1234-ipad.dsl.example.ne.jp"}, []string{"RCVD_FROM_DYNAMIC"}, nil},
		{"bcc", scoring.Envelope{Recipients: many}, []string{"BCC_MANY"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := headerSyms(t, nil, &scoring.Input{Msg: m, Envelope: tc.env})
			for _, w := range tc.fire {
				if !got[w] {
					t.Errorf("%s did not fire (fired: %v)", w, got)
				}
			}
			for _, w := range tc.not {
				if got[w] {
					t.Errorf("%s fired", w)
				}
			}
		})
	}
}

// parseRaw parses a message written in a test.
func parseRaw(t *testing.T, raw string) *message.Message {
	t.Helper()
	m, err := message.Parse([]byte(raw), message.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestReceivedHeloIP checks which Received hops count as a relay greeted
// with a bare IP address.
func TestReceivedHeloIP(t *testing.T) {
	const top = "Received: from mx.example.net (mx.example.net [198.51.100.1]) by mail.example.org; Mon, 22 Jul 2002 03:08:11 +0100\r\n"
	tests := []struct {
		name     string
		received string // the hop below top
		env      scoring.Envelope
		fire     bool
	}{
		{"bare ip", "from 203.0.113.9 (dsl.example.net [203.0.113.9]) by mx.example.net", scoring.Envelope{}, true},
		{"another address, leading zero", "from 64.51.39.08 (unknown [203.0.113.126]) by mx.example.net", scoring.Envelope{}, true},
		{"address literal", "from [203.0.113.9] ([203.0.113.9]) by mx.example.net", scoring.Envelope{}, false},
		{"host name", "from pc1.example.net (dsl.example.net [203.0.113.9]) by mx.example.net", scoring.Envelope{}, false},
		{"private client", "from 192.168.1.20 ([192.168.1.20]) by mx.example.net", scoring.Envelope{}, false},
		{"logged in", "from 203.0.113.9 (dsl.example.net [203.0.113.9]) by mx.example.net with ESMTPA", scoring.Envelope{}, false},
		{"no client address", "from 203.0.113.9 by mx.example.net", scoring.Envelope{}, false},
		{"not four numbers", "from 203.0.113 (x.example.net [203.0.113.9]) by mx.example.net", scoring.Envelope{}, false},
		{"the envelope's hop", "from 203.0.113.9 (dsl.example.net [203.0.113.9]) by mx.example.net",
			scoring.Envelope{Helo: "203.0.113.9", ClientIP: netip.MustParseAddr("203.0.113.9")}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			raw := top + "Received: " + tc.received + "; Mon, 22 Jul 2002 03:08:07 +0100\r\n" +
				"From: a@example.net\r\nTo: b@example.org\r\nSubject: hello\r\n\r\nhello\r\n"
			m := parseRaw(t, raw)
			got := headerSyms(t, nil, &scoring.Input{Msg: m, Envelope: tc.env})
			if got["RCVD_HELO_IP"] != tc.fire {
				t.Errorf("RCVD_HELO_IP fired = %v, want %v", got["RCVD_HELO_IP"], tc.fire)
			}
		})
	}
}

func TestMsgidByReceiver(t *testing.T) {
	const local = "Received: from localhost (localhost [127.0.0.1]) by mail.example.org (Postfix) with ESMTP id 56A0616F17; Mon, 22 Jul 2002 03:08:12 +0100\r\n"
	tests := []struct {
		name     string
		received string // the fields below local, top first
		msgid    string
		env      scoring.Envelope
		fire     bool
	}{
		{"entry hop wrote it",
			"from pc.example.net (dsl.example.net [203.0.113.9])\r\n\tby mail.example.org (8.12.2) with ESMTP id g8KDAlC06039",
			"<200209201310.g8KDAlC06039@mail.example.org>", scoring.Envelope{}, true},
		{"Exim's queue id",
			"from pc.example.net ([203.0.113.9]) by mail.example.org with esmtp (Exim 3.22 #8) id 17jzyr-00072w-00",
			"<E17jzyr-00072w-00@mail.example.org>", scoring.Envelope{}, true},
		{"another queue id",
			"from pc.example.net (dsl.example.net [203.0.113.9]) by mail.example.org with ESMTP id g8KDAlC06039",
			"<200209201310.g8KDAlC06040@mail.example.org>", scoring.Envelope{}, false},
		{"the sender's own server",
			"from smtp.example.net (smtp.example.net [198.51.100.7]) by mail.example.org with ESMTP id g8KDAlC06039\r\n" +
				"Received: from pc.example.net ([203.0.113.9]) by smtp.example.net with esmtp (Exim 3.22 #8) id 17jzyr-00072w-00",
			"<E17jzyr-00072w-00@smtp.example.net>", scoring.Envelope{}, false},
		{"logged in",
			"from pc.example.net (dsl.example.net [203.0.113.9]) by mail.example.org with ESMTPA id g8KDAlC06039",
			"<200209201310.g8KDAlC06039@mail.example.org>", scoring.Envelope{}, false},
		{"live mail, the envelope's client",
			"from pc.example.net (dsl.example.net [203.0.113.9]) by mail.example.org with ESMTP id g8KDAlC06039",
			"<200209201310.g8KDAlC06039@mail.example.org>",
			scoring.Envelope{Helo: "pc.example.net", ClientIP: netip.MustParseAddr("203.0.113.9")}, false},
		{"the sender's own id",
			"from pc.example.net (dsl.example.net [203.0.113.9]) by mail.example.org with ESMTP id g8KDAlC06039",
			"<3D8B2C4F.1020504@example.net>", scoring.Envelope{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			raw := local + "Received: " + tc.received + "; Mon, 22 Jul 2002 03:08:07 +0100\r\n" +
				"Message-ID: " + tc.msgid + "\r\nFrom: a@example.net\r\nTo: b@example.org\r\nSubject: hello\r\n\r\nhello\r\n"
			m := parseRaw(t, raw)
			got := headerSyms(t, nil, &scoring.Input{Msg: m, Envelope: tc.env})
			if got["MSGID_BY_RECEIVER"] != tc.fire {
				t.Errorf("MSGID_BY_RECEIVER fired = %v, want %v", got["MSGID_BY_RECEIVER"], tc.fire)
			}
		})
	}
}

func TestRcvdDateForged(t *testing.T) {
	tests := []struct {
		received string
		fire     bool
	}{
		{"from [159.218.252.32] by n7.groups.yahoo.com with SMTP; Aug, 24 2002 12:01:28 PM -0800", true},
		{"from 87.15.78.89 ([87.15.78.89]) by pet.vosn.net with local; Sep, 11 2002 9:33:04 AM +0600", true},
		{"from unknown (52.127.142.42) by rly-xl04.mx.aol.com with smtp; Aug 22 2002 8:02PM", true},
		{"from 105.183.205.243 ([105.183.205.243]) by smtp.example.com with esmtp; Aug, 22 2002 20:02:11 -0700", true},
		{"from mx.example.net (mx.example.net [198.51.100.1]) by mail.example.org; Mon, 22 Jul 2002 03:08:11 +0100", false},
		{"from mx.example.net (mx.example.net [198.51.100.1]) by mail.example.org; 22 Jul 2002 03:08:11 -0000", false},
		{"from PM.example.net (AM.example.net [198.51.100.1]) by mail.example.org; Mon, 22 Jul 2002 11:08:11 +0100 (PM)", false},
	}
	for _, tc := range tests {
		raw := "Received: " + tc.received + "\r\nFrom: a@example.net\r\nTo: b@example.org\r\nSubject: hello\r\n\r\nhello\r\n"
		got := headerSyms(t, nil, &scoring.Input{Msg: parseRaw(t, raw)})
		if got["RCVD_DATE_FORGED"] != tc.fire {
			t.Errorf("%q: RCVD_DATE_FORGED fired = %v, want %v", tc.received, got["RCVD_DATE_FORGED"], tc.fire)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		src  string
		line int
	}{
		{"rule A 1\ndescribe a\nheader Subject =~ /(/\n", 3},
		{"# c\n\nrule A x\n", 3},
		{"describe a\n", 1},
		{"rule A 1\ndescribe a\neval no_such_thing\n", 3},
		{"rule A 1\ndescribe a\nexists Subject\nrule A 2\ndescribe b\nexists To\n", 4},
		{"rule A 1\nexists Subject\n", 1},
		{"rule A 1\ndescribe a\nheader Subject =~ /x/q\n", 3},
		{"rule A 1\ndescribe a\nbogus line\n", 3},
		{"rule a 1\n", 1},
		{"rule A 1\ndescribe a\nbody !~ /x/\n", 3},
		{"rule A 1\ndescribe a\nbody =~ /(/\n", 3},
		{"rule A 1\ndescribe a\nbody =~ x\n", 3},
		{"rule A 1\ndescribe a\nfixed yes\nexists To\n", 3},
		{"rule A 1\ndescribe a\nfixed\nfixed\nexists To\n", 4},
		{"fixed\n", 1},
		{"brand example.com\n", 1},
		{"rule A 1\ndescribe a\nexists To\nbrand exa_mple.com X\n", 4},
		{"rule A 1\ndescribe a\nexists To\nbrand example.com X|\n", 4},
		{"rule A 1\ndescribe a\nexists To\nbrand ,example.com X\n", 4},
		{"rule A 1\ndescribe a\nbrand example.com X\nexists To\n", 1},
		{"\n\nrule A 1\ndescribe a\neval from_brand_spoof\n", 3},
	}
	for _, tc := range tests {
		_, err := Parse("t.rules", []byte(tc.src))
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Errorf("Parse(%q) = %v, want a ParseError", tc.src, err)
			continue
		}
		if pe.Line != tc.line || !strings.Contains(err.Error(), "t.rules:") {
			t.Errorf("Parse(%q): %v, want line %d", tc.src, err, tc.line)
		}
	}
}

func TestFixed(t *testing.T) {
	set, err := Parse("t.rules", []byte("rule A 1\ndescribe a\nfixed\nexists To\n\nrule B 1\ndescribe b\nexists To\n"))
	if err != nil {
		t.Fatal(err)
	}
	if !set.Rules[0].Fixed || set.Rules[1].Fixed {
		t.Errorf("fixed: A %v, B %v; want A only", set.Rules[0].Fixed, set.Rules[1].Fixed)
	}
	// The Japanese rules of the built-in set, the brand rules (whose
	// brands are mostly Japanese), the attachment rules and the sender
	// authentication rules are fixed: the SpamAssassin corpus cannot weigh
	// them. So is the US label for unsolicited advertising, as the
	// Japanese one is. The others are not.
	b, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range b.Rules {
		ja := strings.Contains(r.Name, "_JA_") || r.Name == "SUBJ_HALFWIDTH_KANA" || r.Name == "SUBJ_PLATFORM_CHARS" || strings.Contains(r.Name, "_BRAND_") || strings.HasPrefix(r.Name, "ATTACH_") || strings.HasPrefix(r.Name, "AUTH_") || r.Name == "SUBJ_ADV_LABEL"
		if r.Fixed != ja {
			t.Errorf("%s: fixed %v, want %v", r.Name, r.Fixed, ja)
		}
	}
}

func TestReload(t *testing.T) {
	h, err := NewHeaders(nil)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	good := filepath.Join(dir, "good.rules")
	if err := os.WriteFile(good, []byte("rule ONLY_RULE 1\ndescribe test\nexists Subject\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := h.Reload(good); err != nil {
		t.Fatal(err)
	}
	if rs := h.Set().Rules; len(rs) != 1 || rs[0].Name != "ONLY_RULE" {
		t.Fatalf("after reload: %+v", rs)
	}
	bad := filepath.Join(dir, "bad.rules")
	if err := os.WriteFile(bad, []byte("rule X 1\ndescribe x\n\nheader Subject =~ /[/\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	err = h.Reload(bad)
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 4 {
		t.Fatalf("reload of broken file: %v, want a ParseError on line 4", err)
	}
	if rs := h.Set().Rules; len(rs) != 1 || rs[0].Name != "ONLY_RULE" {
		t.Fatalf("broken reload replaced the set: %+v", rs)
	}
	syms, _ := h.Score(context.Background(), &scoring.Input{Msg: parseFile(t, "business-01.eml")})
	if len(syms) != 1 || syms[0].Name != "ONLY_RULE" {
		t.Errorf("score with reloaded set: %+v", syms)
	}
}

func FuzzParse(f *testing.F) {
	f.Add(builtinRules)
	f.Add([]byte("rule A 1\ndescribe a\nheader Subject:raw !~ /x/ims\neval date_past 3\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		s, err := Parse("fuzz.rules", src)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Line < 1 {
				t.Fatalf("error without a line: %v", err)
			}
			return
		}
		m, _ := message.Parse([]byte("Subject: x\r\n\r\nbody\r\n"), message.Limits{})
		s.Eval(&scoring.Input{Msg: m})
	})
}

func BenchmarkHeaders(b *testing.B) {
	h, err := NewHeaders(nil)
	if err != nil {
		b.Fatal(err)
	}
	var ins []*scoring.Input
	for _, n := range []string{"business-01.eml", "word-salad-03.eml", "ad-dodged-01.eml", "newsletter-01.eml", "image-only-01.eml"} {
		raw, _ := os.ReadFile(filepath.Join("testdata", n))
		m, _ := message.Parse(raw, message.Limits{})
		ins = append(ins, &scoring.Input{Msg: m})
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		h.Score(context.Background(), ins[i%len(ins)])
	}
}

// BenchmarkHeadersCorpus scores every message of the SpamAssassin corpus
// in turn; ns/op is the mean time per message.
func BenchmarkHeadersCorpus(b *testing.B) {
	dir := filepath.Join(corpusDir(), "data")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	if len(files) == 0 {
		b.Skipf("SpamAssassin corpus not found at %s (set MIZUGIWA_CORPUS)", dir)
	}
	h, err := NewHeaders(nil)
	if err != nil {
		b.Fatal(err)
	}
	var ins []*scoring.Input
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		if m, err := message.Parse(raw, message.Limits{}); err == nil {
			ins = append(ins, &scoring.Input{Msg: m})
		}
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		h.Score(context.Background(), ins[i%len(ins)])
	}
}

// TestDateZoneAbsurd checks the zones DATE_ZONE_ABSURD calls made up: the
// ones clocks use (UTC-12 to UTC+14, in hours and minutes) must pass.
func TestDateZoneAbsurd(t *testing.T) {
	tests := []struct {
		date string
		fire bool
	}{
		{"Wed, 21 Aug 2002 20:31:57 -1600", true},
		{"Tue, 10 Sep 2002 13:53:44 -1900", true},
		{"Tue, 10 Sep 2002 13:53 +0575", true},
		{"Tue, 10 Sep 2002 13:53:44 +1401", true},
		{"Tue, 10 Sep 2002 13:53:44 +1400", false},
		{"Mon, 9 Sep 2002 14:28:04 +0530", false},
		{"Mon, 9 Sep 2002 14:28:04 +0545", false},
		{"Mon, 9 Sep 2002 14:28:04 -1200", false},
		{"Mon, 9 Sep 2002 14:28:04 GMT", false},
		{"Mon, 9 Sep 2002 -1900", false}, // no time: DATE_MALFORMED's
	}
	for _, tc := range tests {
		raw := "From: a@example.net\r\nTo: b@example.org\r\nDate: " + tc.date + "\r\nSubject: hello\r\n\r\nhello\r\n"
		m := parseRaw(t, raw)
		if got := headerSyms(t, nil, &scoring.Input{Msg: m})["DATE_ZONE_ABSURD"]; got != tc.fire {
			t.Errorf("Date: %s: DATE_ZONE_ABSURD fired = %v, want %v", tc.date, got, tc.fire)
		}
	}
}

// TestAdvanceFeeStory counts the marks of the advance-fee letter: four make
// the story, three do not.
func TestAdvanceFeeStory(t *testing.T) {
	tests := []struct {
		name, body string
		fire       bool
	}{
		{"the letter", "Dear Sir, I am the barrister to the late president. The next of kin must receive US$25 million; 20% of the sum is for you.", true},
		{"three marks", "Dear friend, the barrister of my late father wrote to me.", false},
		{"a bank's notice", "Your bank account statement is ready. Transfer of funds between accounts is free of charge.", false},
		{"marks in two parts", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			raw := "From: a@example.net\r\nTo: b@example.org\r\nSubject: hello\r\nContent-Type: text/plain\r\n\r\n" + tc.body + "\r\n"
			if tc.body == "" {
				raw = "From: a@example.net\r\nTo: b@example.org\r\nSubject: hello\r\nMIME-Version: 1.0\r\n" +
					"Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n" +
					"Strictly confidential: a transfer of the funds to a foreign account.\r\n--b\r\nContent-Type: text/plain\r\n\r\n" +
					"The beneficiary is in Lagos.\r\n--b--\r\n"
			}
			m := parseRaw(t, raw)
			if got := headerSyms(t, nil, &scoring.Input{Msg: m})["BODY_ADVANCE_FEE_STORY"]; got != tc.fire {
				t.Errorf("BODY_ADVANCE_FEE_STORY fired = %v, want %v", got, tc.fire)
			}
		})
	}
}

// TestMsgidOutlookTimeless checks that Outlook's Message-IDs of any year
// from 1998 to 2060 pass and random digits in their form do not.
func TestMsgidOutlookTimeless(t *testing.T) {
	tests := []struct {
		id   string
		fire bool
	}{
		{"<001601c25e89$2f06a3d0$0200a8c0@JMHALL>", false},  // 2002
		{"<000a01DC7AB1$12345678$6501A8C0@desktop>", false}, // 2026, capitals
		{"<016d65d07e1e$5137c3e6$0ad50ab6@amvwkp>", true},   // random
		{"<000b80e18d0d$5386e5c3$7bb46be4@opykpm>", true},   // random
		{"<0000010a3b2c$00000000$00000000@x>", true},        // no time at all
		{"<20021106.1234.5678@mail.example.com>", false},    // not Outlook's form
		{"<CAFE1234567890@example.com>", false},
	}
	for _, tc := range tests {
		raw := "From: a@example.net\r\nTo: b@example.org\r\nMessage-ID: " + tc.id + "\r\nSubject: hello\r\n\r\nhello\r\n"
		m := parseRaw(t, raw)
		if got := headerSyms(t, nil, &scoring.Input{Msg: m})["MSGID_OUTLOOK_TIMELESS"]; got != tc.fire {
			t.Errorf("Message-ID %s: MSGID_OUTLOOK_TIMELESS fired = %v, want %v", tc.id, got, tc.fire)
		}
	}
}
