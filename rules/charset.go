package rules

import "strings"

// zhKoCharsets are the charsets made for Chinese or Korean text, as
// message.Part.DeclaredCharset gives them (lower-cased).
var zhKoCharsets = map[string]bool{
	"gb2312": true, "gbk": true, "gb18030": true, "x-gbk": true, "cp936": true, "windows-936": true,
	"hz-gb-2312": true, "big5": true, "big5-hkscs": true, "cp950": true, "x-euc-tw": true, "euc-tw": true,
	"euc-kr": true, "ks_c_5601-1987": true, "ks_c_5601": true, "iso-2022-kr": true, "cp949": true,
	"windows-949": true, "uhc": true,
}

// charsetZhKo finds a text part or a header's encoded word declared in a
// Chinese or Korean charset. Mail to Japanese and Western mailboxes in
// those charsets is mostly the spam of mass senders abroad: the
// SpamAssassin corpus holds 58 such spam and no such ham, the Japanese
// starter mail none of either. Where users correspond in Chinese or Korean
// the operator's rules file gives the rule weight 0.
func charsetZhKo(ec *evalCtx, _ float64) (bool, string) {
	for _, p := range ec.m.Parts {
		if p != nil && zhKoCharsets[p.DeclaredCharset] {
			return true, "part " + p.ID + ": " + p.DeclaredCharset
		}
	}
	for _, f := range ec.m.Header {
		if cs := zhKoEncodedWord(f.Raw); cs != "" {
			return true, f.Name + ": =?" + cs + "?"
		}
	}
	return false, ""
}

// zhKoEncodedWord returns the charset of the first RFC 2047 encoded word
// of v whose charset is a Chinese or Korean one, lower-cased; "" if none.
func zhKoEncodedWord(v string) string {
	for {
		i := strings.Index(v, "=?")
		if i < 0 {
			return ""
		}
		v = v[i+2:]
		j := strings.IndexByte(v, '?')
		if j < 0 || j > 40 {
			continue
		}
		cs := strings.ToLower(v[:j])
		if k := strings.IndexByte(cs, '*'); k >= 0 {
			cs = cs[:k] // RFC 2231 language: =?gb2312*zh?B?...?=
		}
		if zhKoCharsets[cs] {
			return cs
		}
	}
}
