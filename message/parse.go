package message

import (
	"bytes"
	"math"
	"strconv"
	"strings"
	"time"
	"unsafe"
)

// Parse takes the raw message apart. Zero fields of lim take their
// defaults (see DefaultLimits). Parse never fails on malformed input: what
// it cannot read and every limit it hits are recorded as Facts, and the
// Message holds whatever was recovered. It returns ErrEmpty for an empty
// input and an error for limits that do not validate.
//
// To avoid copies, the Body of a part that is not transfer-encoded (7bit,
// 8bit, binary) is a slice of raw: raw must not be modified while the
// Message is in use.
func Parse(raw []byte, lim Limits) (*Message, error) {
	if len(raw) == 0 {
		return nil, ErrEmpty
	}
	if err := lim.Validate(); err != nil {
		return nil, err
	}
	lim = lim.WithDefaults()
	w := walker{lim: lim, deadline: time.Now().Add(lim.Timeout)}
	m := &Message{Size: len(raw), Parts: make([]*Part, 0, 4)}
	w.msg = m
	data := raw
	if bytes.HasPrefix(data, []byte("From ")) {
		// An mbox "From " separator line.
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			data = data[i+1:]
		} else {
			data = nil
		}
	}
	m.Root = &Part{}
	w.walk(m.Root, data, walkTop, "text/plain", "")
	m.Header = m.Root.Header
	return m, nil
}

// maxFacts bounds the facts kept per message; identical facts are recorded
// once.
const maxFacts = 256

// walker holds the state of one Parse.
type walker struct {
	lim      Limits
	deadline time.Time
	msg      *Message
	decoded  int64 // decoded body bytes kept so far
	links    int   // links kept so far
	images   int   // images kept so far
	stopped  bool  // a limit ended the walk
	words    wordReport
	spans    []fieldSpan // scratch for readHeader
}

// walkKind says where a part sits.
type walkKind uint8

const (
	walkTop      walkKind = iota // the message itself
	walkEmbedded                 // the message inside a message/rfc822 part
	walkChild                    // a part of a multipart
)

// fact records a fact once.
func (w *walker) fact(k FactKind, id, detail string) {
	for _, f := range w.msg.Facts {
		if f.Kind == k && f.PartID == id && f.Detail == detail {
			return
		}
	}
	if len(w.msg.Facts) >= maxFacts {
		return
	}
	w.msg.Facts = append(w.msg.Facts, Fact{Kind: k, PartID: id, Detail: detail})
}

// timeUp reports whether the deadline has passed, recording it once.
func (w *walker) timeUp() bool {
	if w.stopped {
		return true
	}
	if time.Now().After(w.deadline) {
		w.fact(FactLimitTime, "", w.lim.Timeout.String())
		w.stopped = true
	}
	return w.stopped
}

// rawField returns the raw value of the first field named name.
func rawField(h Header, name string) (string, bool) {
	for i := range h {
		if strings.EqualFold(h[i].Name, name) {
			return h[i].Raw, true
		}
	}
	return "", false
}

// childID returns the IMAP part number of the n-th (1-based) child of a
// multipart numbered parent.
func childID(parent string, n int) string {
	if parent == "" {
		return strconv.Itoa(n)
	}
	return parent + "." + strconv.Itoa(n)
}

// walk reads one part (or message) from data and, for a container,
// everything below it.
func (w *walker) walk(p *Part, data []byte, kind walkKind, defType, base string) {
	w.msg.Parts = append(w.msg.Parts, p)
	hb := readHeader(data, w.lim.MaxHeaderBytes, &w.words, w.spans)
	w.spans = hb.spans
	p.Header = hb.header

	// Content type.
	ctype := defType
	var mt mediaType
	ctRaw, hasCT := rawField(p.Header, "Content-Type")
	badCT := false
	if hasCT {
		mt = parseMediaType(ctRaw, hb.guess, &w.words)
		if v, ok := mediaTypeValue(mt.value); ok {
			ctype = v
			badCT = !mt.ok
		} else if ctRaw != "" {
			badCT = true
			ctype = "text/plain"
		}
	}
	sniffed := false
	if !hasCT && kind != walkChild {
		if b := sniffBoundary(hb.body); b != "" {
			// A MIME body under a header that forgot to say so.
			ctype, mt.boundary, sniffed = "multipart/mixed", b, true
		}
	}
	multipart := strings.HasPrefix(ctype, "multipart/")
	switch kind {
	case walkEmbedded:
		if multipart {
			p.ID = base
		} else {
			p.ID = base + ".1"
		}
	}
	id := p.ID
	p.ContentType = ctype
	p.Params = mt.params
	if cs := mt.params["charset"]; cs != "" {
		p.DeclaredCharset = strings.ToLower(strings.Trim(cs, " \t\"'"))
	}

	switch {
	case hb.none && kind != walkChild:
		w.fact(FactNoHeader, id, "")
	case hb.none:
		w.fact(FactBadHeader, id, "part without a header block")
	case hb.badLine:
		w.fact(FactBadHeader, id, "header ended by a line that is not a field")
	}
	if hb.truncated {
		w.fact(FactLimitHeader, id, strconv.Itoa(w.lim.MaxHeaderBytes))
	}
	if hb.nul {
		w.fact(FactNULBytes, id, "header")
	}
	if hb.eightBit != "" {
		w.fact(FactHeader8Bit, id, hb.eightBit)
	}
	if hb.badWord != "" {
		w.fact(FactBadEncodedWord, id, hb.badWord)
	}
	if hb.unknownCS != "" {
		w.fact(FactBadEncodedWord, id, hb.unknownCS)
	}
	if hb.mismatch != "" {
		w.fact(FactCharsetMismatch, id, hb.mismatch)
	}
	if hb.invalid != "" {
		w.fact(FactInvalidText, id, "header: "+hb.invalid)
	}
	if badCT {
		w.fact(FactBadContentType, id, clip(ctRaw, 80))
	}
	if sniffed {
		w.fact(FactBadContentType, id, "multipart body without a Content-Type")
	}

	// Transfer encoding and disposition.
	if v, ok := rawField(p.Header, "Content-Transfer-Encoding"); ok {
		enc, known := normalizeEncoding(v)
		if !known {
			w.fact(FactBadEncoding, id, clip(v, 40))
		}
		p.Encoding = enc
	}
	if v, ok := rawField(p.Header, "Content-Disposition"); ok {
		d := parseMediaType(v, hb.guess, &w.words)
		switch d.value {
		case "inline", "attachment", "":
			p.Disposition = d.value
		default:
			p.Disposition = "attachment" // RFC 2183: unknown means attachment
		}
		p.Filename = d.params["filename"]
	}
	if p.Filename == "" {
		p.Filename = mt.params["name"]
	}
	if w.words.mismatch != "" && w.words.mismatch != hb.mismatch {
		w.fact(FactCharsetMismatch, id, w.words.mismatch)
	}

	body := hb.body
	switch {
	case multipart:
		if w.tooDeep(p) {
			p.Size = int64(len(body))
			return
		}
		w.multipart(p, body, mt.boundary)
	case ctype == "message/rfc822" || ctype == "message/global" || ctype == "message/rfc2822":
		if w.tooDeep(p) {
			p.Size = int64(len(body))
			return
		}
		inner := body
		if p.Encoding == "base64" || p.Encoding == "quoted-printable" {
			inner, _ = w.decode(p, body)
		}
		if len(w.msg.Parts) >= w.lim.MaxParts {
			w.fact(FactLimitParts, p.ID, strconv.Itoa(w.lim.MaxParts))
			w.stopped = true
			return
		}
		if w.timeUp() {
			return
		}
		b := p.ID
		if b == "" {
			b = "1"
		}
		child := &Part{Depth: p.Depth + 1}
		p.Children = []*Part{child}
		w.walk(child, inner, walkEmbedded, "text/plain", b)
	default:
		w.leaf(p, body, false)
	}
}

// sniffBoundary looks for a MIME delimiter line ("--boundary" followed by a
// "Content-" field) near the start of body and returns its boundary.
func sniffBoundary(body []byte) string {
	b := body[:min(len(body), 4096)]
	for len(b) > 0 {
		nl := bytes.IndexByte(b, '\n')
		if nl < 0 {
			return ""
		}
		line := bytes.TrimRight(b[:nl], " \t\r")
		b = b[nl+1:]
		if len(line) < 3 || line[0] != '-' || line[1] != '-' || len(line) > 72 ||
			bytes.ContainsAny(line, " \t\"") {
			continue
		}
		if len(b) >= 8 && indexFold(b[:8], "content-") == 0 {
			return string(line[2:])
		}
	}
	return ""
}

// mediaTypeValue returns the usable "type/subtype" at the start of a
// Content-Type value, cutting junk such as a stray quote.
func mediaTypeValue(v string) (string, bool) {
	i := 0
	for i < len(v) && (validMediaValue(v[i : i+1])) {
		i++
	}
	v = v[:i]
	slash := strings.IndexByte(v, '/')
	if slash <= 0 || slash == len(v)-1 || strings.Count(v, "/") != 1 {
		return "", false
	}
	return v, true
}

// normalizeEncoding lower-cases a Content-Transfer-Encoding and maps
// common misspellings; known is false for encodings not understood.
func normalizeEncoding(v string) (enc string, known bool) {
	v = strings.ToLower(strings.Trim(v, " \t\"'"))
	if i := strings.IndexAny(v, " \t;("); i >= 0 {
		v = v[:i]
	}
	switch v {
	case "7bit", "8bit", "binary", "base64", "quoted-printable":
		return v, true
	case "7-bit", "7_bit", "7":
		return "7bit", true
	case "8-bit", "8_bit", "8":
		return "8bit", true
	case "base-64", "base_64", "b64":
		return "base64", true
	case "quoted_printable", "quotedprintable", "qp", "quoted-printible":
		return "quoted-printable", true
	case "":
		return "", true
	}
	return v, false
}

// tooDeep reports, and records, that the children of p would be deeper than
// the limit.
func (w *walker) tooDeep(p *Part) bool {
	if p.Depth+1 > w.lim.MaxDepth {
		w.fact(FactLimitDepth, p.ID, strconv.Itoa(w.lim.MaxDepth))
		return true
	}
	return false
}

// multipart walks the parts of a multipart body. When the boundary is
// missing or never used, a delimiter line near the start of the body is
// used instead, if there is one.
func (w *walker) multipart(p *Part, body []byte, boundary string) {
	if boundary == "" {
		w.fact(FactNoBoundary, p.ID, "")
		if boundary = sniffBoundary(body); boundary == "" {
			w.leaf(p, body, true)
			return
		}
	}
	n, closed := w.children(p, body, boundary)
	if n == 0 && !w.stopped {
		if b := sniffBoundary(body); b != "" && b != boundary {
			w.fact(FactEmptyMultipart, p.ID, "declared boundary not used; found --"+clip(b, 70))
			n, closed = w.children(p, body, b)
		}
	}
	switch {
	case w.stopped:
	case n == 0:
		w.fact(FactEmptyMultipart, p.ID, "")
		if !isBlank(body) {
			// Read the body as text rather than lose it.
			w.leaf(p, body, true)
		}
	case !closed:
		w.fact(FactUnclosedMulti, p.ID, "")
	}
}

// children walks the parts of body delimited by boundary and returns how
// many there were and whether the close delimiter was seen.
func (w *walker) children(p *Part, body []byte, boundary string) (int, bool) {
	defType := "text/plain"
	if p.ContentType == "multipart/digest" {
		defType = "message/rfc822"
	}
	sc := mpScanner{data: body, delim: []byte("--" + boundary), pos: -1}
	n := 0
	for !w.stopped {
		part, ok := sc.next()
		if !ok {
			break
		}
		if len(w.msg.Parts) >= w.lim.MaxParts {
			w.fact(FactLimitParts, p.ID, strconv.Itoa(w.lim.MaxParts))
			w.stopped = true
			break
		}
		if w.timeUp() {
			break
		}
		n++
		child := &Part{ID: childID(p.ID, n), Depth: p.Depth + 1}
		p.Children = append(p.Children, child)
		w.walk(child, part, walkChild, defType, "")
	}
	return n, sc.closed
}

// mpScanner finds the parts of a multipart body.
type mpScanner struct {
	data   []byte
	delim  []byte // "--" + boundary
	pos    int    // start of the next part; -1 before the first delimiter
	closed bool   // the close delimiter was seen
	done   bool
}

// findDelim finds the next delimiter line at or after from: it returns
// where the line starts, where the following line starts and whether it is
// the close delimiter.
func (s *mpScanner) findDelim(from int) (start, after int, isClose, ok bool) {
	d := s.data
	for from < len(d) {
		i := bytes.Index(d[from:], s.delim)
		if i < 0 {
			return 0, 0, false, false
		}
		i += from
		from = i + 1
		if i > 0 && d[i-1] != '\n' {
			continue
		}
		j := i + len(s.delim)
		isClose = j+1 < len(d) && d[j] == '-' && d[j+1] == '-'
		if isClose {
			j += 2
		}
		k := j
		for k < len(d) && (d[k] == ' ' || d[k] == '\t' || d[k] == '\r') {
			k++
		}
		if k < len(d) && d[k] != '\n' {
			if !isClose {
				continue // a longer boundary that starts the same way
			}
			// Junk after a close delimiter: still the close.
			if n := bytes.IndexByte(d[k:], '\n'); n >= 0 {
				k += n
			} else {
				k = len(d)
			}
		}
		if k < len(d) {
			k++
		}
		return i, k, isClose, true
	}
	return 0, 0, false, false
}

// next returns the next part, or false when there are no more.
func (s *mpScanner) next() ([]byte, bool) {
	if s.done {
		return nil, false
	}
	if s.pos < 0 {
		_, after, isClose, ok := s.findDelim(0)
		if !ok || isClose {
			s.done, s.closed = true, isClose
			return nil, false
		}
		s.pos = after
	}
	start, after, isClose, ok := s.findDelim(s.pos)
	if !ok {
		s.done = true
		return s.data[s.pos:], true
	}
	end := start
	if end > s.pos && s.data[end-1] == '\n' {
		end--
		if end > s.pos && s.data[end-1] == '\r' {
			end--
		}
	}
	part := s.data[s.pos:end]
	if isClose {
		s.done, s.closed = true, true
	} else {
		s.pos = after
	}
	return part, true
}

// budget returns how many more decoded bytes may be kept.
func (w *walker) budget() int {
	left := w.lim.MaxDecodedBytes - w.decoded
	if left < 0 {
		return 0
	}
	if left > math.MaxInt32 {
		return math.MaxInt32
	}
	return int(left)
}

// decode transfer-decodes body as p's encoding says, within the budget,
// and sets p.Size. When it had to look, it also says whether body holds
// 8-bit bytes (hi8: 1 yes, 0 no, -1 not known).
func (w *walker) decode(p *Part, body []byte) (out []byte, hi8 int8) {
	limit := w.budget()
	var size int64
	var bad bool
	hi8 = -1
	switch p.Encoding {
	case "base64":
		out, size, bad = decodeBase64(nil, body, limit)
		if bad {
			w.fact(FactBadBase64, p.ID, "")
		}
	case "quoted-printable":
		out, size, bad = decodeQP(nil, body, limit)
		if bad {
			w.fact(FactBadQP, p.ID, "")
		}
	default:
		if p.Encoding == "7bit" || p.Encoding == "" {
			hi8 = 0
			if has8bit(body) {
				hi8 = 1
				detail := "declared 7bit"
				if p.Encoding == "" {
					detail = "no transfer encoding declared"
				}
				w.fact(FactBad8Bit, p.ID, detail)
			}
		}
		size = int64(len(body))
		out = body[:min(len(body), limit)]
	}
	if int64(len(out)) < size {
		w.fact(FactLimitSize, p.ID, strconv.FormatInt(w.lim.MaxDecodedBytes, 10))
	}
	w.decoded += int64(len(out))
	p.Size = size
	return out, hi8
}

// textual reports whether a leaf of type ctype is read as text.
func textual(ctype string) bool {
	switch ctype {
	case "message/delivery-status", "message/disposition-notification", "message/rfc822-headers",
		"message/global-delivery-status", "message/global-headers":
		return true
	}
	return strings.HasPrefix(ctype, "text/")
}

// leaf reads a part that has no sub-parts; asText reads it as text
// whatever its type.
func (w *walker) leaf(p *Part, body []byte, asText bool) {
	var hi8 int8
	p.Body, hi8 = w.decode(p, body)
	if len(p.Body) != len(body) && hi8 == 1 {
		hi8 = -1 // only a prefix was kept
	}
	isText := asText || textual(p.ContentType)
	p.IsAttachment = !asText && (p.Disposition == "attachment" || p.Filename != "" || !isText)
	if isText {
		w.text(p, p.Body, hi8)
	}
}

// text converts a text part to UTF-8 and, for HTML, reduces it. hi8 says
// whether body holds 8-bit bytes, if known (1 yes, 0 no, -1 not known).
func (w *walker) text(p *Part, body []byte, hi8 int8) {
	id := p.ID
	isHTML := p.ContentType == "text/html"
	label := p.DeclaredCharset
	if isHTML && label == "" {
		label = metaCharset(body)
	}
	maxText := w.lim.MaxTextBytes
	inCap := 4 * maxText
	if isHTML {
		inCap = 16 * maxText
	}
	src := body
	cut := false
	if len(src) > inCap {
		src, cut = src[:inCap], true
	}
	hi := hi8 == 1
	if hi8 < 0 || (hi8 == 1 && len(src) != len(body)) {
		hi = has8bit(src)
	}
	cs, fk, detail := chooseCharset8(src, label, hi)
	if !isHTML && cs.kind != kindJIS && cs.kind != kindOther && len(src) > maxText+4 {
		// Every byte of these charsets gives at least one byte of UTF-8:
		// no more input is needed to fill the text.
		src, cut = src[:maxText+4], true
	}
	if fk != "" {
		w.fact(fk, id, detail)
	}
	p.Charset = cs.name
	p.IsText, p.IsHTML = true, isHTML

	// Convert unless the bytes already are the UTF-8 text.
	var utf []byte
	own := false
	switch {
	case cs.kind == kindUTF8 && fk != FactInvalidText,
		cs.kind != kindOther && cs.kind != kindJIS && !hi,
		cs.kind == kindJIS && !hi && bytes.IndexByte(src, 0x1b) < 0:
		utf = src
	default:
		utf, own = decodeTo(make([]byte, 0, len(src)+len(src)/2+16), src, cs), true
	}

	var nul bool
	if !isHTML {
		var t []byte
		if own {
			t, nul = cleanInPlace(utf)
		} else if bytes.IndexByte(utf, '\r') >= 0 || bytes.IndexByte(utf, 0) >= 0 {
			t, nul = appendText(make([]byte, 0, min(len(utf), maxText+4)), cutUTF8(utf, maxText+1))
			own = true
		} else {
			t = utf
		}
		if len(t) > maxText {
			t, cut = cutUTF8(t, maxText), true
		}
		p.Text = toString(t, own)
	} else {
		if !own && bytes.IndexByte(utf, 0) >= 0 {
			nul = true
		}
		x := htmlExtractor{}
		x.run(utf, maxText, w.lim.MaxLinks-w.links, w.deadline)
		if len(x.images) > w.lim.MaxLinks-w.images {
			x.images, x.linksCut = x.images[:max(0, w.lim.MaxLinks-w.images)], true
		}
		w.links += len(x.links)
		w.images += len(x.images)
		p.Text = toString(x.text, true)
		p.Links, p.Images = x.links, x.images
		if x.truncated {
			cut = true
		}
		if x.linksCut {
			w.fact(FactLimitLinks, id, strconv.Itoa(w.lim.MaxLinks))
		}
		if x.broken {
			w.fact(FactBadHTML, id, "token too large")
		}
		if x.timedOut {
			w.fact(FactLimitTime, "", w.lim.Timeout.String())
			w.stopped = true
		}
	}
	if nul {
		w.fact(FactNULBytes, id, "text")
	}
	if cut {
		w.fact(FactLimitText, id, strconv.Itoa(maxText))
	}
}

// toString returns b as a string. When own is set b belongs to the caller
// alone and is never written again, so it is not copied.
func toString(b []byte, own bool) string {
	if len(b) == 0 {
		return ""
	}
	if !own {
		return string(b)
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}
