package tokenizer

import "github.com/mizugiwa/mizugiwa/message"

// Limits on the HTML markup read for tokens, per message.
const (
	maxHTMLBytes = 64 << 10 // bytes of HTML source scanned per part
	maxHTMLTags  = 1000     // tags read per part
)

// htmlValueAttrs are the attributes whose values become tokens: the
// styling that bulk mail of every era leans on (coloured, sized and
// centred text, table backgrounds) and that hand-written mail rarely uses.
var htmlValueAttrs = [...]string{"color", "size", "face", "bgcolor", "align", "border", "width"}

// html emits tokens for the markup of an HTML part, which the text of the
// part no longer shows: "html:tag:font" for each element,
// "html:attr:font:color" for each attribute, and
// "html:val:color=#ff0000" for the values of htmlValueAttrs.
func (st *state) html(p *message.Part) {
	b := p.Body
	if len(b) > maxHTMLBytes {
		b = b[:maxHTMLBytes]
	}
	var tag, attr []byte
	tags := 0
	for i := 0; i < len(b) && tags < maxHTMLTags && !st.full(); i++ {
		if b[i] != '<' {
			continue
		}
		i++
		if i < len(b) && b[i] == '/' {
			continue // closing tags repeat the opening ones
		}
		if i < len(b) && b[i] == '!' {
			// A comment or declaration: note comments, skip to the end.
			if i+2 < len(b) && b[i+1] == '-' && b[i+2] == '-' {
				st.emit("html:", "comment")
			}
			continue
		}
		tag = tag[:0]
		for i < len(b) && isHTMLName(b[i]) && len(tag) < 16 {
			tag = append(tag, lower(b[i]))
			i++
		}
		if len(tag) == 0 || len(tag) >= 16 {
			continue
		}
		tags++
		st.emit("html:tag:", string(tag))
		// Attributes up to '>'.
		for i < len(b) && b[i] != '>' && b[i] != '<' {
			if !isHTMLName(b[i]) {
				i++
				continue
			}
			attr = attr[:0]
			for i < len(b) && isHTMLName(b[i]) {
				if len(attr) < 24 {
					attr = append(attr, lower(b[i]))
				}
				i++
			}
			st.key = append(append(append(append(st.key[:0], "html:attr:"...), tag...), ':'), attr...)
			st.commit()
			for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
				i++
			}
			if i >= len(b) || b[i] != '=' {
				continue
			}
			i++
			for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
				i++
			}
			q := byte(0)
			if i < len(b) && (b[i] == '"' || b[i] == '\'') {
				q = b[i]
				i++
			}
			start := i
			for i < len(b) && b[i] != '>' && (q != 0 && b[i] != q || q == 0 && b[i] != ' ' && b[i] != '\t' && b[i] != '\n' && b[i] != '\r') {
				i++
			}
			val := b[start:i]
			if q != 0 && i < len(b) && b[i] == q {
				i++
			}
			if !wantValue(attr) || len(val) == 0 || len(val) > 24 {
				continue
			}
			st.key = append(append(append(st.key[:0], "html:val:"...), attr...), '=')
			for _, c := range val {
				// Printable ASCII only: the bytes are not decoded yet.
				if c <= ' ' || c > '~' || c == '"' || c == '\'' {
					continue
				}
				st.key = append(st.key, lower(c))
			}
			st.commit()
		}
		if i < len(b) && b[i] == '<' {
			i--
		}
	}
}

// wantValue reports whether the value of the attribute a becomes a token.
func wantValue(a []byte) bool {
	for _, w := range htmlValueAttrs {
		if string(a) == w {
			return true
		}
	}
	return false
}

// isHTMLName reports whether c may be part of a tag or attribute name.
func isHTMLName(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == ':'
}

// lower returns the ASCII byte c in lower case.
func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
