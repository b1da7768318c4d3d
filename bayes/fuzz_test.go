package bayes

import (
	"bytes"
	"encoding/binary"
	"math"
	"testing"
)

// FuzzDecode feeds arbitrary bytes to the decoders of stored values and
// keys: they must fail cleanly or decode to something that encodes back to
// the same bytes.
func FuzzDecode(f *testing.F) {
	for _, name := range []string{"spam-1", "ham-2"} {
		msg := testdataMsg(f, name)
		f.Add(record{spam: msg.spam, day: 20000, hashes: hashTokens(msg.tokens)}.encode())
	}
	f.Add(counts{spam: 3, ham: 1 << 31, day: 19000}.appendTo(nil))
	f.Add(totals{spam: 500, ham: 2625, tokens: 81234}.encode())
	f.Add(totals{spam: 569, ham: 2684, tokens: 90000, cjk: true, cjkSpam: 76, cjkHam: 61}.encode())
	f.Add(record{spam: true, cjk: true, day: 20000, hashes: []uint64{1, 2, 3}}.encode())
	f.Add(tokenKey(nil, scopeOf("alice@example.jp"), 0xdeadbeef))
	f.Add(msgKey(scopeOf(""), [32]byte{1, 2, 3}))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, v []byte) {
		if r, err := decodeRecord(v); err == nil {
			if got := r.encode(); !bytes.Equal(got, v) {
				t.Errorf("record %x re-encodes as %x", v, got)
			}
		}
		if c, err := decodeCounts(v); err == nil {
			if got := c.appendTo(nil); !bytes.Equal(got, v) && len(v) <= 3*10 {
				// Uvarints have one shortest form; a longer one decodes too.
				if c2, err := decodeCounts(got); err != nil || c2 != c {
					t.Errorf("counts %x: %+v does not round-trip", v, c)
				}
			}
		}
		if tot, err := decodeTotals(v); err == nil {
			if tot2, err := decodeTotals(tot.encode()); err != nil || tot2 != tot {
				t.Errorf("totals %x: %+v does not round-trip", v, tot)
			}
		}
		if user, rest, ok := parseScope(v); ok {
			k := append(scopeOf(user), rest...)
			if u2, r2, ok := parseScope(k); !ok || u2 != user || !bytes.Equal(r2, rest) {
				t.Errorf("key %q: scope %q does not round-trip", v, user)
			}
		}
	})
}

// FuzzCombine combines arbitrary token probabilities, each byte pair of
// the input giving one: the result of either combining must be well
// formed, and the two chi-square tails must add up to one.
func FuzzCombine(f *testing.F) {
	f.Add([]byte{0xff, 0xfe, 0x00, 0x01, 0x80, 0x00})
	f.Add(bytes.Repeat([]byte{0xff, 0xff}, 3000))
	f.Add(bytes.Repeat([]byte{0x00, 0x00, 0xff, 0xff}, 1000))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		var clues []clue
		for i := 0; i+1 < len(data); i += 2 {
			// f in (0, 1), never exactly 0 or 1, as Robinson's formula gives.
			v := (float64(uint16(data[i])<<8|uint16(data[i+1])) + 0.5) / 65536
			v = 0.5 + (v-0.5)*(1-1e-9)
			clues = append(clues, clue{f: v, g: 1 - v})
		}
		for _, c := range []Combining{MeanLogOdds, Fisher} {
			o := Options{Combining: c}.withDefaults()
			r := combine(clues, &o)
			if math.IsNaN(r.Score) || math.IsInf(r.Score, 0) || !(r.Prob >= 0 && r.Prob <= 1) ||
				!(r.Spam >= 0 && r.Spam <= 1) || !(r.Ham >= 0 && r.Ham <= 1) || r.Used != len(clues) {
				t.Fatalf("%v: malformed result %+v of %d clues", c, r, len(clues))
			}
			if (r.Score > 0 && r.Prob < 0.5) || (r.Score < 0 && r.Prob > 0.5) {
				t.Fatalf("%v: Score %g and Prob %g disagree", c, r.Score, r.Prob)
			}
		}
		if len(data) >= 4 {
			x := float64(binary.BigEndian.Uint16(data)) * math.Pow(2, float64(data[2]%24))
			n := int(data[3]) * (1 + len(data)%16)
			lnP, lnQ := chi2LogTails(x, n+1)
			if sum := math.Exp(lnP) + math.Exp(lnQ); math.IsNaN(sum) || math.Abs(sum-1) > 1e-9 {
				t.Fatalf("x=%g n=%d: P+Q = %g", x, n+1, sum)
			}
		}
	})
}
