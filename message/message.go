// Package message takes a raw Internet message apart: it walks every MIME part
// at every nesting level, decodes transfer encodings, converts headers and text
// to UTF-8 (detecting charsets that are missing or wrong), reduces HTML to
// visible text plus links and images, and lists attachments.
//
// Parse never panics and never fails on malformed input: whatever it cannot
// read, or any limit it hits, is recorded as a Fact on the Message, and the
// message can still be classified from whatever text was recovered. Only an
// empty input is an error.
package message

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// ErrEmpty is returned by Parse for an input of zero bytes.
var ErrEmpty = errors.New("message: empty input")

// Limits bound the work Parse does on one message. The zero value of a field
// means "use the default"; see DefaultLimits.
type Limits struct {
	// MaxDepth is the deepest nesting of multipart and message/rfc822 parts
	// that is walked. Default 32.
	MaxDepth int
	// MaxParts is the number of MIME parts walked in all. Default 1000.
	MaxParts int
	// MaxDecodedBytes is the total size of decoded part bodies kept for the
	// whole message. Default 32 MiB.
	MaxDecodedBytes int64
	// MaxHeaderBytes is the size of one part's header block that is read;
	// the rest of an oversized header is skipped. Default 1 MiB.
	MaxHeaderBytes int
	// MaxTextBytes is the size of the UTF-8 text kept per text part (after
	// HTML reduction). Default 1 MiB. Of a plain text part, at most four
	// times as many source bytes are converted; of an HTML part, sixteen
	// times as many.
	MaxTextBytes int
	// Timeout bounds the wall-clock time of one Parse. Default 2s.
	Timeout time.Duration
	// MaxLinks is the number of links (and, separately, of images) kept
	// from the HTML parts of one message. Default 2000.
	MaxLinks int
}

// DefaultLimits returns the limits used for zero fields of Limits.
func DefaultLimits() Limits {
	return Limits{
		MaxDepth:        32,
		MaxParts:        1000,
		MaxDecodedBytes: 32 << 20,
		MaxHeaderBytes:  1 << 20,
		MaxTextBytes:    1 << 20,
		Timeout:         2 * time.Second,
		MaxLinks:        2000,
	}
}

// WithDefaults returns l with every zero field set to its default.
func (l Limits) WithDefaults() Limits {
	d := DefaultLimits()
	if l.MaxDepth == 0 {
		l.MaxDepth = d.MaxDepth
	}
	if l.MaxParts == 0 {
		l.MaxParts = d.MaxParts
	}
	if l.MaxDecodedBytes == 0 {
		l.MaxDecodedBytes = d.MaxDecodedBytes
	}
	if l.MaxHeaderBytes == 0 {
		l.MaxHeaderBytes = d.MaxHeaderBytes
	}
	if l.MaxTextBytes == 0 {
		l.MaxTextBytes = d.MaxTextBytes
	}
	if l.Timeout == 0 {
		l.Timeout = d.Timeout
	}
	if l.MaxLinks == 0 {
		l.MaxLinks = d.MaxLinks
	}
	return l
}

// Validate reports the first field of l that holds an impossible value.
func (l Limits) Validate() error {
	switch {
	case l.MaxDepth < 0:
		return fmt.Errorf("message: limits: MaxDepth %d is negative", l.MaxDepth)
	case l.MaxParts < 0:
		return fmt.Errorf("message: limits: MaxParts %d is negative", l.MaxParts)
	case l.MaxDecodedBytes < 0:
		return fmt.Errorf("message: limits: MaxDecodedBytes %d is negative", l.MaxDecodedBytes)
	case l.MaxHeaderBytes < 0:
		return fmt.Errorf("message: limits: MaxHeaderBytes %d is negative", l.MaxHeaderBytes)
	case l.MaxTextBytes < 0:
		return fmt.Errorf("message: limits: MaxTextBytes %d is negative", l.MaxTextBytes)
	case l.Timeout < 0:
		return fmt.Errorf("message: limits: Timeout %v is negative", l.Timeout)
	case l.MaxLinks < 0:
		return fmt.Errorf("message: limits: MaxLinks %d is negative", l.MaxLinks)
	}
	return nil
}

// FactKind names a kind of problem or notable property found while parsing.
// Kinds are stable identifiers: scorers and rules match on them.
type FactKind string

// The kinds of facts Parse records.
const (
	FactLimitDepth      FactKind = "limit_depth"        // nesting deeper than MaxDepth; deeper parts not walked
	FactLimitParts      FactKind = "limit_parts"        // more parts than MaxParts; the rest not walked
	FactLimitSize       FactKind = "limit_size"         // decoded bodies beyond MaxDecodedBytes dropped
	FactLimitHeader     FactKind = "limit_header"       // a header block beyond MaxHeaderBytes truncated
	FactLimitText       FactKind = "limit_text"         // a text part beyond MaxTextBytes truncated
	FactLimitTime       FactKind = "limit_time"         // the walk ran out of time
	FactLimitLinks      FactKind = "limit_links"        // links or images beyond MaxLinks dropped
	FactNoHeader        FactKind = "no_header"          // the input has no header block
	FactBadHeader       FactKind = "bad_header"         // a header line that is not "Name: value"
	FactHeader8Bit      FactKind = "header_8bit"        // raw 8-bit bytes in a header (decoded by detection)
	FactBadEncodedWord  FactKind = "bad_encoded_word"   // an RFC 2047 word that is malformed or names an unknown charset
	FactUnknownCharset  FactKind = "unknown_charset"    // a declared charset that is not known
	FactCharsetMismatch FactKind = "charset_mismatch"   // declared charset differs from the bytes (Detail: "declared→detected")
	FactMissingCharset  FactKind = "missing_charset"    // 8-bit text with no declared charset
	FactInvalidText     FactKind = "invalid_text"       // text that does not decode cleanly in any candidate charset
	FactBadBase64       FactKind = "bad_base64"         // corrupt base64 body
	FactBadQP           FactKind = "bad_qp"             // corrupt quoted-printable body
	FactBadEncoding     FactKind = "unknown_encoding"   // unknown Content-Transfer-Encoding
	FactBad8Bit         FactKind = "8bit_in_7bit"       // 8-bit bytes in a part declared 7bit, or declaring no encoding (which means 7bit)
	FactBadContentType  FactKind = "bad_content_type"   // unparsable Content-Type
	FactNoBoundary      FactKind = "no_boundary"        // multipart without a boundary parameter
	FactUnclosedMulti   FactKind = "unclosed_multipart" // multipart without its closing boundary
	FactEmptyMultipart  FactKind = "empty_multipart"    // multipart with no parts
	FactNULBytes        FactKind = "nul_bytes"          // NUL bytes in headers or text
	FactBadHTML         FactKind = "bad_html"           // HTML that could not be fully reduced
)

// Fact is one problem or notable property found while parsing.
type Fact struct {
	Kind   FactKind
	PartID string // the part it concerns ("" for the whole message)
	Detail string
}

// String formats the fact as "kind part=ID: detail", leaving out what is
// empty.
func (f Fact) String() string {
	var b strings.Builder
	b.WriteString(string(f.Kind))
	if f.PartID != "" {
		b.WriteString(" part=")
		b.WriteString(f.PartID)
	}
	if f.Detail != "" {
		b.WriteString(": ")
		b.WriteString(f.Detail)
	}
	return b.String()
}

// Field is one header field, its value decoded to UTF-8 (RFC 2047 words
// decoded, raw 8-bit bytes converted by detection, folding removed).
type Field struct {
	Name  string // as written in the message
	Value string // decoded, unfolded UTF-8
	Raw   string // the unfolded value as found (8-bit bytes kept), for rules that need it
}

// Header is an ordered list of fields.
type Header []Field

// Get returns the decoded value of the first field named name (case-insensitive),
// or "" if there is none.
func (h Header) Get(name string) string {
	for _, f := range h {
		if strings.EqualFold(f.Name, name) {
			return f.Value
		}
	}
	return ""
}

// Values returns the decoded values of every field named name, in order.
func (h Header) Values(name string) []string {
	var vs []string
	for _, f := range h {
		if strings.EqualFold(f.Name, name) {
			vs = append(vs, f.Value)
		}
	}
	return vs
}

// Has reports whether a field named name is present.
func (h Header) Has(name string) bool {
	for _, f := range h {
		if strings.EqualFold(f.Name, name) {
			return true
		}
	}
	return false
}

// LinkKind says where a link was found in HTML.
type LinkKind string

// Kinds of links found in HTML.
const (
	LinkHref   LinkKind = "href"   // <a href>, <area href>
	LinkSrc    LinkKind = "src"    // <img src>, <iframe src>, <script src>, …
	LinkAction LinkKind = "action" // <form action>
	LinkOther  LinkKind = "other"  // meta refresh, background, CSS url()
)

// Link is a URL found in an HTML part, as written (entities decoded by the
// HTML parser, nothing else normalized), with the visible text of its anchor.
type Link struct {
	Kind LinkKind
	URL  string
	Text string // visible anchor text for <a>, alt text for <img>
}

// Part is one node of the MIME tree.
type Part struct {
	// ID numbers the part as IMAP does: "1", "1.2", "1.2.1". The top-level
	// body is "" (single part or multipart). The message inside a
	// message/rfc822 part N is N.1 when it is a single part; when it is a
	// multipart it shares the number N and its parts are N.1, N.2, …
	ID     string
	Depth  int    // 0 for the top-level body
	Header Header // this part's own header (the message header for the root)

	ContentType string            // lower-cased media type, "text/plain" when absent or unreadable
	Params      map[string]string // Content-Type parameters, keys lower-cased, values decoded
	Disposition string            // "inline", "attachment" or ""
	Filename    string            // decoded (RFC 2231 / RFC 2047), from Content-Disposition or name=
	Encoding    string            // Content-Transfer-Encoding, lower-cased

	DeclaredCharset string // charset parameter as declared, lower-cased ("" if none)
	// Charset is the charset actually used to decode the text, by its
	// WHATWG name ("shift_jis", "euc-jp", "iso-2022-jp", "utf-8",
	// "windows-1252" for ISO-8859-1, …), or "us-ascii".
	Charset string

	// Body holds the transfer-decoded bytes of a leaf part (before charset
	// conversion), subject to Limits.MaxDecodedBytes. Nil for containers
	// whose parts were walked. For a part that is not transfer-encoded it
	// is a slice of the input given to Parse.
	Body []byte
	// Size is the decoded size of a leaf part, even if Body was cut short.
	Size int64

	// Text is the part's text as UTF-8: the plain text of text/plain and
	// other text/* parts, the visible text of text/html. Empty otherwise.
	Text   string
	IsText bool // a text/* leaf whose Text was filled
	IsHTML bool // text/html

	Links  []Link   // links found in HTML (href, src, action, …)
	Images []string // image sources found in HTML (<img src>)

	IsAttachment bool // a leaf that is not inline text: a file the user would see as an attachment

	Children []*Part // sub-parts of a multipart, or the one embedded message of message/rfc822
}

// Attachment describes a leaf part that is a file rather than message text.
type Attachment struct {
	PartID      string
	Filename    string
	ContentType string
	Size        int64
}

// Message is a parsed message.
type Message struct {
	Header Header  // top-level header, decoded
	Root   *Part   // the top-level body part; never nil after a successful Parse
	Parts  []*Part // every part walked, in depth-first order (Root first)
	Facts  []Fact  // each distinct fact once, at most 256
	Size   int     // size of the raw input in bytes
}

// HasFact reports whether a fact of kind k was recorded.
func (m *Message) HasFact(k FactKind) bool {
	for _, f := range m.Facts {
		if f.Kind == k {
			return true
		}
	}
	return false
}

// TextParts returns the leaf parts that carry text, in order.
func (m *Message) TextParts() []*Part {
	var ps []*Part
	for _, p := range m.Parts {
		if p.IsText {
			ps = append(ps, p)
		}
	}
	return ps
}

// Attachments lists the parts that are attachments.
func (m *Message) Attachments() []Attachment {
	var as []Attachment
	for _, p := range m.Parts {
		if p.IsAttachment {
			as = append(as, Attachment{PartID: p.ID, Filename: p.Filename, ContentType: p.ContentType, Size: p.Size})
		}
	}
	return as
}

// Links returns every link found in HTML parts, in order.
func (m *Message) Links() []Link {
	var ls []Link
	for _, p := range m.Parts {
		ls = append(ls, p.Links...)
	}
	return ls
}
