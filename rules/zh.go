package rules

import (
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// The CJK Unified Ideographs block, where the characters of both GB 2312
// and JIS X 0208 lie.
const (
	hanFirst = 0x4E00
	hanLast  = 0x9FFF
)

// zhOnlyTable marks the Han characters that simplified Chinese writes and
// Japanese does not: in GB 2312, and not in Windows-31J (JIS X 0208 with
// the NEC and IBM extensions), so no Japanese mailer can have written them
// from a Japanese keyboard (们, 您, 请, 账, 户, 认, 证 ...). It is built
// once, on first use, and never changed after.
var zhOnlyTable = sync.OnceValue(func() []bool {
	t := make([]bool, hanLast-hanFirst+1)
	gb := simplifiedchinese.HZGB2312.NewEncoder()
	sjis := japanese.ShiftJIS.NewEncoder()
	for r := rune(hanFirst); r <= hanLast; r++ {
		s := string(r)
		if _, err := gb.String(s); err != nil {
			continue
		}
		if _, err := sjis.String(s); err == nil {
			continue
		}
		t[r-hanFirst] = true
	}
	return t
})

// zhOnly reports whether r is one of the characters of zhOnlyTable.
func zhOnly(r rune) bool {
	return r >= hanFirst && r <= hanLast && zhOnlyTable()[r-hanFirst]
}

// maxZhScan bounds the bytes of text textZhMixed reads.
const maxZhScan = 64 << 10

// textZhMixed holds when the Subject and text parts hold kana and at
// least arg distinct characters that only simplified Chinese writes:
// Japanese written by someone who writes Chinese, with a Chinese input
// method's characters left in. Most phishing aimed at Japanese users
// today is written that way; a bilingual business mail between Chinese
// and Japanese colleagues can be too, which is why it takes more than one.
func textZhMixed(ec *evalCtx, arg float64) (bool, string) {
	need := int(arg)
	if need < 1 {
		need = 1
	}
	var found []rune
	kana := false
	left := maxZhScan
	scan := func(s string) bool {
		if len(s) > left {
			s = s[:left]
		}
		left -= len(s)
		for _, r := range s {
			switch {
			case r < 0x3040:
			case r <= 0x30FF:
				kana = true
			case zhOnly(r):
				if !containsRune(found, r) {
					found = append(found, r)
				}
			}
		}
		return kana && len(found) >= need
	}
	done := scan(ec.get(fieldSubject))
	for _, p := range ec.m.Parts {
		if done || left <= 0 {
			break
		}
		if p != nil && p.IsText && utf8.ValidString(p.Text) {
			done = scan(p.Text)
		}
	}
	if !done {
		return false, ""
	}
	var b strings.Builder
	for _, r := range found {
		b.WriteRune(r)
	}
	return true, "simplified Chinese in Japanese text: " + b.String()
}

func containsRune(rs []rune, r rune) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}
