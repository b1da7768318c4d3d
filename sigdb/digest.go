package sigdb

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/cespare/xxhash/v2"

	"github.com/mizugiwa/mizugiwa/message"
)

// Kind says how a signature matches.
type Kind uint8

// The kinds of signatures.
const (
	// Exact signatures match a part whose normalized content is identical.
	Exact Kind = 1
	// Fuzzy signatures match a part whose shingle set has an estimated
	// Jaccard similarity of at least Options.Threshold.
	Fuzzy Kind = 2
)

// String returns "exact" or "fuzzy".
func (k Kind) String() string {
	switch k {
	case Exact:
		return "exact"
	case Fuzzy:
		return "fuzzy"
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

func parseKind(s string) (Kind, error) {
	switch s {
	case "exact":
		return Exact, nil
	case "fuzzy":
		return Fuzzy, nil
	}
	return 0, fmt.Errorf("unknown kind %q", s)
}

// ID identifies a signature. It is derived from the signature's content, so
// that every node computes the same ID for the same digest and imports merge
// instead of duplicating.
type ID [8]byte

// String returns the ID as 16 hexadecimal digits.
func (id ID) String() string { return hex.EncodeToString(id[:]) }

// ParseID parses the form String returns.
func ParseID(s string) (ID, error) {
	var id ID
	if len(s) != 2*len(id) {
		return id, fmt.Errorf("sigdb: bad id %q: want %d hex digits", s, 2*len(id))
	}
	if _, err := hex.Decode(id[:], []byte(s)); err != nil {
		return id, fmt.Errorf("sigdb: bad id %q: %w", s, err)
	}
	return id, nil
}

// PartDigest holds the digests of one part. A part may have an exact digest
// only, both, or none (then Skip says why).
type PartDigest struct {
	PartID   string
	Exact    ID       // valid when HasExact
	HasExact bool     //
	Fuzzy    []uint16 // min-hash values (Options.Hashes of them); nil when none
	FuzzyID  ID       // the ID a fuzzy signature of Fuzzy gets
	Shingles int      // distinct shingles (text) or chunks (attachments)
	Skip     string   // why the part has no digest: "empty", "short"
}

// Skip is a part of a message that yields no signature, with the reason.
type Skip struct {
	PartID string
	Reason string
}

// seeds are the keys of the Options.Hashes hash functions of the min-hash:
// a fixed sequence so that every node computes the same digests.
var seeds = func() [maxHashes]uint64 {
	var s [maxHashes]uint64
	x := uint64(0x6d697a7567697761) // "mizugiwa"
	for i := range s {
		x += 0x9e3779b97f4a7c15
		s[i] = mix64(x)
	}
	return s
}()

// mix64 is the splitmix64 finalizer: a fast bijective 64-bit mixer.
func mix64(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// Digests computes the digests of every text part and attachment of m.
// recipients are the addresses the message was sent to; they are removed
// from the content before digesting (addresses in the To, Cc,
// Delivered-To and X-Original-To headers are added to them).
func (o Options) Digests(m *message.Message, recipients []string) []PartDigest {
	o = o.withDefaults()
	rcpts := messageRecipients(m, recipients)
	var ds []PartDigest
	for _, p := range m.Parts {
		switch {
		case p.IsText:
			ds = append(ds, o.textDigest(p, rcpts))
		case p.IsAttachment && len(p.Children) == 0:
			ds = append(ds, o.binaryDigest(p))
		}
	}
	return ds
}

func messageRecipients(m *message.Message, extra []string) []string {
	var rs []string
	add := func(a string) {
		a = strings.ToLower(strings.Trim(strings.TrimSpace(a), "<>\"'"))
		if strings.Count(a, "@") == 1 && len(a) > 3 {
			rs = append(rs, a)
		}
	}
	for _, a := range extra {
		add(a)
	}
	for _, h := range []string{"To", "Cc", "Delivered-To", "X-Original-To"} {
		for _, v := range m.Header.Values(h) {
			for f := range strings.FieldsFuncSeq(v, func(r rune) bool {
				return r == ',' || r == ';' || r == ' ' || r == '\t' || r == '<' || r == '>'
			}) {
				if strings.Contains(f, "@") {
					add(f)
				}
			}
		}
	}
	return rs
}

func (o Options) textDigest(p *message.Part, rcpts []string) PartDigest {
	d := PartDigest{PartID: p.ID}
	var links []string
	for _, l := range p.Links {
		if l.Kind == message.LinkHref {
			links = append(links, l.URL)
		}
	}
	us := normalizeText(p.Text, links, rcpts)
	if len(us) == 0 {
		d.Skip = "empty"
		return d
	}
	hs, content := o.shingles(us)
	d.Shingles = len(hs)
	if content < o.MinShingles {
		d.Skip = "short"
		return d
	}
	h := sha256.New()
	h.Write([]byte{byte(Exact)})
	for _, u := range us {
		h.Write([]byte(u.s))
		h.Write([]byte{0})
	}
	var sum [sha256.Size]byte
	copy(d.Exact[:], h.Sum(sum[:0]))
	d.HasExact = true
	d.Fuzzy = o.minHash(hs)
	d.FuzzyID = fuzzyID(d.Fuzzy)
	return d
}

// shingles returns the distinct hashes of the part's shingles: WordShingle
// consecutive units from a word, CharShingle from a character of an
// unspaced script; and how many of them start outside boilerplate.
func (o Options) shingles(us []unit) ([]uint64, int) {
	hs := make([]uint64, len(us))
	for i, u := range us {
		hs[i] = xxhash.Sum64String(u.s)
	}
	seen := make(map[uint64]struct{}, len(us))
	out := make([]uint64, 0, len(us))
	content := 0
	for i, u := range us {
		k := o.WordShingle
		if u.cjk {
			k = o.CharShingle
		}
		if i+k > len(us) {
			if i > 0 {
				break
			}
			k = len(us) // a part shorter than one shingle is one shingle
		}
		x := uint64(k)
		for _, h := range hs[i : i+k] {
			x = mix64(x ^ h)
		}
		if _, ok := seen[x]; !ok {
			seen[x] = struct{}{}
			out = append(out, x)
			if !u.boiler {
				content++
			}
		}
	}
	return out, content
}

// minHash returns the min-hash of the shingle set: for each of Options.Hashes
// hash functions, the low 16 bits of the smallest hash of any shingle.
// Keeping 16 bits (b-bit min-hash) makes a signature 2 bytes per hash; two
// different minima agree by chance with probability 2^-16, which biases the
// estimated similarity by under 0.00002.
func (o Options) minHash(hs []uint64) []uint16 {
	mins := make([]uint64, o.Hashes)
	for i := range mins {
		mins[i] = ^uint64(0)
	}
	for _, h := range hs {
		for i := range mins {
			if v := mix64(h ^ seeds[i]); v < mins[i] {
				mins[i] = v
			}
		}
	}
	out := make([]uint16, o.Hashes)
	for i, m := range mins {
		out[i] = uint16(m)
	}
	return out
}

func fuzzyID(mh []uint16) ID {
	b := make([]byte, 1+2*len(mh))
	b[0] = byte(Fuzzy)
	for i, v := range mh {
		binary.LittleEndian.PutUint16(b[1+2*i:], v)
	}
	s := sha256.Sum256(b)
	var id ID
	copy(id[:], s[:])
	return id
}

// similarity is the share of equal min-hash values: an unbiased estimate of
// the Jaccard similarity of the two shingle sets.
func similarity(a, b []uint16) float64 {
	if len(a) != len(b) || len(a) == 0 {
		return 0
	}
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// bandKey returns the hash of band i of a min-hash: the rows of the band
// hashed together.
func bandHash(mh []uint16, band, rows int) uint32 {
	x := uint64(band)
	for _, v := range mh[band*rows : (band+1)*rows] {
		x = mix64(x ^ uint64(v))
	}
	return uint32(x >> 32)
}

// gear is the table of the content-defined chunker of attachments.
var gear = func() [256]uint64 {
	var g [256]uint64
	for i := range g {
		g[i] = mix64(uint64(i) + 0x5bd1e995)
	}
	return g
}()

// binaryDigest digests an attachment: an exact digest of its bytes, and a
// fuzzy digest whose shingles are content-defined chunks (boundaries where a
// rolling gear hash has its low ChunkBits bits zero, about 2^ChunkBits bytes
// apart), so that bytes inserted or changed in one place change only the
// chunks around them.
func (o Options) binaryDigest(p *message.Part) PartDigest {
	d := PartDigest{PartID: p.ID}
	b := p.Body
	if len(b) == 0 {
		d.Skip = "empty"
		return d
	}
	if len(b) < o.MinAttachment {
		d.Skip = "short"
		return d
	}
	h := sha256.New()
	h.Write([]byte{byte(Exact), 'b'})
	h.Write(b)
	var sum [sha256.Size]byte
	copy(d.Exact[:], h.Sum(sum[:0]))
	d.HasExact = true

	const chunkBits = 8
	mask := uint64(1)<<chunkBits - 1
	seen := make(map[uint64]struct{})
	var hs []uint64
	var g uint64
	start := 0
	for i, c := range b {
		g = g<<1 + gear[c]
		if g&mask == 0 && i+1-start >= 16 || i == len(b)-1 {
			x := xxhash.Sum64(b[start : i+1])
			if _, ok := seen[x]; !ok {
				seen[x] = struct{}{}
				hs = append(hs, x)
			}
			start = i + 1
		}
	}
	d.Shingles = len(hs)
	if len(hs) < o.MinShingles {
		return d // exact only
	}
	d.Fuzzy = o.minHash(hs)
	d.FuzzyID = fuzzyID(d.Fuzzy)
	return d
}
