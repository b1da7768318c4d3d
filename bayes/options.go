package bayes

import (
	"fmt"
	"math"
	"time"
)

// Options configure a Model. The zero value of a field means its default;
// DefaultOptions returns them all.
type Options struct {
	// Smoothing is the count, in messages, added to a token's count in
	// each class before its rates are compared, for every token but those
	// of a CJK script (Lidstone's additive smoothing; see the package
	// documentation): a token never seen in a class has the rate
	// Smoothing/nclass there. A token absent from 500 learned spam is then
	// weaker ham evidence than one absent from 2,625 ham is spam evidence,
	// as the chance of missing a class by accident says it should. Default
	// 0.003, chosen on the training half of the SpamAssassin split
	// (blocked and dealt cross-validation, Bayes alone; 0.001 to 0.005 rank
	// about as well) and 10-fold cross-validation on the Japanese starter
	// mail. Negative estimates those tokens as the CJK ones are, by
	// Robinson's method with Strength.
	Smoothing float64

	// Strength is Robinson's s, for the tokens estimated by his method
	// (all of them when Smoothing is negative): how many observations the
	// Prior is worth against a token's own counts (counted in units of the
	// smaller class; see the package documentation). Larger values pull
	// rarely seen tokens harder toward Prior. Must be positive. Default
	// 0.01, chosen by cross-validation and a time-ordered hold-out inside
	// the training half of the SpamAssassin split when every token was
	// estimated this way (0.003 to 0.03 rank about as well; bogofilter uses
	// 0.0178, SpamBayes 0.45).
	Strength float64

	// CJKStrength is Strength for the tokens of a CJK script, whose rates
	// are taken among the messages with CJK text (see the package
	// documentation). Must be positive. Default 0.1, chosen by 10-fold
	// cross-validation on the Japanese development mail, with and without
	// its headers: Japanese mail is learned from a few hundred messages,
	// not thousands, and a morpheme seen once in one class is far weaker
	// evidence than Strength 0.01 makes it (0.995 instead of 0.955 with
	// even classes).
	CJKStrength float64

	// Prior is Robinson's x: the spam probability of a token never seen.
	// Must lie strictly between 0 and 1. Default 0.5.
	Prior float64

	// MinDev drops tokens whose probability lies within MinDev of 0.5: they
	// say little and only dilute the combined evidence. Must lie in
	// [0, 0.5). Default 0.3, chosen with Strength (0.2 to 0.375 rank about
	// as well; bogofilter uses 0.375); to keep every token use a tiny
	// positive value.
	MinDev float64

	// MaxTokens is how many of the most extreme tokens are combined; 0
	// combines all that pass MinDev (as bogofilter does). A limit makes
	// messages with more evidence than the limit look alike. Default 0.
	MaxTokens int

	// Combining is how the kept tokens' probabilities become the message's
	// score. Default MeanLogOdds; Fisher is Robinson's chi-square
	// combining as bogofilter and SpamBayes use it (see the package
	// documentation for both and how they compare).
	Combining Combining

	// Shrink is, for MeanLogOdds, how many neutral tokens every message is
	// taken to hold besides its own: the score is the sum of the tokens'
	// log-odds divided by their number plus Shrink, so that a message with
	// few clues scores less surely than one with many that lean the same
	// way. Must not be negative. Default 5, chosen by cross-validation on
	// the Japanese starter mail (short messages with few clues): of 0, 2,
	// 5 and 10 it caught the most spam at false-positive rates up to 1%
	// (10 ranked a little better overall, 1-ROCA 1.77% against 1.84%, but
	// caught less at 0.1%); on the SpamAssassin split's training half the
	// four rank alike at strict false-positive rates. For the plain mean
	// give a tiny positive value.
	Shrink float64

	// UserPrior is the weight, in messages, of the global token rates as the
	// prior of a user's own rates (see the package documentation). Smaller
	// values let a user's training take over sooner. Must be positive.
	// Default 10.
	UserPrior float64

	// Clues is how many of the strongest tokens Result.Top lists. Default
	// 10; negative lists none.
	Clues int

	// BatchSize is how many operations a Trainer queues before it commits
	// them as one batch. Default 500.
	BatchSize int

	// FlushInterval is how often the last-use days recorded while scoring
	// are written to the store (they are also written by Close). Default 15
	// minutes; negative writes them only at Close.
	FlushInterval time.Duration

	// ReadOnly makes the model never write: Learn, Forget, Expire and
	// Trainer commits fail, and last-use days are not recorded. Use it on a
	// store opened read-only.
	ReadOnly bool

	// Now is the clock used for day numbers. Default time.Now.
	Now func() time.Time
}

// Combining names a way of combining token probabilities into a message's
// score.
type Combining int

const (
	// MeanLogOdds scores a message by the mean log-odds of its kept tokens'
	// probabilities, shrunk toward 0 by Options.Shrink.
	MeanLogOdds Combining = iota
	// Fisher scores a message by Robinson's indicator from Fisher's
	// chi-square combining of its kept tokens' probabilities.
	Fisher
)

// ParseCombining parses "mean" or "fisher".
func ParseCombining(s string) (Combining, error) {
	switch s {
	case "mean":
		return MeanLogOdds, nil
	case "fisher":
		return Fisher, nil
	}
	return 0, fmt.Errorf("bayes: combining %q: want mean or fisher", s)
}

// String returns "mean" or "fisher".
func (c Combining) String() string {
	switch c {
	case MeanLogOdds:
		return "mean"
	case Fisher:
		return "fisher"
	}
	return fmt.Sprintf("Combining(%d)", int(c))
}

// DefaultOptions returns the options with every default filled in.
func DefaultOptions() Options {
	return Options{
		Smoothing:     0.003,
		Strength:      0.01,
		CJKStrength:   0.1,
		Prior:         0.5,
		MinDev:        0.3,
		MaxTokens:     0,
		Combining:     MeanLogOdds,
		Shrink:        5,
		UserPrior:     10,
		Clues:         10,
		BatchSize:     500,
		FlushInterval: 15 * time.Minute,
		Now:           time.Now,
	}
}

// Validate reports the first field that holds an invalid value. Zero values
// are valid: they stand for the defaults.
func (o Options) Validate() error {
	bad := func(field string, v any, want string) error {
		return fmt.Errorf("bayes: options: %s %v: %s", field, v, want)
	}
	switch {
	case math.IsNaN(o.Smoothing) || math.IsInf(o.Smoothing, 0):
		return bad("Smoothing", o.Smoothing, "must be finite")
	case o.Strength < 0 || math.IsNaN(o.Strength) || math.IsInf(o.Strength, 0):
		return bad("Strength", o.Strength, "must be positive and finite")
	case o.CJKStrength < 0 || math.IsNaN(o.CJKStrength) || math.IsInf(o.CJKStrength, 0):
		return bad("CJKStrength", o.CJKStrength, "must be positive and finite")
	case o.Prior < 0 || o.Prior >= 1 || math.IsNaN(o.Prior):
		return bad("Prior", o.Prior, "must lie strictly between 0 and 1")
	case o.MinDev < 0 || o.MinDev >= 0.5 || math.IsNaN(o.MinDev):
		return bad("MinDev", o.MinDev, "must lie in [0, 0.5)")
	case o.MaxTokens < 0:
		return bad("MaxTokens", o.MaxTokens, "must not be negative")
	case o.Combining != MeanLogOdds && o.Combining != Fisher:
		return bad("Combining", int(o.Combining), "is neither MeanLogOdds nor Fisher")
	case o.Shrink < 0 || math.IsNaN(o.Shrink) || math.IsInf(o.Shrink, 0):
		return bad("Shrink", o.Shrink, "must be zero or positive and finite")
	case o.UserPrior < 0 || math.IsNaN(o.UserPrior) || math.IsInf(o.UserPrior, 0):
		return bad("UserPrior", o.UserPrior, "must be positive and finite")
	case o.BatchSize < 0:
		return bad("BatchSize", o.BatchSize, "must not be negative")
	}
	return nil
}

// withDefaults returns o with zero fields replaced by their defaults.
func (o Options) withDefaults() Options {
	d := DefaultOptions()
	if o.Smoothing == 0 {
		o.Smoothing = d.Smoothing
	}
	if o.Strength == 0 {
		o.Strength = d.Strength
	}
	if o.CJKStrength == 0 {
		o.CJKStrength = d.CJKStrength
	}
	if o.Prior == 0 {
		o.Prior = d.Prior
	}
	if o.MinDev == 0 {
		o.MinDev = d.MinDev
	}
	if o.Shrink == 0 {
		o.Shrink = d.Shrink
	}
	if o.UserPrior == 0 {
		o.UserPrior = d.UserPrior
	}
	if o.Clues == 0 {
		o.Clues = d.Clues
	}
	if o.BatchSize == 0 {
		o.BatchSize = d.BatchSize
	}
	if o.FlushInterval == 0 {
		o.FlushInterval = d.FlushInterval
	}
	if o.Now == nil {
		o.Now = d.Now
	}
	return o
}
