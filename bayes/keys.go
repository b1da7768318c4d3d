package bayes

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/mizugiwa/mizugiwa/store"
)

// MaxUserLen is the longest user name, in bytes, that the model accepts.
const MaxUserLen = 255

// The kinds of key within a scope.
const (
	kindMsg    = 'm'
	kindTotals = 'n'
	kindToken  = 't'
)

// TokenHash returns the 64-bit FNV-1a hash of token's bytes, the identity of
// a token in memory and in the store.
func TokenHash(token string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(token); i++ {
		h ^= uint64(token[i])
		h *= 1099511628211
	}
	return h
}

// checkUser reports whether user can name a scope.
func checkUser(user string) error {
	if len(user) > MaxUserLen {
		return fmt.Errorf("bayes: user name of %d bytes is longer than %d", len(user), MaxUserLen)
	}
	return nil
}

// scopeOf returns the key prefix of user's scope: "b/", len(user) as a
// uvarint, user.
func scopeOf(user string) []byte {
	p := store.Bayes.Prefix()
	k := make([]byte, 0, len(p)+binary.MaxVarintLen64+len(user))
	k = append(k, p...)
	k = binary.AppendUvarint(k, uint64(len(user)))
	return append(k, user...)
}

// parseScope splits a key under "b/" into its user and the rest after the
// scope. ok is false for a key not made by this package.
func parseScope(key []byte) (user string, rest []byte, ok bool) {
	p := store.Bayes.Prefix()
	if len(key) < len(p) || string(key[:len(p)]) != string(p) {
		return "", nil, false
	}
	key = key[len(p):]
	n, w := binary.Uvarint(key)
	if w <= 0 || n > MaxUserLen || uint64(len(key)-w) < n {
		return "", nil, false
	}
	return string(key[w : w+int(n)]), key[w+int(n):], true
}

func totalsKey(scope []byte) []byte {
	return append(append(make([]byte, 0, len(scope)+1), scope...), kindTotals)
}

func msgKey(scope []byte, id [32]byte) []byte {
	k := make([]byte, 0, len(scope)+1+len(id))
	k = append(k, scope...)
	k = append(k, kindMsg)
	return append(k, id[:]...)
}

// tokenKey appends the key of token hash h in scope to dst.
func tokenKey(dst, scope []byte, h uint64) []byte {
	dst = append(dst, scope...)
	dst = append(dst, kindToken)
	return binary.BigEndian.AppendUint64(dst, h)
}

// tokenRange returns the bounds of scope's token keys.
func tokenRange(scope []byte) (lower, upper []byte) {
	lower = append(append(make([]byte, 0, len(scope)+1), scope...), kindToken)
	upper = append(append(make([]byte, 0, len(scope)+1), scope...), kindToken+1)
	return lower, upper
}

// day returns the day number of t: whole days since the Unix epoch, UTC.
func day(t time.Time) uint32 {
	s := t.Unix()
	if s < 0 {
		return 0
	}
	return uint32(s / 86400)
}

// errCorrupt marks a stored value this package cannot decode.
var errCorrupt = errors.New("corrupt value")

// totals are a scope's message and token counts.
type totals struct {
	spam, ham uint64 // messages learned
	tokens    uint64 // distinct tokens with a count
	// cjkSpam and cjkHam count the learned messages with text in a CJK
	// script (see cjkToken). They are kept only when cjk is set: for a
	// scope that was empty when this version first wrote it. A scope
	// written before holds messages whose script was not recorded.
	cjkSpam, cjkHam uint64
	cjk             bool
}

// cjkMarker introduces the CJK message counts in an encoded totals value.
const cjkMarker = 'c'

func (t totals) encode() []byte {
	v := make([]byte, 0, 1+5*binary.MaxVarintLen64)
	v = binary.AppendUvarint(v, t.spam)
	v = binary.AppendUvarint(v, t.ham)
	v = binary.AppendUvarint(v, t.tokens)
	if t.cjk {
		v = append(v, cjkMarker)
		v = binary.AppendUvarint(v, t.cjkSpam)
		v = binary.AppendUvarint(v, t.cjkHam)
	}
	return v
}

func decodeTotals(v []byte) (totals, error) {
	var t totals
	var ok bool
	if t.spam, v, ok = uvarint(v); !ok {
		return t, errCorrupt
	}
	if t.ham, v, ok = uvarint(v); !ok {
		return t, errCorrupt
	}
	if t.tokens, v, ok = uvarint(v); !ok {
		return t, errCorrupt
	}
	if len(v) == 0 {
		return t, nil
	}
	if v[0] != cjkMarker {
		return t, errCorrupt
	}
	t.cjk = true
	if t.cjkSpam, v, ok = uvarint(v[1:]); !ok || t.cjkSpam > t.spam {
		return t, errCorrupt
	}
	if t.cjkHam, v, ok = uvarint(v); !ok || t.cjkHam > t.ham || len(v) != 0 {
		return t, errCorrupt
	}
	return t, nil
}

// count adds a commit's change of learned messages to t. A scope that holds
// no message starts counting CJK messages.
func (t *totals) count(sd *scopeDelta) {
	if t.spam == 0 && t.ham == 0 {
		t.cjk, t.cjkSpam, t.cjkHam = true, 0, 0
	}
	t.spam = addClamp64(t.spam, sd.spam)
	t.ham = addClamp64(t.ham, sd.ham)
	if t.cjk {
		t.cjkSpam = min(addClamp64(t.cjkSpam, sd.cjkSpam), t.spam)
		t.cjkHam = min(addClamp64(t.cjkHam, sd.cjkHam), t.ham)
	}
}

// empty reports whether t counts nothing, so that a user's totals key can go.
func (t totals) empty() bool { return t.spam == 0 && t.ham == 0 && t.tokens == 0 }

// cjkToken reports whether token holds a letter of a CJK script (Han,
// Hiragana, Katakana, Hangul). Such tokens occur only in messages with
// text in those scripts, and their rates are taken among such messages
// (see the package documentation).
func cjkToken(token string) bool {
	for i := 0; i < len(token); i++ {
		if token[i] < 0xE1 { // every rune of these scripts encodes from 0xE1 up
			continue
		}
		for _, r := range token[i:] {
			if r >= 0x1100 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
				unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)) {
				return true
			}
		}
		return false
	}
	return false
}

// anyCJK reports whether any of tokens is a cjkToken.
func anyCJK(tokens []string) bool {
	for _, t := range tokens {
		if cjkToken(t) {
			return true
		}
	}
	return false
}

// counts are one token's counts in one scope.
type counts struct {
	spam, ham uint32
	day       uint32 // last use
}

func (c counts) appendTo(v []byte) []byte {
	v = binary.AppendUvarint(v, uint64(c.spam))
	v = binary.AppendUvarint(v, uint64(c.ham))
	return binary.AppendUvarint(v, uint64(c.day))
}

func decodeCounts(v []byte) (counts, error) {
	var s, h, d uint64
	var ok bool
	if s, v, ok = uvarint(v); !ok || s > 1<<32-1 {
		return counts{}, errCorrupt
	}
	if h, v, ok = uvarint(v); !ok || h > 1<<32-1 {
		return counts{}, errCorrupt
	}
	if d, v, ok = uvarint(v); !ok || d > 1<<32-1 || len(v) != 0 {
		return counts{}, errCorrupt
	}
	return counts{spam: uint32(s), ham: uint32(h), day: uint32(d)}, nil
}

// record is what is kept of a learned message.
type record struct {
	spam   bool
	cjk    bool // the message had text in a CJK script
	day    uint32
	hashes []uint64 // sorted, distinct
}

const recordVersion = 1

// label returns the record's label byte: 's' or 'h', upper case for a
// message with text in a CJK script.
func (r record) label() byte {
	b := byte('h')
	if r.spam {
		b = 's'
	}
	if r.cjk {
		b -= 'a' - 'A'
	}
	return b
}

func (r record) encode() []byte {
	v := make([]byte, 0, 2+2*binary.MaxVarintLen64+8*len(r.hashes))
	v = append(v, recordVersion, r.label())
	v = binary.AppendUvarint(v, uint64(r.day))
	v = binary.AppendUvarint(v, uint64(len(r.hashes)))
	for _, h := range r.hashes {
		v = binary.BigEndian.AppendUint64(v, h)
	}
	return v
}

func decodeRecord(v []byte) (record, error) {
	var r record
	if len(v) < 2 || v[0] != recordVersion || !strings.ContainsRune("shSH", rune(v[1])) {
		return r, errCorrupt
	}
	r.spam = v[1] == 's' || v[1] == 'S'
	r.cjk = v[1] == 'S' || v[1] == 'H'
	d, v, ok := uvarint(v[2:])
	if !ok || d > 1<<32-1 {
		return r, errCorrupt
	}
	r.day = uint32(d)
	n, v, ok := uvarint(v)
	if !ok || n != uint64(len(v))/8 || len(v)%8 != 0 {
		return r, errCorrupt
	}
	r.hashes = make([]uint64, n)
	for i := range r.hashes {
		r.hashes[i] = binary.BigEndian.Uint64(v[8*i:])
		if i > 0 && r.hashes[i] <= r.hashes[i-1] {
			return r, errCorrupt
		}
	}
	return r, nil
}

func uvarint(v []byte) (uint64, []byte, bool) {
	x, n := binary.Uvarint(v)
	if n <= 0 {
		return 0, v, false
	}
	return x, v[n:], true
}
