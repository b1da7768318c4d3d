package message

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// AuthResults is one Authentication-Results field (RFC 8601): what a
// receiving server, named by its authserv-id, found when it checked the
// message's sender (SPF, DKIM, DMARC ...). Anyone can write such a field,
// so it means something only when the authserv-id is one's own server's.
type AuthResults struct {
	// ServID is the authserv-id, in lower case.
	ServID string
	// Results are the methods' results, in field order; none for a field
	// that says "none".
	Results []AuthResult
}

// AuthResult is one method's result.
type AuthResult struct {
	// Method is the method name in lower case ("spf", "dkim", "dmarc").
	Method string
	// Result is its result in lower case ("pass", "fail", "softfail",
	// "neutral", "none", "temperror", "permerror", "policy" ...).
	Result string
	// Props are the properties the result is about, by "ptype.property"
	// in lower case ("header.from", "header.d", "smtp.mailfrom"), with
	// their values as written. Reason is left out.
	Props map[string]string
}

// Prop returns the value of property key ("header.from"), "" if absent.
func (r AuthResult) Prop(key string) string { return r.Props[key] }

// maxAuthResults bounds the results read from one field.
const maxAuthResults = 64

// ParseAuthResults parses the value of an Authentication-Results field.
// Comments are dropped and names are folded to lower case. A field whose
// authserv-id is missing, or any of whose results is not "method=result",
// is refused: a field that cannot be read whole is not to be trusted in
// part.
func ParseAuthResults(v string) (AuthResults, error) {
	var ar AuthResults
	parts, err := splitAuthResults(v)
	if err != nil {
		return ar, err
	}
	head := strings.Fields(parts[0])
	if len(head) == 0 {
		return ar, errors.New("authentication-results: no authserv-id")
	}
	if len(head) > 2 || len(head) == 2 && !allDigits(head[1]) {
		return ar, fmt.Errorf("authentication-results: %q is not an authserv-id and a version", parts[0])
	}
	id, err := unquote(head[0])
	if err != nil || id == "" {
		return ar, fmt.Errorf("authentication-results: authserv-id %q is not a value", head[0])
	}
	ar.ServID = strings.ToLower(id)
	rest := parts[1:]
	if len(rest) == 1 && strings.EqualFold(strings.TrimSpace(rest[0]), "none") {
		return ar, nil
	}
	for _, p := range rest {
		if strings.TrimSpace(p) == "" {
			continue // a trailing ";"
		}
		if len(ar.Results) == maxAuthResults {
			return ar, fmt.Errorf("authentication-results: more than %d results", maxAuthResults)
		}
		r, err := parseResInfo(p)
		if err != nil {
			return ar, err
		}
		ar.Results = append(ar.Results, r)
	}
	return ar, nil
}

// splitAuthResults drops comments and splits v at the semicolons outside
// quoted strings.
func splitAuthResults(v string) ([]string, error) {
	var parts []string
	var b strings.Builder
	depth := 0
	quoted := false
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c == '\\' && (quoted || depth > 0):
			if i+1 < len(v) {
				i++
				if quoted {
					b.WriteByte(c)
					b.WriteByte(v[i])
				}
			}
		case depth > 0:
			switch c {
			case '(':
				depth++
			case ')':
				depth--
			}
		case quoted:
			b.WriteByte(c)
			if c == '"' {
				quoted = false
			}
		case c == '"':
			b.WriteByte(c)
			quoted = true
		case c == '(':
			depth++
			b.WriteByte(' ')
		case c == ';':
			parts = append(parts, b.String())
			b.Reset()
		case c == '\r' || c == '\n' || c == '\t':
			b.WriteByte(' ')
		default:
			b.WriteByte(c)
		}
	}
	if quoted {
		return nil, errors.New("authentication-results: unterminated quoted string")
	}
	if depth > 0 {
		return nil, errors.New("authentication-results: unterminated comment")
	}
	return append(parts, b.String()), nil
}

// parseResInfo parses "method[/version]=result [reason=...] [ptype.prop=value ...]".
func parseResInfo(p string) (AuthResult, error) {
	var r AuthResult
	words, err := authWords(p)
	if err != nil {
		return r, err
	}
	if len(words) == 0 {
		return r, fmt.Errorf("authentication-results: empty result in %q", strings.TrimSpace(p))
	}
	method, result, ok := strings.Cut(words[0], "=")
	method, _, _ = strings.Cut(method, "/")
	if !ok || !isAuthToken(method) || !isAuthToken(result) {
		return r, fmt.Errorf("authentication-results: %q is not method=result", words[0])
	}
	r.Method, r.Result = strings.ToLower(method), strings.ToLower(result)
	for _, w := range words[1:] {
		k, val, ok := strings.Cut(w, "=")
		if !ok || k == "" {
			return r, fmt.Errorf("authentication-results: %q in the %s result is not name=value", w, r.Method)
		}
		k = strings.ToLower(k)
		if k == "reason" {
			continue
		}
		if !strings.Contains(k, ".") {
			return r, fmt.Errorf("authentication-results: %q in the %s result is not ptype.property", k, r.Method)
		}
		uv, err := unquote(val)
		if err != nil {
			return r, fmt.Errorf("authentication-results: %s: %w", k, err)
		}
		if r.Props == nil {
			r.Props = map[string]string{}
		}
		if _, dup := r.Props[k]; !dup {
			r.Props[k] = uv
		}
	}
	return r, nil
}

// authWords splits a result into "name=value" words: blanks separate
// words, except around '=' and inside quoted strings.
func authWords(p string) ([]string, error) {
	var words []string
	var b strings.Builder
	quoted := false
	flush := func() {
		if b.Len() > 0 {
			words = append(words, b.String())
			b.Reset()
		}
	}
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case quoted:
			b.WriteByte(c)
			if c == '\\' && i+1 < len(p) {
				i++
				b.WriteByte(p[i])
			} else if c == '"' {
				quoted = false
			}
		case c == '"':
			b.WriteByte(c)
			quoted = true
		case c == ' ':
			// Blanks before or after '=' join the two sides.
			j := i
			for j < len(p) && p[j] == ' ' {
				j++
			}
			if j < len(p) && p[j] == '=' || b.Len() > 0 && strings.HasSuffix(b.String(), "=") {
				i = j - 1
				continue
			}
			flush()
		default:
			b.WriteByte(c)
		}
	}
	if quoted {
		return nil, errors.New("authentication-results: unterminated quoted string")
	}
	flush()
	return words, nil
}

// unquote returns a quoted-string's content, or a token as it is.
func unquote(s string) (string, error) {
	if len(s) < 2 || s[0] != '"' {
		if strings.ContainsRune(s, '"') {
			return "", fmt.Errorf("stray quote in %q", s)
		}
		return s, nil
	}
	if s[len(s)-1] != '"' {
		return "", fmt.Errorf("text after the quoted string %q", s)
	}
	var b strings.Builder
	for i := 1; i < len(s)-1; i++ {
		c := s[i]
		if c == '\\' && i+1 < len(s)-1 {
			i++
			c = s[i]
		} else if c == '"' || c == '\\' {
			return "", fmt.Errorf("bad quoted string %q", s)
		}
		b.WriteByte(c)
	}
	return b.String(), nil
}

// isAuthToken reports whether s is a method or result name: letters,
// digits, '-' and '_'.
func isAuthToken(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if !(c >= 'a' && c <= 'z') && !(s[i] >= '0' && s[i] <= '9') && s[i] != '-' && s[i] != '_' {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// String writes r back as a field value, results in order, properties
// by name.
func (ar AuthResults) String() string {
	var b strings.Builder
	b.WriteString(quoteIfNeeded(ar.ServID))
	if len(ar.Results) == 0 {
		b.WriteString("; none")
	}
	for _, r := range ar.Results {
		b.WriteString("; ")
		b.WriteString(r.Method)
		b.WriteByte('=')
		b.WriteString(r.Result)
		keys := make([]string, 0, len(r.Props))
		for k := range r.Props {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			b.WriteByte(' ')
			b.WriteString(k)
			b.WriteByte('=')
			b.WriteString(quoteIfNeeded(r.Props[k]))
		}
	}
	return b.String()
}

// quoteIfNeeded returns s as a token when it can be one, else quoted.
func quoteIfNeeded(s string) string {
	plain := s != ""
	for i := 0; i < len(s) && plain; i++ {
		c := s[i]
		plain = c > ' ' && c < 0x7f && !strings.ContainsRune(`()<>,;:\"[]?=`, rune(c))
	}
	if plain {
		return s
	}
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		if s[i] == '"' || s[i] == '\\' {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	b.WriteByte('"')
	return b.String()
}
