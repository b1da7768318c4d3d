package rules

import (
	"strings"
	"testing"

	"github.com/mizugiwa/mizugiwa/message"
	"github.com/mizugiwa/mizugiwa/scoring"
)

// TestFromBrandSpoof runs the built-in FROM_BRAND_SPOOF on From fields
// as phishers and genuine senders write them.
func TestFromBrandSpoof(t *testing.T) {
	set, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		from string
		list bool // the message comes from a mailing list
		want bool
	}{
		// Phishers: the name of a brand over another domain.
		{"三井住友カード <vpass@smbc-card-vpass.example>", false, true},
		{"=?UTF-8?B?5LiJ5LqV5L2P5Y+L6YqA6KGM?= <info@smbc-security.example>", false, true}, // 三井住友銀行, encoded
		{"Amazon.co.jp <account-update@amazon-co-jp.example>", false, true},
		{`"Amazon" <no-reply@gmail.com>`, false, true},
		{"ＰａｙＰａｙ銀行 <security@paypay-bank-support.example>", false, true}, // full-width
		{"ﾔﾏﾄ運輸 <info@kuroneko-yamato.example>", false, true},            // half-width kana
		{"au <support@au-id-kddi.example>", false, true},
		{"Apple <no_reply@apple-id-jp.example>", false, true},
		{"Microsoft アカウント チーム <account-security-noreply@microsoft-account.example>", false, true},
		{"国税庁 還付金通知センター <kanpu-center@nta-refund.example>", false, true},
		{"PayPal Service <service@paypal.com.secure.example.net>", false, true},
		{"SBI証券 <info@sbisec-security.example>", false, true},
		{"野村證券 お客様サポート <support@nomura-kakunin.example>", false, true},
		{"警視庁 サイバー犯罪対策課 <notice@keishicho-cyber.example>", false, true},
		// Genuine senders: the brand's own domains and their hosts.
		{"三井住友カード <mail@vpass.ne.jp>", false, false},
		{"Amazon.co.jp <auto-confirm@amazon.co.jp>", false, false},
		{"Amazon Web Services <no-reply@aws.amazon.com>", false, false},
		{"楽天カード <info@mail.rakuten-card.co.jp>", false, false},
		{"Microsoft Teams <no-reply@teams.mail.microsoft>", false, false},
		{"国税庁 <info@e-tax.nta.go.jp>", false, false},
		{"SBI証券 <info@sbisec.co.jp>", false, false},
		{"警視庁 <mail@keishicho.metro.tokyo.lg.jp>", false, false},
		// Names that are not the brand's.
		{"Beau Smith <beau@example.com>", false, false},              // "au" inside a word
		{"Big Apple Deli <news@bigappledeli.example>", false, false}, // "=Apple" only as the whole name
		{"さくら堂 楽天市場店 <shop@sakuradou.example>", false, false},        // a shop on the mall
		{"雑貨のさくら Yahoo!店 <info@zakka-sakura.example>", false, false},
		{"ヤマト運輸風 配送センター <no-reply@haisou-center.example.co.jp>", false, false},
		{"佐藤 由美 <yumi.sato@example.ne.jp>", false, false},
		{"Amazonian Tours <info@amazonian.example>", false, false},
		// No display name, or list mail: not judged.
		{"vpass@smbc-card-vpass.example", false, false},
		{"Amazon <deals@lists.example.org>", true, false},
	}
	for _, tc := range tests {
		raw := "From: " + tc.from + "\r\nTo: user@example.jp\r\nSubject: test\r\nDate: Mon, 3 Mar 2025 10:00:00 +0900\r\nMessage-ID: <a@b.example>\r\n"
		if tc.list {
			raw += "List-Id: <deals.lists.example.org>\r\n"
		}
		raw += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nhello\r\n"
		m, err := message.Parse([]byte(raw), message.Limits{})
		if err != nil {
			t.Fatal(err)
		}
		fired, detail := false, ""
		for _, s := range set.Eval(&scoring.Input{Msg: m}) {
			if s.Name == "FROM_BRAND_SPOOF" {
				fired, detail = true, s.Detail
			}
		}
		if fired != tc.want {
			t.Errorf("From: %s: fired %v (%s), want %v", tc.from, fired, detail, tc.want)
		}
		if fired && !strings.Contains(detail, " from ") {
			t.Errorf("From: %s: detail %q does not say the name and the host", tc.from, detail)
		}
	}
}

// TestBrandParse checks how brand lines are read.
func TestBrandParse(t *testing.T) {
	b, err := parseBrand("Example.COM.,mail.example.net  Ｅｘａｍｐｌｅ Bank | =Ex | 見本銀行")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(b.domains, ","); got != "example.com,mail.example.net" {
		t.Errorf("domains %s", got)
	}
	want := []brandName{{"example bank", true, false}, {"ex", true, true}, {"見本銀行", false, false}}
	if len(b.names) != len(want) {
		t.Fatalf("names %v, want %v", b.names, want)
	}
	for i := range want {
		if b.names[i] != want[i] {
			t.Errorf("name %d: %+v, want %+v", i, b.names[i], want[i])
		}
	}
	for host, want := range map[string]bool{
		"example.com": true, "a.b.example.com": true, "mail.example.net": true,
		"example.net": false, "badexample.com": false, "example.com.evil.example": false,
	} {
		if got := b.owns(host); got != want {
			t.Errorf("owns(%s) = %v, want %v", host, got, want)
		}
	}
}

func FuzzFromBrandSpoof(f *testing.F) {
	set, err := Builtin()
	if err != nil {
		f.Fatal(err)
	}
	f.Add("三井住友カード <vpass@smbc-card-vpass.example>")
	f.Add("=?ISO-2022-JP?B?GyRCO3AwZj07TScbKEI=?= <a@b>")
	f.Add("\"Amazon\xff\" <@>")
	f.Add("au au au <x@au.com.>")
	f.Add("https://smbc-card-vpass.example/login")
	f.Add("www.amazon.co.jp-login.example")
	f.Fuzz(func(t *testing.T, from string) {
		// The input as the From field, as a URL in the text and as a link.
		raw := "From: " + from + "\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\n\r\nhttp://" + from +
			"\r\n--b\r\nContent-Type: text/html\r\n\r\n<a href=\"" + from + "\">x</a>\r\n--b--\r\n"
		m, err := message.Parse([]byte(raw), message.Limits{})
		if err != nil {
			return
		}
		set.Eval(&scoring.Input{Msg: m})
	})
}

// TestLinkBrandLookalike runs the built-in URL_BRAND_LOOKALIKE on links as
// phishing and genuine mail write them, in HTML and in plain text.
func TestLinkBrandLookalike(t *testing.T) {
	set, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		html bool
		link string
		want bool
	}{
		{false, "https://smbc-card-vpass.example/login", true},
		{false, "http://www.amazon-co-jp.example/ap/signin?id=1", true},
		{false, "https://rakuten-card.co.jp.member-check.example/e-navi/", true},
		{true, "https://mizuhobank-info.example/direct/", true},
		{true, "https://ｍｅｒｃａｒｉ-jp.example/", true}, // full-width, as a browser folds it
		{false, "www.paypay-campaign.example", true},
		{true, "https://www.sbisec-login.example/ETGate/", true},
		// The brands' own hosts.
		{false, "https://www.amazon.co.jp/dp/4000000000", false},
		{true, "https://www.smbc-card.com/mem/index.jsp", false},
		{false, "https://aws.amazon.com/", false},
		// The name inside a longer word, in the path, or a short one.
		{false, "https://www.amazonian-tours.example/", false},
		{true, "https://www.sakuradou.example/rakuten/", false},
		{false, "https://nhk-news.example/", false},      // "nhk": too short to be told from other words
		{false, "https://line-up.example/", false},       // "line": an ordinary word
		{false, "https://nomura-clinic.example/", false}, // "nomura": a family name
		{false, "mailto:amazon@example.com", false},
	}
	for _, tc := range tests {
		body, ctype := "詳しくはこちら "+tc.link+" をご覧ください。\r\n", "text/plain; charset=utf-8"
		if tc.html {
			body, ctype = `<p><a href="`+tc.link+`">ログイン</a></p>`+"\r\n", "text/html; charset=utf-8"
		}
		raw := "From: info@sender.example\r\nTo: user@example.jp\r\nSubject: test\r\nMIME-Version: 1.0\r\nContent-Type: " + ctype + "\r\n\r\n" + body
		m, err := message.Parse([]byte(raw), message.Limits{})
		if err != nil {
			t.Fatal(err)
		}
		fired, detail := false, ""
		for _, s := range set.Eval(&scoring.Input{Msg: m}) {
			if s.Name == "URL_BRAND_LOOKALIKE" {
				fired, detail = true, s.Detail
			}
		}
		if fired != tc.want {
			t.Errorf("%s (html %v): fired %v (%s), want %v", tc.link, tc.html, fired, detail, tc.want)
		}
	}
}

func TestBrandCarries(t *testing.T) {
	b, err := parseBrand("smbc.co.jp,smbc-card.com,vpass.ne.jp,info.example 三井住友")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(b.keys, ","); got != "smbc,smbc-card,vpass" {
		t.Errorf("keys %s, want smbc,smbc-card,vpass (info is generic)", got)
	}
	for host, want := range map[string]string{
		"smbc-card-vpass.example": "smbc", "login.vpass.example": "vpass", "my-smbc-card.example": "smbc",
		"smbcard.example": "", "xsmbc.example": "", "smbc": "smbc",
	} {
		got, ok := b.carries(host)
		if ok != (want != "") || got != want {
			t.Errorf("carries(%s) = %q, %v; want %q", host, got, ok, want)
		}
	}
}
