package urlfilter

import "github.com/mizugiwa/mizugiwa/urlnorm"

// The tricks Normalize and Extract report, one word each; see package
// urlnorm.
const (
	TrickUserinfo       = urlnorm.TrickUserinfo
	TrickEscape         = urlnorm.TrickEscape
	TrickEntity         = urlnorm.TrickEntity
	TrickNumericIP      = urlnorm.TrickNumericIP
	TrickIDN            = urlnorm.TrickIDN
	TrickRedirect       = urlnorm.TrickRedirect
	TrickQueryToken     = urlnorm.TrickQueryToken
	TrickAnchorMismatch = urlnorm.TrickAnchorMismatch
	TrickDomainInHost   = urlnorm.TrickDomainInHost
)

// MaxURLBytes is the longest input Normalize accepts.
const MaxURLBytes = urlnorm.MaxURLBytes

// ErrNotURL is wrapped by the errors Normalize returns for input that no
// browser would visit as a web address.
var ErrNotURL = urlnorm.ErrNotURL

// URL is the result of normalizing one URL: what a browser would visit.
// It is urlnorm's, so that the URL filter and the tokenizer see one
// normalization.
type URL = urlnorm.URL

// Normalize turns raw, a URL as written in a message, into what a browser
// would visit, and lists the tricks used to hide it; see urlnorm.Normalize.
func Normalize(raw string) (URL, error) {
	return urlnorm.Normalize(raw)
}

// trickOrder lists the tricks in the order URL.Tricks has them.
var trickOrder = urlnorm.Tricks()
