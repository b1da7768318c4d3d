package tokenizer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// englishSeeds are English texts of the kinds spam and ham are made of.
var englishSeeds = []string{
	"Dear Friend, You have been selected to receive $1,000,000.00 USD!!! Click http://192.0.2.1/claim?id=8f3a9c now.",
	"Hi Bob,\n\nThe build is broken again: see https://ci.example.org/job/main/1234/console\n\n-- \nAlice",
	"GET YOUR FREE VIAGRA NOW!!! 80% OFF visit www.pharma-deals.example.com/order.php?ref=aZ9kQ2xL",
	"unsubscribe: mailto:remove@list.example.net?subject=remove dGhpcyBpcyBhIHRlc3Qgc3RyaW5nIGZvcg==",
}

// addCorpusSeeds adds the SpamAssassin corpus messages under testdata/sa.
func addCorpusSeeds(f *testing.F) {
	files, _ := filepath.Glob("testdata/sa/*.txt")
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
}

func FuzzText(f *testing.F) {
	for _, r := range readJaDev(f) {
		f.Add(r.Subject)
		if r.Text != "" {
			f.Add(r.Text)
		}
	}
	for _, s := range englishSeeds {
		f.Add(s)
	}
	addCorpusSeeds(f)
	tk, err := New(Options{MaxTokens: 500, MaxMorphBytes: 8 << 10})
	if err != nil {
		f.Fatal(err)
	}
	both, err := New(Options{Japanese: Both, Form: FormBoth, MaxTokens: 500, MaxMorphBytes: 8 << 10})
	if err != nil {
		f.Fatal(err)
	}
	markup, err := New(Options{HTMLTags: true, MaxTokens: 500, MaxMorphBytes: 8 << 10})
	if err != nil {
		f.Fatal(err)
	}
	f.Add("Received: from lists.example.org (lists.example.org [203.0.113.5])\n\tby mx.example.jp (Postfix) with ESMTP id 1; Mon, 1 Jan 2024\n" +
		"Received: from unknown (HELO pc12) (198.51.100.7) by lists.example.org; 1 Jan 2024\n" +
		"Received: (from user@localhost) by BY by (8.12) id g1;\nDelivered-To: a@example.jp\nList-Id: <x>\n\nbody")
	f.Add("Return-Path: <a@b>\nARC-Seal: i=1\nX Odd: 1\nContent-Type: multipart/mixed;\n\tboundary=\"----=_NextPart_000_0005_01C2A9F1.2E4B1C60\"\n\n------=_NextPart_000_0005_01C2A9F1.2E4B1C60\n\nx\n")
	f.Add("Content-Type: text/html\n\n<html><body bgcolor=\"#fff\"><font color=red size=+2>SALE</font><!-- c --><p align=\n")
	f.Fuzz(func(t *testing.T, s string) {
		checkValid(t, "Text", tk.Text("", s, nil), 500)
		checkValid(t, "Text(subj:)", tk.Text("subj:", s, nil), 500)
		checkValid(t, "Text(Both)", both.Text("", s, nil), 500)
		// As a whole message: the input read as a header block and body.
		m := rawMessage(s)
		toks := tk.Message(m)
		checkValid(t, "Message", toks, 500)
		checkValid(t, "Message(HTMLTags)", markup.Message(m), 500)
		for _, tok := range toks {
			if strings.HasPrefix(tok, "hdr:") && len(tok) > 4+40 {
				t.Errorf("header name token too long: %q", tok)
			}
			if strings.HasPrefix(tok, "hdrseq:") && len(tok) > len("hdrseq:")+4*40+3 {
				t.Errorf("header order token too long: %q", tok)
			}
			for _, b := range []struct {
				prefix string
				max    int
			}{{"ctype:shape:", maxCTypeShape}, {"rcvd:shape:", maxRcvdShape}, {"date:shape:", maxDateShape}, {"msgid:shape:", maxMsgIDShape}} {
				if strings.HasPrefix(tok, b.prefix) && len(tok) > len(b.prefix)+b.max {
					t.Errorf("shape token longer than %d: %q", b.max, tok)
				}
			}
		}
	})
}

// FuzzListFooter holds listFooterStart to what it promises: a cut at the
// start of a line that is a separator or follows a blank line, after which
// the footers it took off name a list, and never more taken off with fewer
// marks.
func FuzzListFooter(f *testing.F) {
	addCorpusSeeds(f)
	for _, s := range englishSeeds {
		f.Add(s)
	}
	f.Add("Work from home.\n\n_______________________________________________\nTalk mailing list\nhttp://lists.example.org/mailman/listinfo/talk\n")
	f.Add("x\n-- \nIrish Linux Users' Group: ilug@linux.ie\nList maintainer: listmaster@linux.ie")
	f.Add("----------\r\n----------\r\nunsubscribe\r\n")
	f.Add("Buy now.\n \n\nhttp://xent.com/mailman/listinfo/fork\n")
	f.Fuzz(func(t *testing.T, s string) {
		k := listFooterStart(s, listMailMarks)
		if k < 0 || k > len(s) {
			t.Fatalf("cut %d outside 0..%d", k, len(s))
		}
		if k < len(s) {
			if k > 0 && s[k-1] != '\n' {
				t.Errorf("cut %d is not at the start of a line: %q", k, s)
			}
			if !isSeparatorLine(firstLine(s[k:])) && (k < 2 || strings.TrimSpace(s[strings.LastIndexByte(s[:k-1], '\n')+1:k-1]) != "") {
				t.Errorf("footer %q starts with no separator and after no blank line", s[k:])
			}
			if !containsAnyFold(s[k:], listMailMarks) {
				t.Errorf("footer %q names no list", s[k:])
			}
		}
		if k2 := listFooterStart(s, listMarks); k2 < k {
			t.Errorf("fewer marks took off more: %d < %d", k2, k)
		}
	})
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// FuzzHeloWord holds heloWord and appendLabelShape to what they promise: a word
// of the clause, with no blank, parenthesis or bracket at its ends, and a
// shape of runs and a length class.
func FuzzHeloWord(f *testing.F) {
	f.Add("from jlzfcg ([198.51.100.7]) ")
	f.Add("from unknown (HELO pc12) (198.51.100.7) ")
	f.Add("from host7.example.net ([198.51.100.7] helo=Aromist) ")
	f.Add("from [192.0.2.1] (helo=x 1.2.3 a.b.c 01.2.3.4) ")
	f.Add("(HELO ")
	f.Fuzz(func(t *testing.T, from string) {
		w := heloWord(from)
		if !strings.Contains(from, w) {
			t.Errorf("heloWord(%q) = %q, not in the clause", from, w)
		}
		if strings.ContainsAny(w, " \t()") || strings.HasPrefix(w, "[") || strings.HasSuffix(w, "]") {
			t.Errorf("heloWord(%q) = %q", from, w)
		}
		sh := string(appendLabelShape(nil, w))
		k := strings.LastIndexByte(sh, ':')
		if k < 0 || !strings.Contains("smlx", sh[k+1:]) || len(sh[k+1:]) != 1 {
			t.Errorf("appendLabelShape(%q) = %q: no length class", w, sh)
		}
		for i := 0; i < k; i++ {
			if c := sh[i]; c != 'a' && c != '9' && c != '-' || i > 0 && sh[i-1] == c {
				t.Errorf("appendLabelShape(%q) = %q", w, sh)
				break
			}
		}
	})
}

// FuzzDateSkew holds dateSkew to its steps: whatever the two dates, the
// answer is one of them.
func FuzzDateSkew(f *testing.F) {
	f.Add("Mon, 01 Jan 2024 04:07:30 +0000", " Mon, 01 Jan 2024 13:09:00 +0900")
	f.Add("Sep, 11 2002 9:33:04 AM +0600", " Wed, 11 Sep 2002 10:00:00 -0000 (GMT)")
	f.Add("Fri, 23 Aug 2002 19:27:52", "")
	steps := map[string]bool{"": true, "unparsed": true, "ok": true, "future-day": true, "future-hours": true,
		"future-min": true, "past-min": true, "past-hours": true, "past-days": true, "past-week": true}
	f.Fuzz(func(t *testing.T, date, received string) {
		if sk := dateSkew(date, received); !steps[sk] {
			t.Errorf("dateSkew(%q, %q) = %q", date, received, sk)
		}
	})
}
