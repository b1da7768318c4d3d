package sigdb

import (
	"fmt"
	"math"
	"time"
)

// maxHashes bounds Options.Hashes.
const maxHashes = 256

// Options configure digesting and the database. The zero value of a field
// means its default; DefaultOptions returns them all. Nodes that share
// signatures must use the same Hashes, WordShingle, CharShingle and Bands, or
// their fuzzy digests will not compare.
type Options struct {
	// Hashes is the number of min-hash functions of a fuzzy digest. More
	// hashes estimate similarity more precisely (standard error
	// sqrt(J(1-J)/Hashes): 0.044 at J=0.5 with 128) and cost 2 bytes each
	// per signature. Default 128.
	Hashes int
	// Bands is the number of LSH bands; each has Hashes/Bands rows. A part
	// becomes a candidate of a signature when all rows of some band agree,
	// with probability 1-(1-J^r)^b: with 32 bands of 4 rows, 0.87 at J=0.5,
	// 0.99 at J=0.6. More bands find lower similarities but cost one index
	// key per band per signature and one probe per band per part. Must
	// divide Hashes. Default 32.
	Bands int
	// WordShingle is the number of consecutive words in a shingle. Default
	// 2 (measured: see the package documentation).
	WordShingle int
	// CharShingle is the number of consecutive characters in a shingle of
	// text written without spaces (Japanese, Chinese). Default 4.
	CharShingle int
	// MinShingles is the fewest distinct shingles (text) or chunks
	// (attachments) a part must have to get a signature, after boilerplate
	// lines are dropped. Shorter parts are skipped for adding and checking:
	// a line or two is common to unrelated mail ("Thanks, see you
	// tomorrow"), and over few shingles one changed word moves the
	// similarity too much. Default 30 (about three lines of English).
	MinShingles int
	// MinAttachment is the fewest bytes an attachment must have to get a
	// signature. Default 1024.
	MinAttachment int
	// Threshold is the estimated Jaccard similarity at or above which a
	// fuzzy signature matches. Default 0.4 (measured: see the package
	// documentation).
	Threshold float64
	// MergeSimilarity is the similarity at or above which a reported fuzzy
	// digest counts as a new report of an existing signature instead of a
	// new signature. Default 0.9.
	MergeSimilarity float64
	// TTL is how long a signature lives after it was last reported.
	// Default 60 days.
	TTL time.Duration
	// LogRetention is how long change-log events are kept for followers.
	// Default 14 days.
	LogRetention time.Duration
	// NodeID names this node as the origin of its reports in the change
	// log. Default: a random id made on first open and kept in the store.
	NodeID string
	// ImportBatch is how many records Import reads and validates before it
	// adds them to the pending commit. Default 1000.
	ImportBatch int
	// Now is the clock. Default time.Now.
	Now func() time.Time
}

// DefaultOptions returns the options with every default filled in.
func DefaultOptions() Options {
	return Options{
		Hashes:          128,
		Bands:           32,
		WordShingle:     2,
		CharShingle:     4,
		MinShingles:     30,
		MinAttachment:   1024,
		Threshold:       0.4,
		MergeSimilarity: 0.9,
		TTL:             60 * 24 * time.Hour,
		LogRetention:    14 * 24 * time.Hour,
		ImportBatch:     1000,
		Now:             time.Now,
	}
}

// Validate reports the first field that holds an invalid value. Zero values
// are valid: they stand for the defaults.
func (o Options) Validate() error {
	bad := func(field string, v any, want string) error {
		return fmt.Errorf("sigdb: options: %s %v %s", field, v, want)
	}
	switch {
	case o.Hashes < 0 || o.Hashes > maxHashes:
		return bad("Hashes", o.Hashes, fmt.Sprintf("must lie in [1, %d]", maxHashes))
	case o.Bands < 0:
		return bad("Bands", o.Bands, "is negative")
	case o.WordShingle < 0 || o.WordShingle > 16:
		return bad("WordShingle", o.WordShingle, "must lie in [1, 16]")
	case o.CharShingle < 0 || o.CharShingle > 16:
		return bad("CharShingle", o.CharShingle, "must lie in [1, 16]")
	case o.MinShingles < 0:
		return bad("MinShingles", o.MinShingles, "is negative")
	case o.MinAttachment < 0:
		return bad("MinAttachment", o.MinAttachment, "is negative")
	case o.Threshold < 0 || o.Threshold > 1 || math.IsNaN(o.Threshold):
		return bad("Threshold", o.Threshold, "must lie in (0, 1]")
	case o.MergeSimilarity < 0 || o.MergeSimilarity > 1 || math.IsNaN(o.MergeSimilarity):
		return bad("MergeSimilarity", o.MergeSimilarity, "must lie in (0, 1]")
	case o.TTL < 0:
		return bad("TTL", o.TTL, "is negative")
	case o.LogRetention < 0:
		return bad("LogRetention", o.LogRetention, "is negative")
	case o.ImportBatch < 0:
		return bad("ImportBatch", o.ImportBatch, "is negative")
	case len(o.NodeID) > 64:
		return bad("NodeID", o.NodeID, "is longer than 64 bytes")
	}
	w := o.withDefaults()
	if w.Hashes%w.Bands != 0 {
		return bad("Bands", w.Bands, fmt.Sprintf("must divide Hashes (%d)", w.Hashes))
	}
	return nil
}

func (o Options) withDefaults() Options {
	d := DefaultOptions()
	if o.Hashes == 0 {
		o.Hashes = d.Hashes
	}
	if o.Bands == 0 {
		o.Bands = d.Bands
	}
	if o.WordShingle == 0 {
		o.WordShingle = d.WordShingle
	}
	if o.CharShingle == 0 {
		o.CharShingle = d.CharShingle
	}
	if o.MinShingles == 0 {
		o.MinShingles = d.MinShingles
	}
	if o.MinAttachment == 0 {
		o.MinAttachment = d.MinAttachment
	}
	if o.Threshold == 0 {
		o.Threshold = d.Threshold
	}
	if o.MergeSimilarity == 0 {
		o.MergeSimilarity = d.MergeSimilarity
	}
	if o.TTL == 0 {
		o.TTL = d.TTL
	}
	if o.LogRetention == 0 {
		o.LogRetention = d.LogRetention
	}
	if o.ImportBatch == 0 {
		o.ImportBatch = d.ImportBatch
	}
	if o.Now == nil {
		o.Now = d.Now
	}
	return o
}
