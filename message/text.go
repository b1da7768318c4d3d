package message

import (
	"bytes"
	"unicode/utf8"
)

// DecodeCharset converts b, labelled with the charset label ("" for none),
// to UTF-8 as Parse converts text parts: a label the bytes contradict is
// overridden by detection, a missing or unknown one is detected. It returns
// the text and the canonical name of the charset used.
func DecodeCharset(b []byte, label string) (text, used string) {
	cs, _, _ := chooseCharset(b, label)
	return string(decodeTo(make([]byte, 0, len(b)+len(b)/2), b, cs)), cs.name
}

// DetectCharset guesses the charset of b, tuned for Japanese mail: it tells
// ISO-2022-JP, UTF-8, Shift_JIS (cp932) and EUC-JP apart, and falls back to
// GBK, EUC-KR or windows-1252 for text that is not Japanese. Pure ASCII is
// "us-ascii".
func DetectCharset(b []byte) string {
	return detect(b).cs.name
}

// chooseCharset decides how to read the bytes b that are labelled with the
// charset label ("" when none was given). Labels are trusted when the bytes
// are valid in them; a label the bytes contradict is replaced by the
// detected charset. The fact kind returned, if any, says why the result
// differs from the label: FactMissingCharset, FactUnknownCharset,
// FactCharsetMismatch (detail "declared→detected") or FactInvalidText
// (the label is kept but the bytes do not decode cleanly in it).
func chooseCharset(b []byte, label string) (charset, FactKind, string) {
	return chooseCharset8(b, label, has8bit(b))
}

// chooseCharset8 is chooseCharset for callers that know whether b holds
// 8-bit bytes (hi).
func chooseCharset8(b []byte, label string, hi bool) (charset, FactKind, string) {
	if label == "" {
		if !hi {
			if hasJISEscape(b) {
				return csJIS, FactMissingCharset, csJIS.name
			}
			return csASCII, "", ""
		}
		d := detect(b)
		return d.cs, FactMissingCharset, d.cs.name
	}
	cs, ok := lookupCharset(label)
	if !ok {
		d := detect(b)
		return d.cs, FactUnknownCharset, clip(label, 40) + "→" + d.cs.name
	}
	if !hi {
		if cs.kind != kindJIS && cs.kind != kindOther && hasJISEscape(b) {
			return csJIS, FactCharsetMismatch, cs.name + "→" + csJIS.name
		}
		return cs, "", ""
	}
	mismatch := func(d charset) (charset, FactKind, string) {
		return d, FactCharsetMismatch, cs.name + "→" + d.name
	}
	switch cs.kind {
	case kindUTF8:
		if utf8.Valid(b) {
			return cs, "", ""
		}
		if d := detectJapanese8bit(b); d.japanese && d.clean {
			return mismatch(d.cs)
		}
		return cs, FactInvalidText, cs.name
	case kindJIS, kindASCII:
		return mismatch(detect(b).cs)
	case kindSJIS:
		sj := scoreSJIS(b, false)
		if sj.errs == 0 {
			// EUC-JP is mostly valid Shift_JIS too, read as half-width
			// katakana.
			if sj.half*2 > sj.chars {
				if eu := scoreEUCJP(b, false); eu.errs == 0 && eu.kana*5 >= eu.chars {
					return mismatch(csEUCJP)
				}
			}
			return cs, "", ""
		}
		if d := detect(b); d.clean && d.cs.name != cs.name && (d.japanese || d.cs.kind == kindMulti) {
			return mismatch(d.cs)
		}
		return cs, FactInvalidText, cs.name
	case kindEUCJP:
		if validIn(b, cs) {
			return cs, "", ""
		}
		if d := detect(b); d.clean && d.cs.name != cs.name && (d.japanese || d.cs.kind == kindMulti) {
			return mismatch(d.cs)
		}
		return cs, FactInvalidText, cs.name
	case kindSingle, kindMulti:
		if utf8.Valid(b) {
			return mismatch(csUTF8)
		}
		if j, ok := looksJapanese(b); ok {
			return mismatch(j)
		}
	}
	return cs, "", ""
}

// appendText appends src to dst as text: "\r\n" becomes "\n" and NUL bytes
// are dropped. It reports whether it dropped NULs.
func appendText(dst, src []byte) ([]byte, bool) {
	nul := false
	for len(src) > 0 {
		i := 0
		for i < len(src) && src[i] != '\r' && src[i] != 0 {
			i++
		}
		dst = append(dst, src[:i]...)
		if i == len(src) {
			break
		}
		if src[i] == 0 {
			nul = true
		} else if i+1 >= len(src) || src[i+1] != '\n' {
			dst = append(dst, '\n') // a lone CR ends a line too
		}
		src = src[i+1:]
	}
	return dst, nul
}

// cleanInPlace is appendText over b itself.
func cleanInPlace(b []byte) ([]byte, bool) {
	if bytes.IndexByte(b, '\r') < 0 && bytes.IndexByte(b, 0) < 0 {
		return b, false
	}
	j, nul := 0, false
	for i := 0; i < len(b); i++ {
		switch c := b[i]; c {
		case 0:
			nul = true
		case '\r':
			if i+1 >= len(b) || b[i+1] != '\n' {
				b[j] = '\n'
				j++
			}
		default:
			b[j] = c
			j++
		}
	}
	return b[:j], nul
}

// cutUTF8 returns b cut to at most n bytes on a rune boundary.
func cutUTF8(b []byte, n int) []byte {
	if len(b) <= n {
		return b
	}
	for n > 0 && !utf8.RuneStart(b[n]) {
		n--
	}
	return b[:n]
}

// metaCharset finds the charset named by a <meta charset=…> or
// <meta http-equiv="Content-Type" content="…; charset=…"> in the first
// few kilobytes of an HTML document.
func metaCharset(b []byte) string {
	if len(b) > 8192 {
		b = b[:8192]
	}
	for {
		i := indexFold(b, "<meta")
		if i < 0 {
			return ""
		}
		b = b[i+5:]
		end := bytes.IndexByte(b, '>')
		if end < 0 {
			end = len(b)
		}
		tag := b[:end]
		if j := indexFold(tag, "charset"); j >= 0 {
			v := tag[j+7:]
			v = bytes.TrimLeft(v, " \t\r\n")
			if len(v) == 0 || v[0] != '=' {
				continue
			}
			v = bytes.TrimLeft(v[1:], " \t\r\n\"'")
			k := 0
			for k < len(v) && k < 40 && v[k] != '"' && v[k] != '\'' && v[k] != ';' &&
				v[k] != ' ' && v[k] != '/' && v[k] != '>' && v[k] != '\t' {
				k++
			}
			if k > 0 {
				return string(v[:k])
			}
		}
	}
}

// indexFold is bytes.Index for an ASCII lower-case needle, ignoring the
// case of b.
func indexFold(b []byte, needle string) int {
	n := len(needle)
	first := needle[0]
	for i := 0; i+n <= len(b); i++ {
		c := b[i] | 0x20
		if c != first {
			continue
		}
		j := 1
		for ; j < n; j++ {
			if b[i+j]|0x20 != needle[j] {
				break
			}
		}
		if j == n {
			return i
		}
	}
	return -1
}
