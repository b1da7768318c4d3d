package message

import (
	"bytes"
	"strings"
)

// headerBlock is the result of reading one header block.
type headerBlock struct {
	header    Header
	body      []byte   // what follows the header block
	none      bool     // the data does not start with a header block
	badLine   bool     // a line that is not a field ended the block
	truncated bool     // the block was longer than the limit
	nul       bool     // NUL bytes in the block
	eightBit  string   // charset used for raw 8-bit bytes, "" if none
	guess     *charset // that charset, nil if none
	spans     []fieldSpan
	badWord   string // first malformed encoded word
	unknownCS string // first unknown charset of an encoded word
	mismatch  string // first lying charset of an encoded word
	invalid   string // charset of an encoded word that did not decode cleanly
}

// fieldSpan locates one field in the header block.
type fieldSpan struct {
	name  [2]int
	value [2]int // from after the colon to the end of the last line
	multi bool   // folded over several lines
}

// validFieldName reports whether b is a header field name: printable
// ASCII without colon or space.
func validFieldName(b []byte) bool {
	if len(b) == 0 || len(b) > 256 {
		return false
	}
	for _, c := range b {
		if c <= ' ' || c >= 0x7f || c == ':' {
			return false
		}
	}
	return true
}

// readHeader reads the header block at the start of data: fields up to the
// first empty line. A line that is neither a field nor a continuation ends
// the block and starts the body (badLine); when it is the very first line
// there is no header block at all (none). Only the first maxBytes bytes of
// the block are read; the rest, up to the empty line, is skipped.
//
// spans is scratch space, returned grown in headerBlock.spans for reuse.
func readHeader(data []byte, maxBytes int, r *wordReport, spans []fieldSpan) headerBlock {
	var hb headerBlock
	r.badWord, r.unknown, r.mismatch, r.invalid, r.eightBit = "", "", "", "", false
	spans = spans[:0]
	pos := 0
	blockEnd := 0 // end of the part of the block that is read
	bodyStart := len(data)
scan:
	for pos < len(data) {
		if pos >= maxBytes {
			hb.truncated = true
			bodyStart = skipToBlankLine(data, pos)
			break
		}
		nl := bytes.IndexByte(data[pos:], '\n')
		lineEnd, next := len(data), len(data)
		if nl >= 0 {
			lineEnd, next = pos+nl, pos+nl+1
		}
		if lineEnd > maxBytes {
			// A line running past the limit is cut there.
			hb.truncated = true
			lineEnd = maxBytes
			next = skipToBlankLine(data, maxBytes)
			if next < len(data) {
				bodyStart = next
			}
			next = len(data) + 1
		}
		line := data[pos:lineEnd]
		if n := len(line); n > 0 && line[n-1] == '\r' {
			line = line[:n-1]
		}
		switch {
		case len(line) == 0:
			bodyStart = min(next, len(data))
			break scan
		case line[0] == ' ' || line[0] == '\t':
			if len(spans) == 0 {
				if isBlank(line) {
					// A blank line of spaces before any field: no header.
					hb.none = true
					bodyStart = min(next, len(data))
					break scan
				}
				hb.none = true
				bodyStart = pos
				break scan
			}
			sp := &spans[len(spans)-1]
			sp.value[1] = pos + len(line)
			sp.multi = true
		default:
			colon := bytes.IndexByte(line, ':')
			name := line
			if colon >= 0 {
				name = bytes.TrimRight(line[:colon], " \t")
			}
			if colon < 0 || !validFieldName(name) {
				if len(spans) == 0 {
					hb.none = true
				} else {
					hb.badLine = true
				}
				bodyStart = pos
				break scan
			}
			spans = append(spans, fieldSpan{
				name:  [2]int{pos, pos + len(name)},
				value: [2]int{pos + colon + 1, pos + len(line)},
			})
		}
		blockEnd = pos + len(line)
		if next > len(data) {
			break
		}
		pos = next
	}
	hb.body = data[min(bodyStart, len(data)):]
	hb.spans = spans[:0]
	if len(spans) == 0 {
		return hb
	}
	eight := has8bit(data[:blockEnd]) || bytes.IndexByte(data[:blockEnd], 0) >= 0

	// One string holds the block; names and one-line values are views
	// into it.
	block := string(data[:blockEnd])
	h := make(Header, len(spans))
	for i, sp := range spans {
		f := &h[i]
		f.Name = block[sp.name[0]:sp.name[1]]
		v := block[sp.value[0]:min(sp.value[1], len(block))]
		if sp.multi {
			v = unfold(v)
		}
		f.Raw = strings.TrimSpace(v)
	}
	var guess *charset
	if eight {
		var all []byte
		for i := range h {
			raw := h[i].Raw
			if strings.IndexByte(raw, 0) >= 0 {
				hb.nul = true
			}
			if len(all) < 8192 && has8bitString(raw) {
				all = append(all, raw...)
				all = append(all, ' ')
			}
		}
		if len(all) > 0 {
			// The charset the Content-Type of this header declares is the
			// likeliest one for its raw bytes, when they are valid in it.
			label := ""
			if ct, ok := rawField(h, "Content-Type"); ok {
				var scratch wordReport
				label = parseMediaType(ct, nil, &scratch).params["charset"]
			}
			cs, _, _ := chooseCharset(all, label)
			guess = &cs
			hb.eightBit, hb.guess = cs.name, guess
		}
	}
	for i := range h {
		h[i].Value = decodeWords(h[i].Raw, guess, r)
	}
	hb.header = h
	hb.badWord, hb.unknownCS, hb.mismatch, hb.invalid = r.badWord, r.unknown, r.mismatch, r.invalid
	return hb
}

// unfold removes the line breaks of a folded header value, keeping the
// white space that follows them.
func unfold(v string) string {
	var b strings.Builder
	b.Grow(len(v))
	for {
		i := strings.IndexByte(v, '\n')
		if i < 0 {
			break
		}
		line := v[:i]
		if n := len(line); n > 0 && line[n-1] == '\r' {
			line = line[:n-1]
		}
		b.WriteString(line)
		v = v[i+1:]
	}
	b.WriteString(v)
	return b.String()
}

// skipToBlankLine returns the index after the first empty line at or after
// pos, or len(data) if there is none.
func skipToBlankLine(data []byte, pos int) int {
	for pos < len(data) {
		i := bytes.IndexByte(data[pos:], '\n')
		if i < 0 {
			return len(data)
		}
		pos += i + 1
		if pos < len(data) && data[pos] == '\n' {
			return pos + 1
		}
		if pos+1 < len(data) && data[pos] == '\r' && data[pos+1] == '\n' {
			return pos + 2
		}
	}
	return len(data)
}
