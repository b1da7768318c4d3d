package message

import "unicode/utf8"

// Charset detection.
//
// Japanese mail arrives in four encodings: ISO-2022-JP (7-bit, recognised by
// its escape sequences), UTF-8 (recognised by being valid), and Shift_JIS and
// EUC-JP, which overlap: both are runs of 8-bit bytes. Each of the two is
// read over the bytes, counting sequences that are invalid in it and scoring
// the characters it yields by how often they occur in Japanese text
// (hiragana, katakana and punctuation score high, common kanji next, rare
// kanji, symbols and half-width katakana low). The reading with fewer errors
// wins, then the one with the higher score. Text that reads as neither is
// taken for Chinese or Korean when it is EUC-shaped but has no kana, and for
// windows-1252 otherwise.

// jaScore is the result of reading bytes as one Japanese multi-byte charset.
type jaScore struct {
	chars  int // multi-byte or 8-bit characters read
	errs   int // invalid sequences
	score  int // plausibility, summed over chars
	kana   int // hiragana and katakana (full width)
	half   int // half-width katakana
	spaces int // ASCII spaces seen
	hangul int // EUC-shaped characters in the KS X 1001 hangul rows (0xB0-0xC8 leads)
	// halfRun counts half-width katakana that are the third or later in a
	// run of them: runs are Japanese, pairs are more likely Latin-1.
	halfRun int
	// adj counts characters that directly follow another 8-bit character:
	// Japanese comes in runs, stray 8-bit bytes in English do not.
	adj int
	// latin counts characters that touch an ASCII letter, as the accented
	// letters and smart quotes of Latin text do ("café", "today’s").
	latin int
}

// isLetter reports whether c is an ASCII letter.
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// touch records how the character b[start:end] sits among its neighbours.
func (s *jaScore) touch(b []byte, start, end int) {
	if (start > 0 && isLetter(b[start-1])) || (end < len(b) && isLetter(b[end])) {
		s.latin++
	}
}

// rowWeight scores a JIS X 0208 row (1-based) by how typical its
// characters are of Japanese prose.
var rowWeight = [95]int8{
	1:  4, // punctuation: 、。「」・ー
	2:  2, // symbols
	3:  2, // full-width digits and Latin letters
	4:  6, // hiragana
	5:  6, // katakana
	6:  1, // Greek
	7:  1, // Cyrillic
	8:  1, // box drawing
	13: 2, // NEC special characters: ①, ㈱, ㌔
	16: 4, 17: 4, 18: 4, 19: 4, 20: 4, 21: 4, 22: 4, 23: 4, 24: 4, 25: 4, 26: 4, 27: 4,
	28: 4, 29: 4, 30: 4, 31: 4, 32: 4, 33: 4, 34: 4, 35: 4, 36: 4, 37: 4, 38: 4, 39: 4,
	40: 4, 41: 4, 42: 4, 43: 4, 44: 4, 45: 4, 46: 4, 47: 4, // JIS level 1 kanji
	48: 2, 49: 2, 50: 2, 51: 2, 52: 2, 53: 2, 54: 2, 55: 2, 56: 2, 57: 2, 58: 2, 59: 2,
	60: 2, 61: 2, 62: 2, 63: 2, 64: 2, 65: 2, 66: 2, 67: 2, 68: 2, 69: 2, 70: 2, 71: 2,
	72: 2, 73: 2, 74: 2, 75: 2, 76: 2, 77: 2, 78: 2, 79: 2, 80: 2, 81: 2, 82: 2, 83: 2, 84: 2, // level 2
	89: 1, 90: 1, 91: 1, 92: 1, // NEC-selected IBM extensions
}

// weightHalfKana is the score of one half-width katakana.
const weightHalfKana = 1

// scoreSJIS reads b as Shift_JIS (cp932). With stop set it gives up at
// the first invalid sequence.
func scoreSJIS(b []byte, stop bool) jaScore {
	var s jaScore
	run, end := 0, -1 // current run of half-width kana; end of the last 8-bit character
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c < 0x80 {
			if c == ' ' {
				s.spaces++
			}
			run = 0
			continue
		}
		s.chars++
		if i == end {
			s.adj++
		}
		if 0xa1 <= c && c <= 0xdf {
			if run++; run >= 3 {
				s.halfRun++
			}
		} else {
			run = 0
		}
		switch {
		case 0xa1 <= c && c <= 0xdf:
			s.score += weightHalfKana
			s.half++
			end = i + 1
			s.touch(b, i, end)
		case (0x81 <= c && c <= 0x9f) || (0xe0 <= c && c <= 0xfc):
			if i+1 >= len(b) {
				s.errs++
				if stop {
					return s
				}
				continue
			}
			t := b[i+1]
			if t < 0x40 || t == 0x7f || t > 0xfc {
				s.errs++
				if stop {
					return s
				}
				continue
			}
			i++
			end = i + 1
			s.touch(b, i-1, end)
			switch {
			case c >= 0xf0 && c <= 0xf9: // user-defined area
			case c >= 0xfa: // IBM extensions
				s.score++
			default:
				lead := int(c)
				if lead >= 0xe0 {
					lead -= 0x40
				}
				row := (lead-0x81)*2 + 1
				if t >= 0x9f {
					row++
				}
				if row < len(rowWeight) {
					s.score += int(rowWeight[row])
				}
				if row == 4 || row == 5 {
					s.kana++
				}
			}
		default:
			s.errs++
			if stop {
				return s
			}
		}
	}
	return s
}

// scoreEUCJP reads b as EUC-JP. With stop set it gives up at the first
// invalid sequence.
func scoreEUCJP(b []byte, stop bool) jaScore {
	var s jaScore
	end := -1 // end of the last 8-bit character
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c < 0x80 {
			if c == ' ' {
				s.spaces++
			}
			continue
		}
		s.chars++
		if i == end {
			s.adj++
		}
		switch {
		case c == 0x8e: // half-width katakana
			if i+1 < len(b) && 0xa1 <= b[i+1] && b[i+1] <= 0xdf {
				i++
				end = i + 1
				s.touch(b, i-1, end)
				s.score += weightHalfKana
				s.half++
			} else {
				s.errs++
				if stop {
					return s
				}
			}
		case c == 0x8f: // JIS X 0212
			if i+2 < len(b) && b[i+1] >= 0xa1 && b[i+1] != 0xff && b[i+2] >= 0xa1 && b[i+2] != 0xff {
				i += 2
				end = i + 1
				s.touch(b, i-2, end)
			} else {
				s.errs++
				if stop {
					return s
				}
			}
		case 0xa1 <= c && c <= 0xfe:
			if i+1 >= len(b) || b[i+1] < 0xa1 || b[i+1] == 0xff {
				s.errs++
				if stop {
					return s
				}
				continue
			}
			i++
			end = i + 1
			s.touch(b, i-1, end)
			row := int(c - 0xa0)
			if row < len(rowWeight) {
				s.score += int(rowWeight[row])
			}
			if row == 4 || row == 5 {
				s.kana++
			}
			if 0xb0 <= c && c <= 0xc8 {
				s.hangul++
			}
		default:
			s.errs++
			if stop {
				return s
			}
		}
	}
	return s
}

// detection is the outcome of guessing the charset of some bytes.
type detection struct {
	cs       charset
	clean    bool // the bytes are valid in cs
	japanese bool // cs is a Japanese charset (or UTF-8) and the text reads as Japanese
}

// detect guesses the charset of b, which is not known or not trusted.
func detect(b []byte) detection {
	if !has8bit(b) {
		if hasJISEscape(b) {
			return detection{cs: csJIS, clean: true, japanese: true}
		}
		return detection{cs: csASCII, clean: true}
	}
	if utf8.Valid(b) {
		return detection{cs: csUTF8, clean: true, japanese: true}
	}
	return detectJapanese8bit(b)
}

// detectJapanese8bit chooses between Shift_JIS and EUC-JP for 8-bit bytes
// that are not valid UTF-8, falling back to Chinese, Korean or windows-1252
// when neither reads as Japanese.
func detectJapanese8bit(b []byte) detection {
	sj := scoreSJIS(b, false)
	eu := scoreEUCJP(b, false)
	best, cs := sj, csSJIS
	if eu.errs < sj.errs || (eu.errs == sj.errs && eu.score > sj.score) {
		best, cs = eu, csEUCJP
	}
	if best.chars == 0 {
		return detection{cs: csLatin, clean: true}
	}
	// A few errors are tolerated (a cut-off last character, a stray byte);
	// many mean the text is not Japanese, and so do low scores and 8-bit
	// characters standing alone.
	if best.errs*20 > best.chars || 2*(best.score+3*best.halfRun) < 5*(best.chars-best.errs) ||
		(2*best.adj < best.chars && 2*best.latin >= best.chars) {
		if eu.errs == 0 && eu.chars >= 4 && 2*eu.adj >= eu.chars && 2*eu.latin < eu.chars && eu.kana*20 < eu.chars {
			return detection{cs: cjkGuess(eu), clean: true}
		}
		return detection{cs: csLatin, clean: true}
	}
	if cs.kind == kindEUCJP && best.chars >= 8 && best.kana*20 < best.chars {
		// EUC-shaped text without kana is Chinese or Korean.
		return detection{cs: cjkGuess(eu), clean: eu.errs == 0}
	}
	return detection{cs: cs, clean: best.errs == 0, japanese: true}
}

// cjkGuess chooses between GBK and EUC-KR for EUC-shaped text without
// kana: Korean is written with spaces between words and mostly in the
// hangul rows.
func cjkGuess(eu jaScore) charset {
	if eu.hangul*10 >= eu.chars*9 && eu.spaces*8 >= eu.chars {
		return csEUCKR
	}
	return csGBK
}

// looksJapanese reports whether b, declared in some single-byte charset,
// is clearly Shift_JIS or EUC-JP instead: valid, and mostly kana, kanji
// and Japanese punctuation.
func looksJapanese(b []byte) (charset, bool) {
	for _, c := range [...]charset{csSJIS, csEUCJP} {
		var s jaScore
		if c.kind == kindSJIS {
			s = scoreSJIS(b, true)
		} else {
			s = scoreEUCJP(b, true)
		}
		if s.errs == 0 && s.chars >= 4 && s.kana*5 >= s.chars && s.score >= 4*s.chars {
			return c, true
		}
	}
	return charset{}, false
}

// validIn reports whether b is free of invalid sequences in cs, for the
// charsets that can be checked cheaply.
func validIn(b []byte, cs charset) bool {
	switch cs.kind {
	case kindUTF8:
		return utf8.Valid(b)
	case kindSJIS:
		return scoreSJIS(b, true).errs == 0
	case kindEUCJP:
		return scoreEUCJP(b, true).errs == 0
	case kindJIS, kindASCII:
		return !has8bit(b)
	}
	return true
}
