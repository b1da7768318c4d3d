package rules

import (
	"slices"
	"strings"
	"testing"

	"github.com/mizugiwa/mizugiwa/message"
	"github.com/mizugiwa/mizugiwa/scoring"
)

// TestAuthRules runs the built-in sender-authentication rules, with the
// receiving MTA's authserv-id named, on messages whose Authentication-Results
// fields say what an MTA with SPF, DKIM and DMARC checks writes, and on
// fields written by someone else.
func TestAuthRules(t *testing.T) {
	set, err := Parse("builtin+authserv", append(BuiltinRules(), "\nauthserv mx01.example.jp mx02.example.jp\n"...))
	if err != nil {
		t.Fatal(err)
	}
	if got := set.AuthServIDs(); !slices.Equal(got, []string{"mx01.example.jp", "mx02.example.jp"}) {
		t.Fatalf("AuthServIDs = %q", got)
	}
	plain, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	const (
		dmarcFail = "AUTH_DMARC_FAIL"
		spfFail   = "AUTH_SPF_FAIL"
		dkimFail  = "AUTH_DKIM_FAIL"
		brandPass = "AUTH_BRAND_PASS"
	)
	for _, tc := range []struct {
		name string
		from string
		ar   []string // Authentication-Results values, top first
		list bool
		want []string
	}{
		{"phish from a brand's own domain",
			"Amazon.co.jp <account-update@amazon.co.jp>",
			[]string{"mx01.example.jp; spf=fail smtp.mailfrom=bounce@amazon-co-jp.example; dkim=none; dmarc=fail (p=reject dis=none) header.from=amazon.co.jp"},
			false, []string{dmarcFail, spfFail}},
		{"the brand's own notice",
			"三井住友カード <info@mail.vpass.ne.jp>",
			[]string{"MX01.EXAMPLE.JP; dkim=pass header.d=vpass.ne.jp header.s=s1; spf=pass smtp.mailfrom=bounce@mail.vpass.ne.jp; dmarc=pass header.from=mail.vpass.ne.jp"},
			false, []string{brandPass}},
		{"the brand's notice, DKIM alone, read by the second MX",
			"楽天カード <info@mail.rakuten-card.co.jp>",
			[]string{"mx02.example.jp; dkim=pass header.i=@rakuten-card.co.jp"},
			false, []string{brandPass}},
		{"DKIM passes for another domain only",
			"楽天カード <info@mail.rakuten-card.co.jp>",
			[]string{"mx01.example.jp; dkim=pass header.d=esp.example.net; dmarc=none header.from=rakuten-card.co.jp"},
			false, nil},
		{"a pass the sender wrote itself",
			"Amazon.co.jp <account-update@amazon.co.jp>",
			[]string{"mx01.example.jp; dmarc=fail header.from=amazon.co.jp", "mail.amazon-co-jp.example; dmarc=pass header.from=amazon.co.jp; spf=pass"},
			false, []string{dmarcFail}},
		{"a pass with a forged authserv-id that cannot be read",
			"Amazon.co.jp <account-update@amazon.co.jp>",
			[]string{"mx01.example.jp (forged; dmarc=pass header.from=amazon.co.jp"},
			false, nil},
		{"an ordinary sender that authenticates",
			"佐藤 由美 <yumi.sato@example.ne.jp>",
			[]string{"mx01.example.jp; dkim=pass header.d=example.ne.jp; spf=pass smtp.mailfrom=example.ne.jp; dmarc=pass header.from=example.ne.jp"},
			false, nil},
		{"a broken signature and a good one",
			"佐藤 由美 <yumi.sato@example.ne.jp>",
			[]string{"mx01.example.jp; dkim=fail header.d=example.ne.jp; dkim=pass header.d=example.ne.jp"},
			false, nil},
		{"a broken signature",
			"佐藤 由美 <yumi.sato@example.ne.jp>",
			[]string{"mx01.example.jp; dkim=fail (body hash did not verify) header.d=example.ne.jp; spf=softfail smtp.mailfrom=example.ne.jp"},
			false, []string{dkimFail}},
		{"a broken signature on list mail",
			"佐藤 由美 <yumi.sato@example.ne.jp>",
			[]string{"mx01.example.jp; dkim=fail header.d=example.ne.jp"},
			true, nil},
		{"no field",
			"Amazon.co.jp <account-update@amazon.co.jp>", nil, false, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			for _, v := range tc.ar {
				b.WriteString("Authentication-Results: " + v + "\r\n")
			}
			b.WriteString("Received: from mail.example.net (mail.example.net [192.0.2.7])\r\n\tby mx01.example.jp (Postfix) with ESMTPS id 4Q1; Mon, 3 Mar 2025 10:00:02 +0900\r\n")
			b.WriteString("From: " + tc.from + "\r\nTo: user@example.jp\r\nSubject: test\r\nDate: Mon, 3 Mar 2025 10:00:00 +0900\r\nMessage-ID: <a@b.example>\r\n")
			if tc.list {
				b.WriteString("List-Id: <ml.example.org>\r\n")
			}
			b.WriteString("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nhello\r\n")
			m, err := message.Parse([]byte(b.String()), message.Limits{})
			if err != nil {
				t.Fatal(err)
			}
			auth := func(s *Set) (names []string, details []string) {
				for _, sym := range s.Eval(&scoring.Input{Msg: m}) {
					if strings.HasPrefix(sym.Name, "AUTH_") {
						names = append(names, sym.Name)
						details = append(details, sym.Detail)
					}
				}
				slices.Sort(names)
				return names, details
			}
			want := slices.Clone(tc.want)
			slices.Sort(want)
			got, details := auth(set)
			if !slices.Equal(got, want) {
				t.Errorf("fired %v (%q), want %v", got, details, want)
			}
			for _, d := range details {
				if !strings.Contains(d, "(by mx0") {
					t.Errorf("detail %q does not name the authserv-id", d)
				}
			}
			if got, _ := auth(plain); len(got) > 0 {
				t.Errorf("the built-in set, which trusts no authserv-id, fired %v", got)
			}
		})
	}
}

// TestAuthServLine checks the authserv lines of a rules file.
func TestAuthServLine(t *testing.T) {
	const rule = "rule R 1\ndescribe r\nexists Subject\n"
	for _, tc := range []struct {
		src     string
		want    []string
		wantErr string
	}{
		{"authserv mx.example.jp\n" + rule, []string{"mx.example.jp"}, ""},
		{rule + "authserv A.example B.example\nauthserv c_1\n", []string{"a.example", "b.example", "c_1"}, ""},
		{rule, nil, ""},
		{rule + "authserv\n", nil, "t.rules:4:"},
		{rule + "authserv mx.example.jp;\n", nil, "t.rules:4:"},
		{"authserv \"quoted\"\n" + rule, nil, "t.rules:1:"},
	} {
		s, err := Parse("t.rules", []byte(tc.src))
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("%q: error %v, want one at %s", tc.src, err, tc.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", tc.src, err)
			continue
		}
		if got := s.AuthServIDs(); !slices.Equal(got, tc.want) {
			t.Errorf("%q: AuthServIDs %q, want %q", tc.src, got, tc.want)
		}
	}
}
