package message

import (
	"bytes"
	"encoding/binary"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/transform"
)

// csKind groups charsets by how their bytes are checked and decoded.
type csKind uint8

const (
	kindASCII  csKind = iota + 1 // us-ascii (8-bit bytes read as windows-1252)
	kindUTF8                     // utf-8
	kindJIS                      // iso-2022-jp and its variants (7-bit, escape sequences)
	kindSJIS                     // shift_jis, cp932, windows-31j
	kindEUCJP                    // euc-jp
	kindSingle                   // ASCII-compatible single-byte charsets
	kindMulti                    // other ASCII-compatible multi-byte charsets (gbk, big5, euc-kr)
	kindOther                    // charsets that are not ASCII-compatible
)

// charset is a known charset: its canonical name, how to treat it and the
// decoder to use for its 8-bit bytes.
type charset struct {
	name string
	kind csKind
	enc  encoding.Encoding // nil for ascii, utf-8 and iso-2022-jp
}

var (
	csASCII  = charset{name: "us-ascii", kind: kindASCII, enc: htmlEnc("windows-1252")}
	csUTF8   = charset{name: "utf-8", kind: kindUTF8}
	csJIS    = charset{name: "iso-2022-jp", kind: kindJIS}
	csSJIS   = charset{name: "shift_jis", kind: kindSJIS, enc: japanese.ShiftJIS}
	csEUCJP  = charset{name: "euc-jp", kind: kindEUCJP, enc: japanese.EUCJP}
	csLatin  = charset{name: "windows-1252", kind: kindSingle, enc: htmlEnc("windows-1252")}
	csGBK    = charset{name: "gbk", kind: kindMulti, enc: simplifiedchinese.GBK}
	csGB     = charset{name: "gb18030", kind: kindMulti, enc: simplifiedchinese.GB18030}
	csBig5   = charset{name: "big5", kind: kindMulti, enc: traditionalchinese.Big5}
	csEUCKR  = charset{name: "euc-kr", kind: kindMulti, enc: korean.EUCKR}
	csByName = map[string]charset{
		"us-ascii": csASCII, "ascii": csASCII, "us_ascii": csASCII, "ansi_x3.4-1968": csASCII,
		"ansi_x3.4-1986": csASCII, "iso646-us": csASCII, "iso-ir-6": csASCII, "cp367": csASCII,
		"ibm367": csASCII, "csascii": csASCII, "us": csASCII, "default": csASCII, "7bit": csASCII,
		"x-unknown": csASCII, "unknown": csASCII, "unknown-8bit": csASCII, "x-user-defined": csASCII,
		"8bit": csASCII, "none": csASCII, "charset": csASCII, "iso-646": csASCII,

		"utf-8": csUTF8, "utf8": csUTF8, "unicode-1-1-utf-8": csUTF8, "x-utf_8j": csUTF8,
		"utf-8-sig": csUTF8, "unicode-2-0-utf-8": csUTF8, "x-unicode20utf8": csUTF8, "cp65001": csUTF8,

		"iso-2022-jp": csJIS, "csiso2022jp": csJIS, "iso2022jp": csJIS, "iso-2022-jp-1": csJIS,
		"iso-2022-jp-2": csJIS, "csiso2022jp2": csJIS, "iso-2022-jp-3": csJIS, "iso-2022-jp-2004": csJIS,
		"iso-2022-jp-ms": csJIS, "x-iso2022-jp-ms": csJIS, "cp50220": csJIS, "cp50221": csJIS,
		"cp50222": csJIS, "jis": csJIS, "jis7": csJIS, "iso_2022_jp": csJIS, "x-windows-iso2022jp": csJIS,

		"shift_jis": csSJIS, "shift-jis": csSJIS, "sjis": csSJIS, "x-sjis": csSJIS, "ms_kanji": csSJIS,
		"csshiftjis": csSJIS, "windows-31j": csSJIS, "cp932": csSJIS, "ms932": csSJIS, "x-ms-cp932": csSJIS,
		"ibm-943": csSJIS, "cp943": csSJIS, "cp943c": csSJIS, "sjis-open": csSJIS, "sjis-win": csSJIS,
		"shift_jisx0213": csSJIS, "shift_jis-2004": csSJIS, "x-mac-japanese": csSJIS, "windows-932": csSJIS,
		"cswindows31j": csSJIS, "shift_jis_2004": csSJIS, "s-jis": csSJIS,

		"euc-jp": csEUCJP, "eucjp": csEUCJP, "x-euc-jp": csEUCJP, "euc_jp": csEUCJP, "ujis": csEUCJP,
		"cseucpkdfmtjapanese": csEUCJP, "euc-jis-2004": csEUCJP, "euc-jisx0213": csEUCJP,
		"eucjp-ms": csEUCJP, "eucjp-win": csEUCJP, "eucjp-open": csEUCJP, "cp51932": csEUCJP, "x-eucjp": csEUCJP,

		"gbk": csGBK, "gb2312": csGBK, "x-gbk": csGBK, "cp936": csGBK, "ms936": csGBK, "windows-936": csGBK,
		"gb_2312-80": csGBK, "gb_2312": csGBK, "euc-cn": csGBK, "x-euc-cn": csGBK, "csgb2312": csGBK,
		"chinese": csGBK, "iso-ir-58": csGBK, "gb18030": csGB,

		"big5": csBig5, "big-5": csBig5, "cn-big5": csBig5, "x-x-big5": csBig5, "csbig5": csBig5,
		"big5-hkscs": csBig5, "big5hkscs": csBig5, "cp950": csBig5, "ms950": csBig5, "x-big5": csBig5,

		"euc-kr": csEUCKR, "ks_c_5601-1987": csEUCKR, "ks_c_5601-1989": csEUCKR, "ks_c_5601": csEUCKR,
		"ksc5601": csEUCKR, "ksc_5601": csEUCKR, "cp949": csEUCKR, "uhc": csEUCKR, "windows-949": csEUCKR,
		"x-windows-949": csEUCKR, "euc_kr": csEUCKR, "euckr": csEUCKR, "korean": csEUCKR, "cseuckr": csEUCKR,
		"iso-ir-149": csEUCKR, "csksc56011987": csEUCKR,

		"iso-8859-1": csLatin, "latin1": csLatin, "latin-1": csLatin, "iso8859-1": csLatin,
		"iso_8859-1": csLatin, "iso8859_1": csLatin, "iso-8859-1:1987": csLatin, "cp819": csLatin,
		"windows-1252": csLatin, "cp1252": csLatin, "x-cp1252": csLatin, "l1": csLatin, "ibm819": csLatin,
	}
)

// htmlEnc returns the WHATWG encoding named name; it is only called with
// names that exist.
func htmlEnc(name string) encoding.Encoding {
	e, err := htmlindex.Get(name)
	if err != nil {
		return nil
	}
	return e
}

// lookupCharset finds a charset by a label as written in a message. Labels
// are matched case-insensitively, ignoring quotes and surrounding blanks; a
// label not in the alias table is looked up in the WHATWG index and then in
// the IANA index.
func lookupCharset(label string) (charset, bool) {
	label = strings.Trim(label, " \t\r\n\"'`;,")
	if label == "" || len(label) > 64 {
		return charset{}, false
	}
	var buf [64]byte
	lower := buf[:len(label)]
	for i := 0; i < len(label); i++ {
		c := label[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[i] = c
	}
	if cs, ok := csByName[string(lower)]; ok {
		return cs, true
	}
	name := string(lower)
	if enc, err := htmlindex.Get(name); err == nil {
		canon, _ := htmlindex.Name(enc)
		switch canon {
		case "replacement", "":
			return charset{}, false
		case "utf-16le", "utf-16be":
			return charset{name: canon, kind: kindOther, enc: enc}, true
		case "iso-2022-jp":
			return csJIS, true
		case "shift_jis":
			return csSJIS, true
		case "euc-jp":
			return csEUCJP, true
		case "gbk", "gb18030", "big5", "euc-kr":
			return charset{name: canon, kind: kindMulti, enc: enc}, true
		}
		return charset{name: canon, kind: kindSingle, enc: enc}, true
	}
	for _, n := range [...]string{name, "cs" + name} {
		enc, err := ianaindex.MIME.Encoding(n)
		if err != nil || enc == nil {
			continue
		}
		canon, err := ianaindex.MIME.Name(enc)
		if err != nil || canon == "" {
			canon = name
		}
		return charset{name: strings.ToLower(canon), kind: kindOther, enc: enc}, true
	}
	return charset{}, false
}

// has8bit reports whether b holds a byte with the high bit set.
func has8bit(b []byte) bool {
	for len(b) >= 8 {
		if binary.LittleEndian.Uint64(b)&0x8080808080808080 != 0 {
			return true
		}
		b = b[8:]
	}
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// has8bitString is has8bit for a string.
func has8bitString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return true
		}
	}
	return false
}

// hasJISEscape reports whether b holds an ISO-2022-JP designation escape
// sequence (ESC $ B, ESC $ @, ESC ( J, ESC ( I, ESC $ ( D …).
func hasJISEscape(b []byte) bool {
	for {
		i := bytes.IndexByte(b, 0x1b)
		if i < 0 || i+2 >= len(b) {
			return false
		}
		switch b[i+1] {
		case '$':
			switch b[i+2] {
			case 'B', '@', '(':
				return true
			}
		case '(':
			switch b[i+2] {
			case 'J', 'I', 'B':
				return true
			}
		}
		b = b[i+1:]
	}
}

// decodeTo appends the UTF-8 conversion of b, read as cs, to dst. Invalid
// sequences become U+FFFD. It never fails.
func decodeTo(dst, b []byte, cs charset) []byte {
	switch cs.kind {
	case kindUTF8:
		return appendValidUTF8(dst, b)
	case kindJIS:
		if !has8bit(b) && bytes.IndexByte(b, 0x1b) < 0 {
			return append(dst, b...)
		}
		// Transliterate to EUC-JP, which shares the JIS X 0208 table
		// (including the NEC and IBM extensions) and decode that.
		euc := jisToEUC(make([]byte, 0, len(b)+len(b)/4), b)
		return transformTo(dst, euc, japanese.EUCJP.NewDecoder())
	case kindASCII, kindSJIS, kindEUCJP, kindSingle, kindMulti:
		if !has8bit(b) {
			return append(dst, b...)
		}
	}
	if cs.enc == nil {
		return appendValidUTF8(dst, b)
	}
	return transformTo(dst, b, cs.enc.NewDecoder())
}

// transformTo appends the output of t applied to src to dst.
func transformTo(dst, src []byte, t transform.Transformer) []byte {
	if want := len(src) + len(src)/2 + 8; cap(dst)-len(dst) < want {
		dst = grow(dst, want)
	}
	for {
		nDst, nSrc, err := t.Transform(dst[len(dst):cap(dst)], src, true)
		dst = dst[:len(dst)+nDst]
		src = src[nSrc:]
		if err == transform.ErrShortDst && (nDst > 0 || nSrc > 0 || cap(dst)-len(dst) < 1024) {
			dst = grow(dst, cap(dst)+64)
			continue
		}
		if len(src) > 0 {
			// A decoder that cannot progress: keep the rest as is.
			dst = appendValidUTF8(dst, src)
		}
		return dst
	}
}

// grow returns b with room for at least n more bytes, at least doubling
// its capacity when it must reallocate.
func grow(b []byte, n int) []byte {
	if cap(b)-len(b) >= n {
		return b
	}
	nb := make([]byte, len(b), max(len(b)+n, 2*cap(b)))
	copy(nb, b)
	return nb
}

// appendValidUTF8 appends b to dst with every invalid UTF-8 sequence
// replaced by U+FFFD.
func appendValidUTF8(dst, b []byte) []byte {
	for len(b) > 0 {
		i := 0
		for i < len(b) && b[i] < utf8.RuneSelf {
			i++
		}
		dst = append(dst, b[:i]...)
		b = b[i:]
		for len(b) > 0 && b[0] >= utf8.RuneSelf {
			r, size := utf8.DecodeRune(b)
			if r == utf8.RuneError && size == 1 {
				dst = append(dst, "\uFFFD"...)
			} else {
				dst = append(dst, b[:size]...)
			}
			b = b[size:]
		}
	}
	return dst
}

// jisToEUC appends to dst the EUC-JP equivalent of the ISO-2022-JP bytes
// src. It tolerates what real mailers produce: missing resets at line ends,
// JIS X 0208-1978 and -1983 and JIS X 0213 plane 1 designations, half-width
// katakana by ESC ( I or by SO/SI, and stray bytes.
func jisToEUC(dst, src []byte) []byte {
	const (
		ascii = iota
		kanji
		kanji0212
		kana
		other
	)
	state, shifted := ascii, false
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == 0x1b:
			n, st := jisEscape(src[i:])
			if n > 0 {
				state, shifted = st, false
				i += n
				continue
			}
			i++
			continue
		case c == 0x0e: // SO: half-width katakana (CP50221)
			shifted = true
			i++
			continue
		case c == 0x0f: // SI
			shifted = false
			i++
			continue
		case c == '\n' || c == '\r':
			state, shifted = ascii, false
			dst = append(dst, c)
			i++
			continue
		}
		if shifted && 0x21 <= c && c <= 0x5f {
			dst = append(dst, 0x8e, c|0x80)
			i++
			continue
		}
		switch state {
		case kanji, kanji0212, other:
			if 0x21 <= c && c <= 0x7e && i+1 < len(src) && 0x21 <= src[i+1] && src[i+1] <= 0x7e {
				switch state {
				case kanji:
					dst = append(dst, c|0x80, src[i+1]|0x80)
				case kanji0212:
					dst = append(dst, 0x8f, c|0x80, src[i+1]|0x80)
				default:
					dst = append(dst, "\xa2\xae"...) // JIS 0x222E, 〓 (geta mark)
				}
				i += 2
				continue
			}
			if c >= 0x80 {
				dst = append(dst, '?')
			} else {
				dst = append(dst, c)
			}
		case kana:
			if 0x21 <= c && c <= 0x5f {
				dst = append(dst, 0x8e, c|0x80)
			} else if c < 0x80 {
				dst = append(dst, c)
			} else {
				dst = append(dst, '?')
			}
		default:
			if c >= 0x80 {
				dst = append(dst, '?')
			} else {
				dst = append(dst, c)
			}
		}
		i++
	}
	return dst
}

// jisEscape parses the ISO-2022-JP escape sequence at the start of b and
// returns its length and the state it selects, or 0 if it is not one.
func jisEscape(b []byte) (int, int) {
	const (
		ascii = iota
		kanji
		kanji0212
		kana
		other
	)
	if len(b) < 3 {
		return 0, 0
	}
	switch b[1] {
	case '(':
		switch b[2] {
		case 'B', 'J', 'H':
			return 3, ascii
		case 'I':
			return 3, kana
		}
		return 3, ascii
	case '$':
		switch b[2] {
		case '@', 'B':
			return 3, kanji
		case 'A':
			return 3, other
		case '(':
			if len(b) < 4 {
				return 0, 0
			}
			switch b[3] {
			case 'D':
				return 4, kanji0212
			case 'O', 'Q', 'B', '@':
				return 4, kanji
			}
			return 4, other
		}
	case '&':
		// ESC & @ announces JIS X 0208-1990; the designation follows.
		if b[2] == '@' {
			return 3, kanji
		}
	case '.', 'N':
		return 0, 0
	}
	return 0, 0
}
