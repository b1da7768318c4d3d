package message

import (
	"bytes"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// ExtractHTML reduces an HTML document, given as UTF-8, to what a reader
// would see: its visible text (scripts, styles, titles and comments
// skipped, block elements on lines of their own, white space collapsed,
// entities decoded; text after the closing </body> or </html> keeps its
// line breaks and is set off by a blank line, since what follows the
// document's end is plain text that a mailing list or a gateway appended),
// its links (href, src, action, meta refresh, background, CSS url()) with
// their anchor or alt text, and the sources of its images. Text and links
// are bounded by the default limits.
func ExtractHTML(doc []byte) (text string, links []Link, images []string) {
	d := DefaultLimits()
	var x htmlExtractor
	x.run(doc, d.MaxTextBytes, d.MaxLinks, time.Time{})
	return toString(x.text, true), x.links, x.images
}

const (
	// maxURL bounds the length of one URL kept; data: URLs are cut shorter.
	maxURL     = 4096
	maxDataURL = 64
	// maxAnchorText bounds the anchor text kept per link.
	maxAnchorText = 256
	// minTokenBuf is the least size of one HTML token the tokenizer may
	// buffer; a larger token ends the reduction (FactBadHTML).
	minTokenBuf = 4 << 20
)

// htmlExtractor holds the state of one HTML reduction.
type htmlExtractor struct {
	text      []byte
	links     []Link
	images    []string
	maxText   int
	maxLinks  int
	truncated bool // text beyond maxText dropped
	linksCut  bool // links beyond maxLinks dropped
	broken    bool // the tokenizer gave up (a token beyond its buffer)
	timedOut  bool

	space     bool // white space seen since the last text byte
	ended     bool // after </body> or </html>: line breaks are kept
	breaks    int  // line breaks after the end not yet written (at most 2)
	skip      int  // inside script, style or title
	inStyle   bool // inside style: its text is read for url()
	anchor    int  // index in links of the open <a>, or -1
	anchorBuf []byte
}

// run reduces src. A zero deadline means none.
func (x *htmlExtractor) run(src []byte, maxText, maxLinks int, deadline time.Time) {
	x.maxText, x.maxLinks, x.anchor = maxText, maxLinks, -1
	if x.text == nil {
		x.text = make([]byte, 0, min(len(src)/2+16, maxText+1))
	}
	z := html.NewTokenizer(bytes.NewReader(src))
	z.SetMaxBuf(max(minTokenBuf, 2*maxText))
	for n := 0; ; n++ {
		if n&255 == 255 && !deadline.IsZero() && time.Now().After(deadline) {
			x.timedOut = true
			break
		}
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if z.Err() == html.ErrBufferExceeded {
				x.broken = true
			}
			x.closeAnchor()
			x.text = dropPartialRune(x.text)
			return
		case html.TextToken:
			if x.skip > 0 {
				if x.inStyle {
					x.cssURLs(z.Text())
				}
				continue
			}
			x.addText(z.Text())
		case html.StartTagToken, html.SelfClosingTagToken:
			x.startTag(z, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			var buf [maxTagName]byte
			x.endTag(rawTagName(z.Raw(), &buf))
		}
		if x.truncated && x.linksCut {
			break
		}
	}
	x.closeAnchor()
	x.text = dropPartialRune(x.text)
}

// dropPartialRune removes an incomplete UTF-8 sequence that a cut left at
// the end of b.
func dropPartialRune(b []byte) []byte {
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
		if utf8.RuneStart(b[i]) {
			if !utf8.FullRune(b[i:]) {
				return b[:i]
			}
			break
		}
	}
	return b
}

// htmlSpecial marks the bytes addText cannot copy as they are: white
// space, NUL and the lead byte of a no-break space.
var htmlSpecial = func() (t [256]bool) {
	for _, c := range []byte{' ', '\t', '\n', '\r', '\f', 0, 0xc2} {
		t[c] = true
	}
	return t
}()

// addText appends visible text, collapsing white space.
func (x *htmlExtractor) addText(t []byte) {
	for i := 0; i < len(t); {
		c := t[i]
		if htmlSpecial[c] {
			switch {
			case c == 0:
				i++
				continue
			case c == 0xc2 && (i+1 >= len(t) || t[i+1] != 0xa0):
				// U+0080..U+00BF other than U+00A0: ordinary text.
			case c == '\n' && x.ended:
				// After the document's end: plain text that a list or a
				// gateway appended, read by its lines (at most one blank
				// line in a row).
				x.breaks = min(x.breaks+1, 2)
				i++
				continue
			default:
				x.space = true
				if c == 0xc2 {
					i++ // no-break space
				}
				i++
				continue
			}
		}
		// A run of ordinary bytes.
		j := i + 1
		for j < len(t) && !htmlSpecial[t[j]] {
			j++
		}
		if x.breaks > 0 {
			x.lineBreaks()
		}
		if x.space {
			x.space = false
			if n := len(x.text); n > 0 && x.text[n-1] != '\n' {
				x.put(' ')
			}
			if x.anchor >= 0 && len(x.anchorBuf) > 0 && len(x.anchorBuf) < maxAnchorText {
				x.anchorBuf = append(x.anchorBuf, ' ')
			}
		}
		run := t[i:j]
		if room := x.maxText - len(x.text); len(run) > room {
			run = run[:max(room, 0)]
			x.truncated = true
		}
		x.text = append(x.text, run...)
		if x.anchor >= 0 && len(x.anchorBuf) < maxAnchorText {
			x.anchorBuf = append(x.anchorBuf, t[i:min(j, i+maxAnchorText-len(x.anchorBuf))]...)
		}
		i = j
	}
}

// lineBreaks ends the text with the line breaks counted since the last
// text after the document's end: a new line, or a blank line for two.
func (x *htmlExtractor) lineBreaks() {
	have := 0
	for n := len(x.text); have < x.breaks && n-have > 0 && x.text[n-have-1] == '\n'; {
		have++
	}
	for ; have < x.breaks; have++ {
		x.put('\n')
	}
	x.breaks, x.space = 0, false
}

// put appends one byte of text unless the text is full.
func (x *htmlExtractor) put(c byte) {
	if len(x.text) >= x.maxText {
		x.truncated = true
		return
	}
	x.text = append(x.text, c)
}

// newline ends the current line, if any.
func (x *htmlExtractor) newline() {
	x.space = false
	if n := len(x.text); n > 0 && x.text[n-1] != '\n' {
		x.put('\n')
	}
}

// isBlock reports whether an element starts and ends a line of text.
func isBlock(name []byte) bool {
	switch string(name) {
	case "address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
		"details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
		"footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "legend",
		"li", "main", "menu", "nav", "ol", "option", "p", "pre", "section", "summary",
		"table", "tbody", "tfoot", "thead", "tr", "ul":
		return true
	}
	return false
}

// maxTagName is the longest tag name that matters here.
const maxTagName = 12

// rawTagName returns the lower-cased name of the tag whose raw text is raw
// ("<name …" or "</name …"), stored in buf; longer names come back as "".
// Reading it from the raw token saves the copy that Tokenizer.TagName makes.
func rawTagName(raw []byte, buf *[maxTagName]byte) []byte {
	i := 1
	if i < len(raw) && raw[i] == '/' {
		i++
	}
	n := 0
	for ; i < len(raw); i++ {
		c := raw[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>' {
			break
		}
		if n == len(buf) {
			return nil
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	return buf[:n]
}

// wantsAttrs reports whether the attributes of a tag must be read: it
// carries links by nature, or its raw text mentions an attribute that may
// hold one. Reading attributes costs allocations in the tokenizer, and most
// tags (td, font, span, …) carry none of these.
func wantsAttrs(tag int, raw []byte) bool {
	if tag != tagOther {
		return true
	}
	for i := 0; i+3 <= len(raw); i++ {
		var word string
		switch raw[i] | 0x20 {
		case 's':
			word = "s"
		case 'a':
			word = "action"
		case 'b':
			word = "background"
		case 'd':
			word = "data"
		default:
			continue
		}
		if word == "s" {
			if hasPrefixFold(raw[i:], "src") || hasPrefixFold(raw[i:], "style") {
				return true
			}
		} else if hasPrefixFold(raw[i:], word) {
			return true
		}
	}
	return false
}

// hasPrefixFold reports whether b starts with the lower-case ASCII prefix,
// ignoring case.
func hasPrefixFold(b []byte, prefix string) bool {
	if len(b) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if b[i]|0x20 != prefix[i] {
			return false
		}
	}
	return true
}

// startTag handles a start tag: line breaks, skipped content, and the
// links its attributes hold.
func (x *htmlExtractor) startTag(z *html.Tokenizer, selfClosing bool) {
	var buf [maxTagName]byte
	raw := z.Raw()
	name := rawTagName(raw, &buf)
	switch string(name) {
	case "script", "style", "title", "template":
		if !selfClosing {
			x.skip++
			x.inStyle = string(name) == "style"
		}
	case "noscript", "noframes", "noembed", "iframe":
		// Mail readers do not run scripts or show frames: what these hold
		// is shown, so read it as markup.
		if !selfClosing {
			z.NextIsNotRawText()
		}
	case "br":
		x.space = false
		x.put('\n')
	case "td", "th":
		x.space = true
	case "a", "area":
		if string(name) == "a" {
			x.closeAnchor()
		}
	}
	if isBlock(name) {
		x.newline()
	}
	tag := tagKind(name)
	if !wantsAttrs(tag, raw) {
		return
	}
	var alt, src []byte
	var refresh bool
	var content []byte
	for more := true; more; {
		var key, val []byte
		key, val, more = z.TagAttr()
		if key == nil {
			break
		}
		switch string(key) {
		case "href":
			switch tag {
			case tagA, tagArea:
				if x.addLink(LinkHref, val, nil) && tag == tagA {
					x.anchor = len(x.links) - 1
					x.anchorBuf = x.anchorBuf[:0]
				}
			case tagLink, tagBase:
				x.addLink(LinkOther, val, nil)
			}
		case "src":
			if tag == tagImg {
				src = append(src[:0], val...)
			} else {
				x.addLink(LinkSrc, val, nil)
			}
		case "alt":
			alt = append(alt[:0], val...)
		case "action", "formaction":
			x.addLink(LinkAction, val, nil)
		case "background":
			x.addLink(LinkOther, val, nil)
		case "style":
			x.cssURLs(val)
		case "http-equiv":
			refresh = tag == tagMeta && bytes.EqualFold(bytes.TrimSpace(val), []byte("refresh"))
		case "content":
			if tag == tagMeta {
				content = append(content[:0], val...)
			}
		case "data":
			if tag == tagObject {
				x.addLink(LinkSrc, val, nil)
			}
		}
	}
	if refresh {
		if u := refreshURL(content); len(u) > 0 {
			x.addLink(LinkOther, u, nil)
		}
	}
	if tag == tagImg && len(src) > 0 {
		if len(x.images) < x.maxLinks {
			x.images = append(x.images, clipURL(src))
		}
		x.addLink(LinkSrc, src, alt)
		if x.anchor >= 0 && len(x.anchorBuf) == 0 {
			x.anchorBuf = append(x.anchorBuf, cutUTF8(alt, maxAnchorText)...)
		}
	}
}

// tag kinds that matter for links.
const (
	tagOther = iota
	tagA
	tagArea
	tagImg
	tagLink
	tagBase
	tagMeta
	tagObject
)

// tagKind classifies an element by the links it may carry.
func tagKind(name []byte) int {
	switch string(name) {
	case "a":
		return tagA
	case "area":
		return tagArea
	case "img", "image":
		return tagImg
	case "link":
		return tagLink
	case "base":
		return tagBase
	case "meta":
		return tagMeta
	case "object":
		return tagObject
	}
	return tagOther
}

// endTag handles the end tag of element name.
func (x *htmlExtractor) endTag(name []byte) {
	switch string(name) {
	case "script", "style", "title", "template":
		if x.skip > 0 {
			x.skip--
		}
		x.inStyle = false
		return
	case "a":
		x.closeAnchor()
	case "td", "th":
		x.space = true
	case "br": // </br> acts as <br>
		x.put('\n')
	case "body", "html":
		// What follows is set off from the document as by a blank line.
		x.ended, x.breaks = true, 2
	}
	if isBlock(name) {
		x.newline()
	}
}

// closeAnchor sets the text of the open <a> link.
func (x *htmlExtractor) closeAnchor() {
	if x.anchor >= 0 && x.anchor < len(x.links) {
		x.links[x.anchor].Text = string(bytes.TrimSpace(dropPartialRune(x.anchorBuf)))
	}
	x.anchor = -1
	x.anchorBuf = x.anchorBuf[:0]
}

// addLink records a link and reports whether it was kept.
func (x *htmlExtractor) addLink(kind LinkKind, u, text []byte) bool {
	u = bytes.TrimSpace(u)
	if len(u) == 0 {
		return false
	}
	if len(x.links) >= x.maxLinks {
		x.linksCut = true
		return false
	}
	l := Link{Kind: kind, URL: clipURL(u)}
	if len(text) > 0 {
		l.Text = string(cutUTF8(bytes.TrimSpace(text), maxAnchorText))
	}
	x.links = append(x.links, l)
	return true
}

// clipURL returns u as a string, cut to a sane length.
func clipURL(u []byte) string {
	n := maxURL
	if len(u) > 5 && bytes.EqualFold(u[:5], []byte("data:")) {
		n = maxDataURL
	}
	return string(cutUTF8(u, n))
}

// cssURLs records the url(…) references in CSS text.
func (x *htmlExtractor) cssURLs(css []byte) {
	for len(css) > 0 {
		i := indexFold(css, "url(")
		if i < 0 {
			return
		}
		css = css[i+4:]
		end := bytes.IndexByte(css, ')')
		if end < 0 {
			end = len(css)
		}
		u := bytes.Trim(css[:end], " \t\r\n\"'")
		x.addLink(LinkOther, u, nil)
		css = css[end:]
	}
}

// refreshURL returns the URL in a meta refresh content value such as
// "5; url='http://…'".
func refreshURL(content []byte) []byte {
	i := bytes.IndexAny(content, ";,")
	if i < 0 {
		return nil
	}
	v := bytes.TrimLeft(content[i+1:], " \t\r\n")
	if len(v) >= 3 && bytes.EqualFold(v[:3], []byte("url")) {
		v = bytes.TrimLeft(v[3:], " \t\r\n")
		if len(v) > 0 && v[0] == '=' {
			v = v[1:]
		}
	}
	return bytes.Trim(v, " \t\r\n\"'")
}
