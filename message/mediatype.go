package message

import (
	"slices"
	"strconv"
	"strings"
)

// mediaType is a parsed Content-Type or Content-Disposition value.
type mediaType struct {
	value    string            // lower-cased "type/subtype" or disposition
	params   map[string]string // decoded parameters; nil when there are none
	boundary string            // the boundary parameter exactly as written
	ok       bool              // value is well formed
}

// paramSection is one piece of an RFC 2231 parameter: name*0=, name*1*= …
type paramSection struct {
	name  string
	index int
	ext   bool // percent-encoded, and the first one carries charset'lang'
	value string
}

// parseMediaType reads a Content-Type or Content-Disposition value as
// leniently as mail clients do: parameters after a missing ";", unquoted
// values with spaces, unterminated quotes, duplicate parameters (the first
// wins), RFC 2231 extended and continued values, and RFC 2047 words or raw
// 8-bit bytes in quoted values. rawGuess, if not nil, is the charset used
// for raw 8-bit bytes.
func parseMediaType(v string, rawGuess *charset, r *wordReport) mediaType {
	var mt mediaType
	v = strings.TrimSpace(v)
	head, rest := v, ""
	if i := strings.IndexAny(v, "; \t"); i >= 0 {
		head, rest = v[:i], v[i:]
	}
	mt.value = strings.ToLower(head)
	mt.ok = validMediaValue(mt.value)
	var sections []paramSection
	for rest != "" {
		rest = strings.TrimLeft(rest, "; \t\r\n")
		if rest == "" {
			break
		}
		eq := strings.IndexAny(rest, "=;")
		if eq < 0 || rest[eq] == ';' {
			// A token without a value: skip it.
			if eq < 0 {
				break
			}
			rest = rest[eq:]
			continue
		}
		name := strings.ToLower(strings.TrimSpace(rest[:eq]))
		rest = strings.TrimLeft(rest[eq+1:], " \t")
		var val string
		if rest != "" && rest[0] == '"' {
			val, rest = quotedString(rest)
		} else {
			end := strings.IndexByte(rest, ';')
			if end < 0 {
				end = len(rest)
			}
			val, rest = strings.TrimSpace(rest[:end]), rest[end:]
		}
		if name == "" {
			continue
		}
		if star := strings.IndexByte(name, '*'); star >= 0 {
			sec := paramSection{name: name[:star], value: val}
			spec := name[star+1:]
			if strings.HasSuffix(spec, "*") {
				sec.ext = true
				spec = spec[:len(spec)-1]
			}
			if spec == "" && !sec.ext {
				sec.ext = true // "name*=" is extended
			}
			if spec != "" {
				n, err := strconv.Atoi(spec)
				if err != nil || n < 0 || n > 999 {
					continue
				}
				sec.index = n
			}
			if len(sections) < 256 {
				sections = append(sections, sec)
			}
			continue
		}
		if name == "boundary" && mt.boundary == "" {
			mt.boundary = val
		}
		if mt.params == nil {
			mt.params = make(map[string]string, 2)
		}
		if _, dup := mt.params[name]; !dup {
			mt.params[name] = decodeParam(name, val, rawGuess, r)
		}
	}
	if len(sections) > 0 {
		if mt.params == nil {
			mt.params = make(map[string]string, 2)
		}
		joinSections(sections, mt.params, r)
	}
	return mt
}

// validMediaValue reports whether v is a plausible type/subtype or
// disposition token.
func validMediaValue(v string) bool {
	if v == "" {
		return false
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case strings.IndexByte("!#$%&'*+-.^_`|~/", c) >= 0:
		default:
			return false
		}
	}
	return true
}

// quotedString reads a quoted string at the start of s (s[0] == '"') and
// returns its unescaped contents and what follows. An unterminated string
// runs to the end.
func quotedString(s string) (string, string) {
	end, escaped := -1, false
	for i := 1; i < len(s); i++ {
		if s[i] == '\\' {
			escaped = true
			i++
			continue
		}
		if s[i] == '"' {
			end = i
			break
		}
	}
	body, rest := s[1:], ""
	if end >= 0 {
		body, rest = s[1:end], s[end+1:]
	}
	if !escaped {
		return body, rest
	}
	b := make([]byte, 0, len(body))
	for i := 0; i < len(body); i++ {
		if body[i] == '\\' && i+1 < len(body) {
			i++
		}
		b = append(b, body[i])
	}
	return string(b), rest
}

// decodeParam decodes a plain parameter value: RFC 2047 words (common in
// name= and filename=) and raw 8-bit bytes. The boundary is kept as is.
func decodeParam(name, val string, rawGuess *charset, r *wordReport) string {
	if name == "boundary" {
		return val
	}
	return decodeWords(val, rawGuess, r)
}

// joinSections assembles RFC 2231 parameters from their sections and stores
// them in params, replacing plain values of the same name.
func joinSections(secs []paramSection, params map[string]string, r *wordReport) {
	slices.SortStableFunc(secs, func(a, b paramSection) int {
		if c := strings.Compare(a.name, b.name); c != 0 {
			return c
		}
		return a.index - b.index
	})
	for i := 0; i < len(secs); {
		j := i
		for j < len(secs) && secs[j].name == secs[i].name {
			j++
		}
		var buf []byte
		label := ""
		for k := i; k < j; k++ {
			s := secs[k]
			if k > i && s.index == secs[k-1].index {
				continue // duplicate section
			}
			v := s.value
			if s.ext && k == i {
				// charset'language'value
				if a := strings.IndexByte(v, '\''); a >= 0 {
					if b := strings.IndexByte(v[a+1:], '\''); b >= 0 {
						label = v[:a]
						v = v[a+1+b+1:]
					}
				}
			}
			if s.ext {
				buf = percentDecode(buf, v)
			} else {
				buf = append(buf, v...)
			}
		}
		var val string
		if label == "" && !has8bit(buf) {
			val = decodeWords(string(buf), nil, r)
		} else {
			cs, fk, detail := chooseCharset(buf, label)
			if fk == FactCharsetMismatch && r.mismatch == "" {
				r.mismatch = detail
			}
			val = string(decodeTo(nil, buf, cs))
		}
		params[secs[i].name] = val
		i = j
	}
}

// percentDecode appends the %XX-decoding of s to dst; broken escapes are
// kept as written.
func percentDecode(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '%' && i+2 < len(s) {
			if h, ok := unhex(s[i+1]); ok {
				if l, ok := unhex(s[i+2]); ok {
					dst = append(dst, h<<4|l)
					i += 2
					continue
				}
			}
		}
		dst = append(dst, c)
	}
	return dst
}
