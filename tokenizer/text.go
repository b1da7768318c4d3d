package tokenizer

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// text tokenizes s, every token prefixed by prefix.
func (st *state) text(prefix, s string) {
	if st.full() || len(s) == 0 {
		return
	}
	if len(s) > st.textBudget {
		n := st.textBudget
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		s = s[:n]
	}
	st.textBudget -= len(s)
	if !isASCII(s) {
		s = st.normalize(prefix, s)
		if st.opts.VerticalMinLines > 0 && strings.IndexByte(s, '\n') >= 0 {
			s = st.vertical(prefix, s)
		}
	}
	st.scan(prefix, s)
}

// isASCII reports whether s holds only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// waveDash is the one form the wave-dash look-alikes are folded to.
const waveDash = '\u301c' // 〜

// isWave reports whether r is one of the wave dashes that Japanese
// encodings and fonts confuse: 〜 (JIS), ～ (CP932), ⁓ and ∼.
func isWave(r rune) bool {
	return r == '\u301c' || r == '\uff5e' || r == '\u2053' || r == '\u223c'
}

// isKishuIzon reports whether r is one of the platform-dependent characters
// (機種依存文字) Japanese spam likes: circled numbers, Roman numerals,
// parenthesized and squared words (㈱, ㌔, ㎡), №, ℡.
func isKishuIzon(r rune) bool {
	return (r >= 0x2460 && r <= 0x24ff) || (r >= 0x2160 && r <= 0x217f) ||
		(r >= 0x3200 && r <= 0x33ff) || r == 0x2116 || r == 0x2121
}

// normalize returns s in NFKC with wave dashes folded. Because NFKC erases
// them, it first notes the presence of half-width katakana, full-width
// ASCII and platform-dependent characters as tokens ("char:halfwidth-kana").
func (st *state) normalize(prefix, s string) string {
	var halfKana, fullASCII, kishu, waves bool
	for _, r := range s {
		if r < 0x2000 {
			continue
		}
		switch {
		case r >= 0xff61 && r <= 0xff9f:
			halfKana = true
		case r == 0xff5e:
			waves = true
		case r >= 0xff01 && r <= 0xff5d:
			fullASCII = true
		case isKishuIzon(r):
			kishu = true
		case r != waveDash && isWave(r):
			waves = true
		}
	}
	if halfKana {
		st.emit(prefix, "char:halfwidth-kana")
	}
	if fullASCII {
		st.emit(prefix, "char:fullwidth-ascii")
	}
	if kishu {
		st.emit(prefix, "char:kishu-izon")
	}
	if waves {
		s = strings.Map(func(r rune) rune {
			if isWave(r) {
				return waveDash
			}
			return r
		}, s)
	}
	return norm.NFKC.String(s)
}

// isJapanese reports whether r belongs to a Japanese run: kanji, hiragana,
// katakana, the long vowel mark ー and the iteration marks (々, ゝ, ヽ, 〻, 〱…).
func isJapanese(r rune) bool {
	switch {
	case r < 0x3005:
		return false
	case r <= 0x30ff:
		return r <= 0x3007 || // 々 〆 〇
			(r >= 0x3031 && r <= 0x3035) || r == 0x303b ||
			(r >= 0x3041 && r <= 0x3096) || (r >= 0x3099 && r <= 0x309f) ||
			(r >= 0x30a1 && r <= 0x30fa) || r >= 0x30fc
	case r >= 0x31f0 && r <= 0x31ff: // katakana phonetic extensions
		return true
	case r >= 0x3400 && r <= 0x4dbf, r >= 0x4e00 && r <= 0x9fff, r >= 0xf900 && r <= 0xfaff:
		return true
	case r >= 0x20000 && r <= 0x3ffff:
		return true
	}
	return false
}

// asciiClass classifies ASCII bytes for the scanner.
var asciiClass = func() (c [128]uint8) {
	for b := '0'; b <= '9'; b++ {
		c[b] = clDigit
	}
	for b := 'a'; b <= 'z'; b++ {
		c[b] = clLower
	}
	for b := 'A'; b <= 'Z'; b++ {
		c[b] = clUpper
	}
	return c
}()

const (
	clOther uint8 = iota
	clDigit
	clLower
	clUpper
)

// isAlnum reports whether the ASCII byte b is a letter or digit.
func isAlnum(b byte) bool { return b < utf8.RuneSelf && asciiClass[b] != clOther }

// isWordRune reports whether r can be part of a Latin-script (or other
// space-separated script) word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] != clOther
	}
	if isJapanese(r) {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isJoiner reports whether r joins two word characters into one span. The
// span is split again at all of them but the apostrophe, after hosts,
// e-mail addresses and numbers have been recognized whole.
func isJoiner(r rune) bool {
	switch r {
	case '.', '-', '_', '\'', '\u2019', '@', ',':
		return true
	}
	return false
}

// isKeptSymbol reports whether r is a symbol emitted as a token on its own:
// currency signs, other symbols (★, ■, ♪, 〒, emoji), arrows and a few
// punctuation marks that Japanese advertising uses (※, 【, 】).
func isKeptSymbol(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '$'
	}
	if r == '※' || r == '【' || r == '】' || (r >= 0x2190 && r <= 0x21ff) {
		return true
	}
	return unicode.In(r, unicode.Sc, unicode.So)
}

// scan splits normalized text into runs and words and emits their tokens.
func (st *state) scan(prefix, s string) {
	// Word pairs do not reach across texts.
	st.prev = st.prev[:0]
	defer func() { st.prev = st.prev[:0] }()
	for i := 0; i < len(s); {
		if st.full() {
			return
		}
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case asciiClass[c] != clOther:
				i = st.word(prefix, s, i)
			case c == '!' || c == '?':
				j := i + 1
				for j < len(s) && s[j] == c {
					j++
				}
				st.emit(prefix, marks(c, j-i))
				i = j
			case c == '$':
				st.emit(prefix, "$")
				i++
			default:
				i++
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			i++ // invalid UTF-8
		case isJapanese(r):
			i = st.japaneseRun(prefix, s, i)
		case isWordRune(r):
			i = st.word(prefix, s, i)
		case isKeptSymbol(r):
			st.emit(prefix, s[i:i+n])
			i += n
		default:
			i += n
		}
	}
}

// marks returns the token for a run of n exclamation or question marks.
func marks(c byte, n int) string {
	if c == '!' {
		return [...]string{"!", "!!", "!!!"}[min(n, 3)-1]
	}
	return [...]string{"?", "??", "???"}[min(n, 3)-1]
}

// urlPrefixes start a URL in text. "ttp://" and "hxxp://" are the ways
// spam (and cautious people) keep mail programs from making a link.
var urlPrefixes = [...]string{"http://", "https://", "ftp://", "www.", "ttp://", "ttps://", "hxxp://", "hxxps://"}

// urlStart returns the length of the URL prefix at the start of s, or 0.
func urlStart(s string) int {
	if len(s) < 5 {
		return 0
	}
	switch s[0] | 0x20 {
	case 'h', 'f', 'w', 't':
	default:
		return 0
	}
	switch s[3] | 0x20 { // "http", "hxxp", "ftp:", "www.", "ttp:", "ttps"
	case 'p', 's', ':', '.':
	default:
		return 0
	}
	for _, p := range urlPrefixes {
		if len(s) <= len(p) || !strings.EqualFold(s[:len(p)], p) {
			continue
		}
		if c := s[len(p)]; isAlnum(c) || (p[len(p)-1] == '/' && isURLByte(c) && c != '/') {
			return len(p)
		}
	}
	return 0
}

// word tokenizes the word, number, host, address or URL that starts at
// s[i] and returns the index after it.
func (st *state) word(prefix, s string, i int) int {
	if urlStart(s[i:]) > 0 {
		return st.urlInText(prefix, s, i)
	}
	// The ASCII letters and digits first: most words are only that.
	j := i
	for j < len(s) && s[j] < utf8.RuneSelf && asciiClass[s[j]] != clOther {
		j++
	}
	if j-i >= 24 || (j < len(s) && (s[j] == '+' || s[j] == '/' || s[j] == '=')) {
		if end, ok := base64Run(s, i); ok {
			st.key = append(st.key[:0], prefix...)
			st.key = append(st.key, "rand:b64:"...)
			st.key = appendLen(st.key, end-i)
			st.commit()
			return end
		}
	}
	// Find the span of word runes and inner joiners.
	hasJoiner, hasAt, hasDot := false, false, false
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			if asciiClass[c] != clOther {
				j++
				continue
			}
			if !isJoiner(rune(c)) || j+1 >= len(s) || !startsWord(s[j+1:]) {
				break
			}
			if c == ',' && !(isDigit(s[j-1]) && isDigit(s[j+1])) {
				break
			}
			switch c {
			case '@':
				hasAt = true
			case '.':
				hasDot = true
			}
			hasJoiner = true
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if isWordRune(r) {
			j += n
			continue
		}
		if r == '\u2019' && j+n < len(s) && startsWord(s[j+n:]) {
			hasJoiner = true
			j += n
			continue
		}
		break
	}
	span := s[i:j]
	switch {
	case !hasJoiner:
		st.atom(prefix, s, i, j)
	case hasAt && st.email(prefix, span):
	case isNumeric(span):
		st.number(prefix, s, i, j)
	case hasDot && st.bareHost(prefix, span):
	default:
		st.parts(prefix, s, i, j)
	}
	return j
}

// startsWord reports whether s starts with a word rune.
func startsWord(s string) bool {
	if s == "" {
		return false
	}
	if s[0] < utf8.RuneSelf {
		return asciiClass[s[0]] != clOther
	}
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// isNumeric reports whether s is digits with inner '.' and ','.
func isNumeric(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isDigit(c) && c != '.' && c != ',' {
			return false
		}
	}
	return true
}

// parts tokenizes the span s[i:j] split at joiners other than the
// apostrophe.
func (st *state) parts(prefix, s string, i, j int) {
	start := i
	for k := i; k <= j; k++ {
		if k < j {
			c := s[k]
			if c != '.' && c != '-' && c != '_' && c != '@' && c != ',' {
				continue
			}
		}
		if k > start {
			st.atom(prefix, s, start, k)
		}
		start = k + 1
	}
}

// base64Run reports whether a base64-looking run (letters of both cases,
// digits, '+', '/', '=', at least 24 long) starts at s[i] and where it ends.
func base64Run(s string, i int) (int, bool) {
	var upper, lower, digit int
	j := i
	for ; j < len(s); j++ {
		c := s[j]
		if c >= utf8.RuneSelf {
			break
		}
		switch asciiClass[c] {
		case clUpper:
			upper++
		case clLower:
			lower++
		case clDigit:
			digit++
		default:
			if c != '+' && c != '/' && c != '=' {
				goto end
			}
		}
	}
end:
	if j-i < 24 || upper < 2 || lower < 2 || digit < 2 {
		return 0, false
	}
	if j < len(s) && startsWord(s[j:]) {
		return 0, false // the run goes on as a word: not a blob
	}
	return j, true
}

// Bits of byteBits, describing a byte of a word.
const (
	bDigit  uint8 = 1 << iota // 0-9
	bLower                    // a-z
	bUpper                    // A-Z
	bNonHex                   // a letter beyond f
	bOther                    // anything else, including every non-ASCII byte
)

// byteBits classifies bytes for atom.
var byteBits = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= '0' && c <= '9':
			t[c] = bDigit
		case c >= 'a' && c <= 'f':
			t[c] = bLower
		case c >= 'g' && c <= 'z':
			t[c] = bLower | bNonHex
		case c >= 'A' && c <= 'F':
			t[c] = bUpper
		case c >= 'G' && c <= 'Z':
			t[c] = bUpper | bNonHex
		default:
			t[c] = bOther
		}
	}
	return t
}()

// atom emits the token for the word s[i:j], which holds no joiners but
// apostrophes: a number shape, a random-string shape, a skip shape or the
// case-folded word.
func (st *state) atom(prefix, s string, i, j int) {
	w := s[i:j]
	n := len(w)
	var bits uint8
	for k := 0; k < n; k++ {
		bits |= byteBits[w[k]]
	}
	if bits == bDigit {
		st.number(prefix, s, i, j)
		return
	}
	if bits&bOther == 0 && (bits&bDigit != 0 || n >= 8) {
		if sig := randomShape(w, bits); sig != "" {
			st.key = append(st.key[:0], prefix...)
			st.key = append(st.key, "rand:"...)
			st.key = append(st.key, sig...)
			st.key = append(st.key, ':')
			st.key = appendLen(st.key, n)
			st.commit()
			return
		}
	}
	if n < st.opts.MinWordBytes {
		return
	}
	st.key = append(st.key[:0], prefix...)
	plain := false
	switch {
	case n > st.opts.MaxWordBytes:
		r, _ := utf8.DecodeRuneInString(w)
		st.key = append(st.key, "skip:"...)
		st.key = utf8.AppendRune(st.key, unicode.ToLower(r))
		st.key = append(st.key, ':')
		st.key = strconv.AppendInt(st.key, int64(n/10*10), 10)
	case bits&(bUpper|bOther) == 0:
		st.key = st.stem(append(st.key, w...), prefix)
		plain = true
	default:
		st.key = st.stem(appendFold(st.key, w), prefix)
		plain = true
		if !st.opts.NoCapsTokens && bits&(bLower|bOther) == 0 && n >= 3 {
			// A word in capitals also keeps its case: shouting is
			// evidence of its own.
			st.commit()
			st.key = append(append(st.key[:0], prefix...), "caps:"...)
			st.key = append(st.key, w...)
			st.commit()
			st.key = st.stem(appendFold(append(st.key[:0], prefix...), w), prefix)
		}
	}
	st.commit()
	if !plain || st.pairs >= st.opts.MaxWordPairs {
		return
	}
	// The pair of this word and the one before it, when the two are
	// neighbours: only spaces between them.
	word := st.key[len(prefix):]
	if len(st.prev) > 0 && st.prevEnd <= i && isSpaces(s[st.prevEnd:i]) {
		st.pairs++
		st.pair = append(append(append(append(st.pair[:0], prefix...), st.prev...), '+'), word...)
		st.key, st.pair = st.pair, st.key
		st.commit()
		st.key, st.pair = st.pair, st.key
	}
	st.prev = append(st.prev[:0], word...)
	st.prevEnd = j
}

// stem strips the English inflections of the word in key (after prefix),
// when the word is of the text (no prefix) and the options ask for it.
func (st *state) stem(key []byte, prefix string) []byte {
	if prefix != "" || st.opts.NoStem {
		return key
	}
	return stemEnglish(key)
}

// isSpaces reports whether s is one or more blanks and line ends.
func isSpaces(s string) bool {
	if s == "" {
		return false
	}
	for k := 0; k < len(s); k++ {
		switch s[k] {
		case ' ', '\t', '\n', '\r':
		default:
			return false
		}
	}
	return true
}

// randomShape returns the signature of the ASCII letters-and-digits word w
// if it looks like a random string rather than a word, or "": "hex" for a
// hex id, "a9" (or "aA9" with random capitals) for letters and digits
// mixed, "aA" for letters with random capitals, "a" for a long run of
// letters without a vowel.
func randomShape(w string, bits uint8) string {
	n := len(w)
	digits := bits&bDigit != 0
	letters := bits&(bLower|bUpper) != 0
	if digits && letters && n >= 8 && bits&bNonHex == 0 {
		return "hex"
	}
	var trans, humps, vowels int
	prev := byteBits[w[0]]
	for k := 0; k < n; k++ {
		c := w[k]
		b := byteBits[c]
		if k > 0 {
			if (b == bDigit) != (prev == bDigit) {
				trans++
			}
			if b&bUpper != 0 && prev&bLower != 0 {
				humps++
			}
		}
		switch c | 0x20 {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			vowels++
		}
		prev = b
	}
	switch {
	case digits && letters && (trans >= 3 || (trans >= 2 && n >= 6) || n >= 16):
		if humps >= 2 {
			return "aA9"
		}
		return "a9"
	case !digits && n >= 8 && humps >= 3:
		return "aA"
	case !digits && n >= 8 && vowels == 0:
		return "a"
	}
	return ""
}

// appendFold appends w case-folded (lower case, ’ as ').
func appendFold(dst []byte, w string) []byte {
	for k := 0; k < len(w); {
		c := w[k]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			k++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[k:])
		if r == '\u2019' {
			r = '\''
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		k += n
	}
	return dst
}

// appendLen appends the length n, exact up to 40 and rounded down to ten
// beyond, so that shape tokens stay few.
func appendLen(dst []byte, n int) []byte {
	if n > 40 {
		n = n / 10 * 10
	}
	return strconv.AppendInt(dst, int64(n), 10)
}

// number emits the token for the number s[i:j] (digits with inner '.' and
// ','), looking at its neighbours for a currency sign, '%' or 円.
func (st *state) number(prefix, s string, i, j int) {
	w := s[i:j]
	var digits, intDigits, fracDigits, dots, commas int
	for k := 0; k < len(w); k++ {
		switch w[k] {
		case '.':
			dots++
		case ',':
			commas++
		default:
			digits++
			if dots == 0 {
				intDigits++
			} else if dots == 1 {
				fracDigits++
			}
		}
	}
	pct := j < len(s) && s[j] == '%'
	st.key = append(st.key[:0], prefix...)
	switch {
	case dots >= 2:
		if dots == 3 && commas == 0 && isIPv4(w) {
			st.key = append(st.key, "num:ip"...)
		} else {
			st.key = append(st.key, "num:dotted"...)
		}
	case digits <= st.opts.NumberDigits:
		st.key = append(st.key, w...)
	default:
		st.key = append(st.key, "num:"...)
		st.key = strconv.AppendInt(st.key, int64(intDigits), 10)
		if dots == 1 {
			st.key = append(st.key, '.')
			st.key = strconv.AppendInt(st.key, int64(fracDigits), 10)
		}
	}
	if pct {
		st.key = append(st.key, '%')
	}
	st.commit()
	if dots >= 2 {
		return
	}
	// Prices: a currency sign before, or 円 after.
	cur := ""
	if i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if r == '$' || (r >= utf8.RuneSelf && unicode.Is(unicode.Sc, r)) {
			cur = s[i-n : i]
		}
	}
	if cur == "" && strings.HasPrefix(s[j:], "円") {
		cur = "円"
	}
	if cur != "" {
		st.key = append(st.key[:0], prefix...)
		st.key = append(st.key, "price:"...)
		st.key = append(st.key, cur...)
		st.key = append(st.key, ':')
		st.key = strconv.AppendInt(st.key, int64(intDigits), 10)
		st.commit()
	}
}

// isIPv4 reports whether s is a dotted-quad IPv4 address.
func isIPv4(s string) bool {
	parts := 0
	v, n := 0, 0
	for k := 0; k <= len(s); k++ {
		if k == len(s) || s[k] == '.' {
			if n == 0 || n > 3 || v > 255 {
				return false
			}
			parts++
			v, n = 0, 0
			continue
		}
		if !isDigit(s[k]) {
			return false
		}
		v = v*10 + int(s[k]-'0')
		n++
	}
	return parts == 4
}
