package rules

import (
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mizugiwa/mizugiwa/message"
	"github.com/mizugiwa/mizugiwa/scoring"
)

// The fast paths Eval takes, each held to the plain code it replaces on
// the test corpora and under fuzzing.

// corpusHTML returns the HTML bodies of ms as the predicate scans them.
func corpusHTML(ms []testMessage) [][]byte {
	var bs [][]byte
	for _, tm := range ms {
		for _, p := range tm.msg.Parts {
			if p.IsHTML && len(p.Body) > 0 {
				bs = append(bs, p.Body[:min(len(p.Body), maxHTMLScan)])
			}
		}
	}
	return bs
}

// scanTags returns what a tagScanner finds in b, as regexp.FindAllIndex
// reports it.
func scanTags(b []byte) [][]int {
	var locs [][]int
	sc := tagScanner{b: b, left: maxStyledTags}
	for {
		tag, ok := sc.next()
		if !ok {
			return locs
		}
		start := sc.pos - len(tag)
		locs = append(locs, []int{start, start + len(tag)})
	}
}

func checkTags(t *testing.T, name string, b []byte) {
	t.Helper()
	got, want := scanTags(b), styledText.FindAllIndex(b, maxStyledTags)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s: tagScanner finds %v, the regexp %v", name, got, want)
	}
}

// TestTagScanner checks that the tag scanner finds the matches of the
// regexp in every HTML part of the corpora.
func TestTagScanner(t *testing.T) {
	ms, _ := corpora(t)
	n := 0
	for i, b := range corpusHTML(ms) {
		checkTags(t, "part "+itoa(i+1), b)
		n += len(scanTags(b))
	}
	if n == 0 {
		t.Fatal("no styled element in the corpora")
	}
}

func FuzzTagScanner(f *testing.F) {
	for _, b := range corpusHTML(loadMessages(f, "testdata/*.eml")) {
		f.Add(b)
	}
	for _, s := range []string{
		`<p style="color:#fff">hi</p>`,
		`<a <b style='x>y'  >  zz<font color=red size=1>ab`,
		"<\u212a1\tſtyle = \"a\" x>\n\u00e9\u00e9 <b Size=3>\xff\xfe",
		`<td a=1 b=2 c=3 d=4 e=5 f=6 g=7 h=8 style="x>" i=9>ab<td a=1 b=2 c=3 d=4 e=5 f=6 g=7 h=8>cd`,
		"<p ſtyle = 'q' ſize=1 j=2>cd<p x=1 color=2 y=3>\tef",
		`<td style="a"><span STYLE="b">x<i color=>yy`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		checkTags(t, "input", b)
	})
}

// corpusDates returns the Date fields and the dates of the Received
// fields of ms.
func corpusDates(ms []testMessage) []string {
	var ds []string
	for _, tm := range ms {
		for _, f := range tm.msg.Header {
			switch strings.ToLower(f.Name) {
			case "date":
				ds = append(ds, f.Value)
			case "received":
				if i := strings.LastIndexByte(f.Value, ';'); i >= 0 {
					ds = append(ds, f.Value[i+1:])
				}
			}
		}
	}
	return ds
}

func checkDate(t *testing.T, s string) (fast bool) {
	t.Helper()
	got, gok := parseDate(s)
	want, wok := parseDateSlow(s)
	if gok != wok || !got.Equal(want) {
		t.Errorf("parseDate(%q) = %v, %v; parseDateSlow gives %v, %v", s, got, gok, want, wok)
	}
	_, fast = parseDateFast(strings.TrimSpace(s))
	return fast
}

// TestParseDateFast checks the fast date parser against the full one on
// every date of the corpora.
func TestParseDateFast(t *testing.T) {
	ms, _ := corpora(t)
	ds := corpusDates(ms)
	fast := 0
	for _, d := range ds {
		if checkDate(t, d) {
			fast++
		}
	}
	if fast == 0 {
		t.Fatalf("none of %d dates took the fast path", len(ds))
	}
	t.Logf("%d of %d dates parsed by the fast path", fast, len(ds))
}

func FuzzParseDate(f *testing.F) {
	for _, d := range corpusDates(loadMessages(f, "testdata/*.eml")) {
		f.Add(d)
	}
	for _, s := range []string{
		"Mon, 2 Jan 2006 15:04:05 -0700",
		"Tue, 29 Feb 2000 23:59:59 +2359 (JST)",
		"Wed, 31 Feb 2001 10:00:00 +0000",
		"Thu, 07 Nov 2002 24:00:00 -0800",
		"Fri, 1 Dec 2002 10:00:00 +0100 (CET) (x)",
		"Sat,  1 Dec 2002 10:00:00 +0100",
		"Sun, 1 Dec 02 10:00:00 GMT",
		"Mon, 2 jAN 2006 15:04:05 +0900",
		"2006-01-02T15:04:05Z",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkDate(t, s)
	})
}

func checkVisible(t *testing.T, s string) {
	t.Helper()
	want := refVisibleRunes(s)
	if got := visibleRunes(s); got != want {
		t.Errorf("visibleRunes(%q) = %d, want %d", s, got, want)
	}
	for _, limit := range []int{0, 1, want / 2, want, want + 1} {
		got := visibleRunesUpTo(s, limit)
		if want < limit && got != want || want >= limit && got < limit {
			t.Errorf("visibleRunesUpTo(%q, %d) = %d, all of it %d", s, limit, got, want)
		}
	}
}

// TestVisibleRunes checks the counting of visible text against
// strings.Fields and strings.ToLower on every text part of the corpora.
func TestVisibleRunes(t *testing.T) {
	ms, _ := corpora(t)
	for _, tm := range ms {
		for _, p := range tm.msg.Parts {
			if p.IsText {
				checkVisible(t, p.Text)
			}
		}
	}
}

func FuzzVisibleRunes(f *testing.F) {
	for _, tm := range loadMessages(f, "testdata/*.eml") {
		for _, p := range tm.msg.TextParts() {
			f.Add(p.Text)
		}
	}
	f.Add("WwW.example.com http://x 12 \u00a0ab\u0085\xffc\u3000日本語 İ")
	f.Fuzz(func(t *testing.T, s string) {
		checkVisible(t, s)
	})
}

// TestParseHop checks the Received parser against the one built on
// strings.Fields, strings.ToLower and netip.ParseAddr on every Received
// field of the corpora.
func TestParseHop(t *testing.T) {
	ms, _ := corpora(t)
	n := 0
	for _, tm := range ms {
		for _, v := range tm.msg.Header.Values("Received") {
			checkHop(t, v)
			n++
		}
	}
	if n == 0 {
		t.Fatal("no Received field in the corpora")
	}
}

func checkHop(t *testing.T, v string) {
	t.Helper()
	h, ok := parseHop(v)
	r, rok := refParseHop(v)
	if ok != rok || ok && (h.helo != r.helo || h.rdns != r.rdns || h.ip != r.ip || h.authenticated() != r.auth) {
		t.Errorf("parseHop(%q) = %+v, %v, auth %v; want %+v, %v", v, h, ok, h.authenticated(), r, rok)
	}
	if ok && dottedQuad(h.helo) != dottedQuadRE.MatchString(h.helo) {
		t.Errorf("dottedQuad(%q) = %v", h.helo, dottedQuad(h.helo))
	}
	by, id := receivedByID(v)
	if rby, rid := refReceivedByID(v); by != rby || id != rid {
		t.Errorf("receivedByID(%q) = %q, %q; want %q, %q", v, by, id, rby, rid)
	}
}

// refReceivedByID is receivedByID written plainly.
func refReceivedByID(v string) (by, id string) {
	f := strings.Fields(v)
	for i := 1; i < len(f); i++ {
		if f[i-1] == "by" && by == "" {
			by = strings.TrimRight(f[i], ";")
		}
		if f[i-1] == "id" && id == "" {
			id = strings.Trim(f[i], "<>;")
		}
	}
	return by, id
}

var dottedQuadRE = regexp.MustCompile(`^[0-9]{1,3}(?:\.[0-9]{1,3}){3}$`)

func FuzzParseHop(f *testing.F) {
	for _, tm := range loadMessages(f, "testdata/*.eml") {
		for _, v := range tm.msg.Header.Values("Received") {
			f.Add(v)
		}
	}
	f.Add("from x (HOST.example.com [IPv6:2001:db8::1%eth0]) by y with ESMTPSA; Mon, 2 Jan 2006")
	f.Add("from [192.0.2.1] (helo=x 1.2.3 a.b.c 01.2.3.4) by İ with esmtpa")
	f.Add("from 64.51.39.08 (unknown [203.0.113.126]) by x")
	f.Add("from 1.2.3.4.5 (unknown [203.0.113.126]) by x")
	f.Fuzz(func(t *testing.T, v string) {
		checkHop(t, v)
	})
}

// checkPrefilter fails when the prefilter of pat rejects a value the
// regexp matches.
func checkPrefilter(t *testing.T, pat string, p *prefilter, re *regexp.Regexp, v string) {
	t.Helper()
	if re.MatchString(v) && !p.mayMatch(v) {
		t.Errorf("prefilter of %s rejects %q, which it matches", pat, v)
	}
}

// TestPrefilterCorpus checks the prefilters of the built-in rules on every
// header value of the corpora.
func TestPrefilterCorpus(t *testing.T) {
	set, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	ms, _ := corpora(t)
	rejected := 0
	for _, r := range set.Rules {
		for i := range r.conds {
			c := &r.conds[i]
			if c.re == nil {
				continue
			}
			for _, tm := range ms {
				for _, f := range tm.msg.Header {
					if strings.EqualFold(f.Name, c.header) {
						checkPrefilter(t, c.re.String(), &c.pre, c.re, f.Value)
						if !c.pre.mayMatch(f.Value) {
							rejected++
						}
					}
				}
			}
		}
	}
	if rejected == 0 {
		t.Error("the prefilters rejected no value")
	}
}

func FuzzPrefilter(f *testing.F) {
	seedBuiltinRegexps(f, "Outlook Express \u017ftyle 未 承諾", false)
	f.Add(`(?i)mask|kelvin`, "MA\u017f\u212a")
	f.Add(`(?i)é+x|[a-c]{2}`, "É X")
	f.Add(`[\x{FF61}-\x{FF9F}]+|^$`, "")
	f.Fuzz(func(t *testing.T, pat, v string) {
		re, err := regexp.Compile(pat)
		if err != nil || !utf8.ValidString(pat) {
			return
		}
		p := newPrefilter(pat, maxLiterals)
		checkPrefilter(t, pat, &p, re, v)
	})
}

// TestDFACorpus checks the dfa of every regexp of the built-in and the
// extra rules against the regexp on every value of its field, or every
// paragraph of text, in the corpora. Header regexps of the built-in rules
// must all have a dfa; a body regexp may go without when its table would
// be too large (its literals are found first).
func TestDFACorpus(t *testing.T) {
	set, extra := testRuleSets(t)
	ms, _ := corpora(t)
	var paras [][]string // by message
	for _, tm := range ms {
		var ps []string
		for _, p := range tm.msg.Parts {
			if p.IsText {
				ps = paragraphs(p.Text, ps)
			}
		}
		paras = append(paras, ps)
	}
	for n, r := range append(set.Rules, extra.Rules...) {
		builtin := n < len(set.Rules)
		for i := range r.conds {
			c := &r.conds[i]
			if c.re == nil {
				continue
			}
			d := c.dfa
			if c.kind == condBody {
				d = c.lazy.get()
			}
			if d == nil {
				if c.kind != condBody && builtin {
					t.Errorf("%s: no dfa for %s", r.Name, c.re)
				}
				continue
			}
			for k, tm := range ms {
				if c.kind == condBody {
					if k%4 != 0 {
						continue // a quarter of the texts is enough, and much faster
					}
					for _, p := range paras[k] {
						checkDFA(t, c.re.String(), d, c.re, p)
					}
					continue
				}
				for _, f := range tm.msg.Header {
					if strings.EqualFold(f.Name, c.header) {
						checkDFA(t, c.re.String(), d, c.re, f.Value)
					}
				}
			}
		}
	}
}

func checkDFA(t *testing.T, pat string, d *dfa, re *regexp.Regexp, v string) {
	t.Helper()
	want := re.MatchString(v)
	if got := d.match(v); got != want {
		t.Errorf("dfa of %s on %q: %v, regexp: %v", pat, v, got, want)
	}
	// matchEnd finds a match where match does, and the text up to where it
	// says holds one.
	end := d.matchEnd(v)
	if (end >= 0) != want {
		t.Errorf("dfa of %s on %q: matchEnd %d, regexp matches: %v", pat, v, end, want)
	}
	if end < 0 {
		return
	}
	if end > len(v) || !re.MatchString(v[:end]) {
		t.Errorf("dfa of %s on %q: matchEnd %d, but no match in %q", pat, v, end, v[:min(end, len(v))])
		return
	}
	// matchNear gives a text of a match: a substring the regexp matches
	// (for the regexps without assertions, which may not hold out of
	// context).
	got := matchNear(re, v, end)
	if !strings.Contains(v, got) {
		t.Errorf("matchNear of %s on %q: %q is not in the text", pat, v, got)
	}
	if !strings.ContainsAny(pat, "^$\\") && !re.MatchString(got) {
		t.Errorf("matchNear of %s on %q: %q does not match", pat, v, got)
	}
}

func FuzzDFA(f *testing.F) {
	seedBuiltinRegexps(f, "Outlook Express \u017ftyle 未 承諾 <a@b> !!?", false)
	f.Add(`(?i)^\s*mask$|kelvin|x*`, "MA\u017f\u212a")
	f.Add(`(?s)a.b|^$|[^a-c]{2,3}$`, "a\nb\xff")
	f.Add(`\Aab*\z|(?m)^x`, "abbb")
	f.Add(`(?im)^\W{0,5}dear (?:friend|sir)\b|\Bx\b$`, "Hi\n -- Dear Friends\nax")
	f.Add(`(?i)\bno (?:risk|k\w+)\b|(?m)x$`, "NO \u212aITS\nx\r\n")
	f.Fuzz(func(t *testing.T, pat, v string) {
		re, err := regexp.Compile(pat)
		if err != nil {
			return
		}
		if d := newDFA(pat); d != nil {
			checkDFA(t, pat, d, re, v)
		}
	})
}

// FuzzBodyPrefilter checks that the literal scan of body conditions never
// turns away a text the regexp matches.
func FuzzBodyPrefilter(f *testing.F) {
	seedBuiltinRegexps(f, "Reply with REMOVE in the \u017fubject. Ｆｒｅｅ ＄ 高収入 no ri\u017fk", true)
	f.Add(`(?i)\bno (?:risk|k\w+)\b`, "NO \u212aITS")
	f.Add(`FREE[!?]|お得[なに]`, "free! お得な")
	f.Fuzz(func(t *testing.T, pat, v string) {
		re, err := regexp.Compile(pat)
		if err != nil || !utf8.ValidString(pat) || !re.MatchString(v) {
			return
		}
		p := compile([]Rule{{Name: "X", conds: []cond{{kind: condBody, re: re, pre: newPrefilter(pat, maxBodyLiterals), lazy: &lazyDFA{pat: pat}}}}})
		st := &p.steps[0][0]
		if st.c.pre.nonASCII && isASCII(v) {
			t.Fatalf("%s matches %q, but the prefilter wants a rune outside ASCII", pat, v)
		}
		if p.body == nil || st.lits == nil {
			return
		}
		bits := make([]uint64, (len(p.body.lits)+63)/64)
		_, wide := p.body.scan(v, bits)
		if !st.lits.holds(bits, wide) {
			t.Fatalf("%s matches %q, but the literal scan turns it away", pat, v)
		}
	})
}

// TestDynamicHost checks the table of dynamicHost against the regexp on
// the host names of the Received fields of the corpora.
func TestDynamicHost(t *testing.T) {
	if dynamicHostDFA == nil {
		t.Fatal("no dfa for dynamicHost")
	}
	ms, _ := corpora(t)
	n := 0
	for _, tm := range ms {
		for _, v := range tm.msg.Header.Values("Received") {
			if h, ok := parseHop(v); ok && h.rdns != "" {
				checkDFA(t, "dynamicHost", dynamicHostDFA, dynamicHost, h.rdns)
				n++
			}
		}
	}
	for _, s := range []string{"p1234-ipad.dsl.example.ne.jp", "dsl.example.com", "1.2.3.4.example.com", "mail.example.com"} {
		checkDFA(t, "dynamicHost", dynamicHostDFA, dynamicHost, s)
	}
	if n == 0 {
		t.Fatal("no host name in the corpora")
	}
}

// htmlMessage makes a message of one HTML part with source b.
func htmlMessage(b []byte) *scoring.Input {
	return &scoring.Input{Msg: &message.Message{Parts: []*message.Part{{ID: "1", IsHTML: true, IsText: true, Body: b}}}}
}

func checkInvisible(t *testing.T, b []byte) {
	t.Helper()
	in := htmlMessage(b)
	ec := &evalCtx{in: in, m: in.Msg}
	ok, d := htmlInvisibleText(ec, 0)
	rok, rd := refHTMLInvisibleText(in, 0)
	if ok != rok || d != rd {
		t.Errorf("htmlInvisibleText(%q) = %v, %q; want %v, %q", b, ok, d, rok, rd)
	}
}

func FuzzHTMLInvisibleText(f *testing.F) {
	for _, b := range corpusHTML(loadMessages(f, "testdata/*.eml")) {
		f.Add(b)
	}
	for _, s := range []string{
		`<body bgcolor="#000000"><font color="#ffffff" size=1>hidden</font>`,
		`<div style="display : none">xx</div><p style='font-size:0.5 PX ;'>yy`,
		`<span style="visibility:hidden">ab</span><font ſize=0>cd`,
		"<td style=\"background-color: black\"><b style=\"color:white\">zz<i color=rgb(255,255,255)>ww",
		`<font size="0">aa<p style="font-size: 1">bb<p style="color: #FFF">cc`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		checkInvisible(t, b)
	})
}

// TestParagraphs compares paragraphs with the regexp-based reference on
// texts with assorted blank lines, and checks the cap.
func TestParagraphs(t *testing.T) {
	texts := []string{
		"", "a", "a\n", "\n\na", "a\n\nb", "a\r\n\r\nb\r\n", "a\n \t\r\n\n  \nb\n\n\n", "a\nb\nc", " \n\n ",
		strings.Repeat("x\n\n", 3*maxParagraphs),
	}
	for _, text := range texts {
		got, want := paragraphs(text, nil), refParagraphs(text)
		if !slices.Equal(got, want) {
			t.Errorf("paragraphs(%.40q): %d paragraphs %.80q, reference %d %.80q", text, len(got), got, len(want), want)
		}
	}
	ps := paragraphs(strings.Repeat("x\n\n", 3*maxParagraphs), nil)
	if len(ps) != maxParagraphs || !strings.HasPrefix(ps[len(ps)-1], "x\n\nx") {
		t.Errorf("%d paragraphs, the last %.20q; want %d, the last holding the rest", len(ps), ps[len(ps)-1], maxParagraphs)
	}
}

func FuzzParagraphs(f *testing.F) {
	f.Add("a\n \t\r\n\n  \nb\n\n\n")
	f.Add("\r\n\r\n\n")
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := paragraphs(text, nil), refParagraphs(text); !slices.Equal(got, want) {
			t.Errorf("paragraphs(%q) = %q, reference %q", text, got, want)
		}
	})
}

// FuzzLitScanner checks the scanner against strings.Contains on the
// ASCII-folded text, with literals that overlap and share prefixes and
// suffixes (the cases failure links are for).
func FuzzLitScanner(f *testing.F) {
	lits := []literal{
		{s: "he"}, {s: "she"}, {s: "his"}, {s: "hers"}, {s: "ushers"}, {s: "no risk"}, {s: "no "},
		{s: "PR", fold: false}, {s: "未承諾"}, {s: "承諾広告"}, {s: "広告"}, {s: "aaa"}, {s: "aab"}, {s: "$$$"},
	}
	sc := newLitScanner(slices.Clone(lits))
	f.Add("USHERS and his hers")
	f.Add("未承諾広告※ PR no risk aaab $$$$")
	f.Add("aaaab\x00\xff")
	f.Fuzz(func(t *testing.T, text string) {
		bits := make([]uint64, (len(lits)+63)/64)
		ascii, _ := sc.scan(text, bits)
		folded := lowerASCIIString(text)
		for id, l := range lits {
			got := bits[id>>6]&(1<<(id&63)) != 0
			if want := strings.Contains(folded, lowerASCIIString(l.s)); got != want {
				t.Errorf("%q in %q: %v, want %v", l.s, text, got, want)
			}
		}
		if ascii != isASCII(text) {
			t.Errorf("ascii(%q) = %v", text, ascii)
		}
	})
}

// seedBuiltinRegexps seeds f with every regexp of the built-in rules (only
// the body conditions' with bodyOnly), each paired with sample.
func seedBuiltinRegexps(f *testing.F, sample string, bodyOnly bool) {
	set, err := Builtin()
	if err != nil {
		f.Fatal(err)
	}
	for _, r := range set.Rules {
		for _, c := range r.conds {
			if c.re != nil && (!bodyOnly || c.kind == condBody) {
				f.Add(c.re.String(), sample)
			}
		}
	}
}

// TestMatchNear checks the text matchNear gives where the window around a
// match's end matters: far into a long paragraph, a match longer than the
// window, and assertions that the cut would fake.
func TestMatchNear(t *testing.T) {
	pad := strings.Repeat("word ", 200) // 1,000 bytes
	cases := []struct {
		pat, text, want string
	}{
		{`(?i)act now`, pad + "Act NOW to order", "Act NOW"},
		{`(?i)act now`, "act now " + pad, "act now"},
		{`(?i)free\s+\w+`, pad + "100% FREE gift", "FREE gift"},
		// Longer than the window: the whole match, from all of the text.
		{`begin[a-z ]*end`, pad + "begin" + pad + "end", "begin" + pad + "end"},
		// ^ holds at the text's start only; the cut must not fake it.
		{`^word word`, pad + "x", "word word"},
		{`(?m)^word$`, pad + "\nword\n", "word"},
		// \b at the cut: "ord" after the cut is no word start.
		{`\bord`, strings.Repeat("w", 300) + "ord ord", "ord"},
		{`未承諾広告`, strings.Repeat("あ", 400) + "※未承諾広告※", "未承諾広告"},
	}
	for _, c := range cases {
		re := regexp.MustCompile(c.pat)
		d := newDFA(c.pat)
		if d == nil {
			t.Fatalf("%s: no dfa", c.pat)
		}
		end := d.matchEnd(c.text)
		if end < 0 {
			t.Errorf("%s: matchEnd finds no match", c.pat)
			continue
		}
		got := matchNear(re, c.text, end)
		if got != c.want {
			t.Errorf("%s: matchNear gives %q, want %q", c.pat, got, c.want)
		}
		if loc := re.FindStringIndex(c.text); c.text[loc[0]:loc[1]] != got {
			t.Errorf("%s: matchNear gives %q, the leftmost match is %q", c.pat, got, c.text[loc[0]:loc[1]])
		}
	}
}

// FuzzTextURLs holds textURLs to the regexp it stands for.
func FuzzTextURLs(f *testing.F) {
	for _, s := range []string{
		"see http://example.com/a and WWW.Example.jp/b, Https://x.example/(c)",
		"httpſ://example.com/ hhttp://a wwww.b www. http: HTTP://",
		"詳しくは https://example.co.jp/login?id=1「こちら」、www.example.jp。",
		"no url here at all, only words like what and whom",
	} {
		f.Add(s, 3)
		f.Add(s, -1)
	}
	ref := regexp.MustCompile(textURLPat)
	f.Fuzz(func(t *testing.T, s string, n int) {
		got, want := textURLs(s, n), ref.FindAllString(s, n)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("textURLs(%q, %d) = %q, want %q", s, n, got, want)
		}
	})
}

// The HTML style patterns as one regular expression each, as the rules had
// them before findHTML.
var (
	refBigFont    = regexp.MustCompile(`(?i)<font[^>]*\bsize\s*=\s*["']?\s*(?:\+[3-9]|[5-7])\b|font-size\s*:\s*(?:[3-9]\d|\d{3,})\s*px|font-size\s*:\s*(?:2[4-9]|[3-9]\d)\s*pt|font-size\s*:\s*x+-large`)
	refEmptyTitle = regexp.MustCompile(`(?i)<title>\s*</title>|<title>\s*untitled`)
)

// checkFindHTML holds findHTML to the reference regexp on b, for each
// count a rule asks for. The literal starts are matched in ASCII case only
// (the regexp would also take U+017F for 's' and U+212A for 'k'), so
// inputs holding those are left out.
func checkFindHTML(t *testing.T, name string, b []byte) {
	t.Helper()
	if strings.ContainsRune(string(b), '\u017f') || strings.ContainsRune(string(b), '\u212a') {
		return
	}
	for _, c := range []struct {
		pats []litPattern
		ref  *regexp.Regexp
	}{{bigFont, refBigFont}, {emptyTitle, refEmptyTitle}} {
		for _, limit := range []int{1, 3} {
			first, n := findHTML(b, c.pats, limit)
			locs := c.ref.FindAllIndex(b, limit)
			var want []byte
			if len(locs) > 0 {
				want = b[locs[0][0]:locs[0][1]]
			}
			if n != len(locs) || string(first) != string(want) {
				t.Errorf("%s: findHTML(%s, %d) = %q, %d; the regexp %q, %d", name, c.ref, limit, first, n, want, len(locs))
			}
		}
	}
}

// TestFindHTML checks findHTML against the reference regexps on cases of
// each form and on every HTML part of the corpora.
func TestFindHTML(t *testing.T) {
	cases := []string{
		"", "<", "<font", "<FONT SIZE=5>big</FONT>", "<font size=+3>", "<font size=\"4\">", "<font\nface=x size='7'>",
		"<font size=50>", "<font size=+2><font size=6><font size=7>", "<font style=\"font-size:40px\" size=5>",
		"<font style=\"font-size: 40px\">", "<p style='FONT-SIZE:24pt'>", "font-size:23pt;font-size:999px", "font-size: xx-large",
		"<span style=\"font-size:large\">", "<title></title>", "<TITLE> Untitled Document</TITLE>", "<title>News</title>",
		"<title>\n</title><title></title>", "font-sizefont-size:30px", "<font<font size=5>",
	}
	for _, c := range cases {
		checkFindHTML(t, c, []byte(c))
	}
	ms, _ := corpora(t)
	fired := 0
	for i, b := range corpusHTML(ms) {
		checkFindHTML(t, "part "+itoa(i+1), b)
		if _, n := findHTML(b, bigFont, 1); n > 0 {
			fired++
		}
	}
	if fired == 0 {
		t.Fatal("no large type in the corpora")
	}
}

func FuzzFindHTML(f *testing.F) {
	for _, b := range corpusHTML(loadMessages(f, "testdata/*.eml")) {
		f.Add(b)
	}
	f.Add([]byte("<FONT size=+3><font style='font-size:40px' size=5><title> untitled"))
	f.Fuzz(func(t *testing.T, b []byte) {
		checkFindHTML(t, "fuzz", b)
	})
}

// TestOccurrences checks that occurrences yields every start of sub in s,
// overlapping ones too, and stops when asked.
func TestOccurrences(t *testing.T) {
	for _, tc := range []struct {
		s, sub string
		want   []int
	}{
		{"", "a", nil},
		{"abc", "x", nil},
		{"abc", "abc", []int{0}},
		{"amazon.co.jp-amazon", "amazon", []int{0, 13}},
		{"aaaa", "aa", []int{0, 1, 2}},
		{"deceasedeceased", "deceased", []int{0, 7}},
	} {
		var got []int
		for i := range occurrences(tc.s, tc.sub) {
			got = append(got, i)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("occurrences(%q, %q) = %v, want %v", tc.s, tc.sub, got, tc.want)
		}
	}
	n := 0
	for range occurrences("aaaa", "a") {
		n++
		if n == 2 {
			break
		}
	}
	if n != 2 {
		t.Errorf("stopping after 2 yielded %d", n)
	}
}
