package tokenizer

import (
	"strconv"
	"strings"

	"github.com/mizugiwa/mizugiwa/message"
)

// Limits on the header and structure tokens of one message.
const (
	maxHeaderNames = 100 // header fields whose names become "hdr:" tokens
	maxReceived    = 10  // Received fields read
	maxLinks       = 300 // links from HTML read
	maxPartTokens  = 100 // parts whose type, charset and encoding are read
)

// Message returns the tokens of m: header tokens first, then tokens of the
// MIME structure, attachments, facts and links, then the words of every
// text part. Unless Options.KeepDuplicates is set each token appears once;
// there are at most Options.MaxTokens of them. m may be nil.
func (t *Tokenizer) Message(m *message.Message) []string {
	if m == nil {
		return nil
	}
	st := t.get()
	defer t.put(st)
	st.out = make([]string, 0, 256)
	st.limit = t.opts.MaxTokens
	st.headers(m.Header)
	st.structure(m)
	for _, p := range m.Parts {
		if st.full() {
			break
		}
		if p != nil && p.IsText {
			st.text("", p.Text)
		}
	}
	return st.out
}

// headerRule says how one header field becomes tokens.
type headerRule struct {
	name   string // field name, case-insensitive
	prefix string // token prefix
	kind   headerKind
}

type headerKind int

const (
	hText      headerKind = iota // words, tokenized like body text
	hFrom                        // display name words, address host and domain
	hDomain                      // address host and domain
	hCount                       // number of addresses, bucketed
	hMailer                      // mail program family and name
	hMessageID                   // domain after '@'
	hReceived                    // hosts and IP /24s
)

// headerRules is the whole of the header-token design: which fields become
// tokens and how. Every field name also becomes "hdr:<name>", and the
// absence of the fields in headerExpected becomes "hdr:no:<name>".
var headerRules = [...]headerRule{
	{"Subject", "subj:", hText},
	{"From", "from:", hFrom},
	{"Reply-To", "replyto:", hDomain},
	{"Return-Path", "rpath:", hDomain},
	{"Sender", "sender:", hDomain},
	{"To", "to:", hCount},
	{"Cc", "cc:", hCount},
	{"X-Mailer", "xmailer:", hMailer},
	{"User-Agent", "xmailer:", hMailer},
	{"Message-ID", "msgid:", hMessageID},
	{"Received", "rcvd:", hReceived},
	{"Organization", "org:", hText},
}

// headerExpected lists the fields whose absence is telling.
var headerExpected = [...]string{"date", "from", "message-id", "mime-version", "subject", "to"}

// headers emits the header tokens, in one pass over the fields.
func (st *state) headers(h message.Header) {
	var present [len(headerExpected)]bool
	var seen [len(headerRules)]bool
	var counts [len(headerRules)]int
	fromDom, replyDom := "", ""
	for i, f := range h {
		if i < maxHeaderNames {
			st.key = append(st.key[:0], "hdr:"...)
			if isFieldName(f.Name) {
				st.key = appendFold(st.key, f.Name)
			} else {
				st.key = append(st.key, "odd"...)
			}
			st.commit()
		}
		for k, e := range headerExpected {
			if len(e) == len(f.Name) && strings.EqualFold(e, f.Name) {
				present[k] = true
			}
		}
		ri := -1
		for k := range headerRules {
			if n := headerRules[k].name; len(n) == len(f.Name) && strings.EqualFold(n, f.Name) {
				ri = k
				break
			}
		}
		if ri < 0 {
			continue
		}
		r := &headerRules[ri]
		counts[ri]++
		switch r.kind {
		case hCount:
			// Every To and Cc field counts.
			counts[ri] += countAddresses(f.Value) - 1
			seen[ri] = true
			continue
		case hReceived:
			if counts[ri] <= maxReceived {
				st.received(r.prefix, f.Value)
			}
			seen[ri] = true
			continue
		}
		if seen[ri] {
			continue // only the first of the other fields
		}
		seen[ri] = true
		v := f.Value
		switch r.kind {
		case hText:
			if strings.TrimSpace(v) == "" {
				st.emit(r.prefix, "empty")
			}
			st.text(r.prefix, v)
		case hFrom:
			fromDom = st.from(r.prefix, v)
		case hDomain:
			_, addr := splitAddress(v)
			d := st.addrDomain(r.prefix, addr)
			if r.name == "Reply-To" {
				replyDom = d
			}
		case hMailer:
			st.mailer(r.prefix, v)
		case hMessageID:
			v = strings.Trim(strings.TrimSpace(v), "<>")
			if k := strings.LastIndexByte(v, '@'); k >= 0 {
				st.host(r.prefix, "", strings.TrimSpace(v[k+1:]))
			} else {
				st.emit(r.prefix, "noat")
			}
		}
	}
	for k, e := range headerExpected {
		if !present[k] {
			st.emit("hdr:no:", e)
		}
	}
	for k := range headerRules {
		if r := &headerRules[k]; seen[k] && (r.kind == hCount || r.kind == hReceived) {
			st.emit3(r.prefix, "count:", bucket(counts[k]))
		}
	}
	if replyDom != "" && fromDom != "" && replyDom != fromDom {
		st.emit("replyto:", "differs")
	}
}

// isFieldName reports whether name is a plausible header field name.
func isFieldName(name string) bool {
	if name == "" || len(name) > 40 {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i] | 0x20
		if !(c >= 'a' && c <= 'z') && !isDigit(name[i]) && name[i] != '-' && name[i] != '_' {
			return false
		}
	}
	return true
}

// bucket returns a small count as itself and larger ones as a range.
func bucket(n int) string {
	switch {
	case n <= 3:
		return strconv.Itoa(n)
	case n <= 5:
		return "4-5"
	case n <= 10:
		return "6-10"
	case n <= 50:
		return "11-50"
	}
	return "51+"
}

// from emits the tokens of a From field and returns the registrable
// domain of its address ("" if none).
func (st *state) from(prefix, v string) string {
	name, addr := splitAddress(v)
	if name == "" {
		st.emit(prefix, "noname")
	} else {
		if strings.IndexByte(name, '@') >= 0 {
			st.emit(prefix, "name:hasaddr")
		}
		st.text(prefix+"name:", name)
	}
	return st.addrDomain(prefix, addr)
}

// addrDomain emits prefix+"host:" and prefix+"dom:" for the domain of the
// address addr and returns the registrable domain.
func (st *state) addrDomain(prefix, addr string) string {
	k := strings.LastIndexByte(addr, '@')
	if k < 0 {
		if addr == "" {
			st.emit(prefix, "noaddr")
		} else {
			st.emit(prefix, "noat")
		}
		return ""
	}
	return st.host(prefix, "", strings.TrimSpace(addr[k+1:]))
}

// splitAddress splits the first address of an address header into its
// display name and its address, leniently: spam does not follow RFC 5322.
func splitAddress(v string) (name, addr string) {
	v = strings.TrimSpace(v)
	if lt := strings.LastIndexByte(v, '<'); lt >= 0 {
		gt := strings.IndexByte(v[lt:], '>')
		if gt < 0 {
			gt = len(v) - lt
		}
		addr = strings.TrimSpace(v[lt+1 : lt+gt])
		name = v[:lt]
		if lt+gt+1 < len(v) {
			name += " " + v[lt+gt+1:]
		}
	} else {
		// addr (Name), or a bare address.
		rest := v
		if k := strings.IndexByte(v, '('); k >= 0 {
			rest = v[:k]
			name = strings.TrimRight(v[k+1:], ") ")
		}
		for _, f := range strings.Fields(rest) {
			if strings.IndexByte(f, '@') >= 0 {
				addr = f
			} else {
				name += " " + f
			}
		}
	}
	name = strings.TrimSpace(name)
	name = strings.Trim(name, `"' `)
	return strings.TrimSpace(name), addr
}

// countAddresses counts the '@' signs outside quoted strings of an address
// list: the number of addresses, closely enough.
func countAddresses(v string) int {
	n := 0
	quoted := false
	for i := 0; i < len(v); i++ {
		switch v[i] {
		case '"':
			quoted = !quoted
		case '\\':
			i++
		case '@':
			if !quoted {
				n++
			}
		}
	}
	return n
}

// mailerFamilies maps a substring of a lower-cased X-Mailer or User-Agent
// to the family of mail programs it names.
var mailerFamilies = [...]struct{ sub, family string }{
	{"outlook", "outlook"},
	{"microsoft", "microsoft"},
	{"thunderbird", "thunderbird"},
	{"mozilla", "mozilla"},
	{"apple mail", "applemail"},
	{"iphone mail", "applemail"},
	{"becky", "becky"},
	{"sylpheed", "sylpheed"},
	{"claws", "sylpheed"},
	{"mutt", "mutt"},
	{"evolution", "evolution"},
	{"kmail", "kmail"},
	{"gnus", "gnus"},
	{"pine", "pine"},
	{"eudora", "eudora"},
	{"datula", "datula"},
	{"shuriken", "shuriken"},
	{"al-mail", "almail"},
	{"edmax", "edmax"},
	{"php", "php"},
	{"perl", "perl"},
	{"python", "python"},
	{"java", "java"},
	{"roundcube", "webmail"},
	{"squirrelmail", "webmail"},
	{"horde", "webmail"},
}

// mailer emits the family of a mail program ("xmailer:outlook") and its
// name with versions and punctuation removed ("xmailer:name:microsoft-outlook-express").
func (st *state) mailer(prefix, v string) {
	lv := strings.ToLower(v)
	found := false
	for _, f := range mailerFamilies {
		if strings.Contains(lv, f.sub) {
			st.emit(prefix, f.family)
			found = true
			break
		}
	}
	if !found {
		st.emit(prefix, "other")
	}
	// The name: up to three letters-only words.
	var words []string
	for _, w := range strings.FieldsFunc(lv, func(r rune) bool { return !(r >= 'a' && r <= 'z') }) {
		if len(w) < 2 {
			continue
		}
		if len(w) > 20 || len(words) == 3 {
			break
		}
		words = append(words, w)
	}
	if len(words) > 0 {
		st.emit3(prefix, "name:", strings.Join(words, "-"))
	}
}

// received emits the host names and IP /24s of one Received field, up to
// its ';' (the date) and skipping the addresses of its "for" clause.
func (st *state) received(prefix, v string) {
	if k := strings.LastIndexByte(v, ';'); k >= 0 {
		v = v[:k]
	}
	if len(v) > 1024 {
		v = v[:1024]
	}
	for i := 0; i < len(v); {
		for i < len(v) && isReceivedSep(v[i]) {
			i++
		}
		j := i
		for j < len(v) && !isReceivedSep(v[j]) {
			j++
		}
		f := v[i:j]
		i = j
		if f == "" || strings.IndexByte(f, '@') >= 0 {
			continue
		}
		f = strings.TrimSuffix(f, ".")
		switch {
		case isIPv4(f):
			st.emit3(prefix, "ip:", f[:strings.LastIndexByte(f, '.')])
		case strings.IndexByte(f, '.') > 0 && len(f) <= 253 && isHostName(strings.ToLower(f)) && knownTLD(strings.ToLower(f)):
			st.host(prefix, "", f)
		case strings.EqualFold(f, "unknown"):
			st.emit(prefix, "unknown")
		}
	}
}

// isReceivedSep reports whether c separates the words of a Received field.
func isReceivedSep(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '\n', '(', ')', '[', ']', '<', '>', ',':
		return true
	}
	return false
}

// structure emits the tokens of the MIME structure, attachments, facts and
// links of m.
func (st *state) structure(m *message.Message) {
	st.emit3("mime:", "parts:", bucket(len(m.Parts)))
	texts, images := 0, 0
	hasForm := false
	for i, p := range m.Parts {
		if p == nil {
			continue
		}
		if i < maxPartTokens {
			st.part(p)
			if p.IsHTML && st.opts.HTMLTags {
				st.html(p)
			}
		}
		if p.IsText && strings.TrimSpace(p.Text) != "" {
			texts++
		}
		images += len(p.Images)
		for _, l := range p.Links {
			if l.Kind == message.LinkAction {
				hasForm = true
			}
		}
	}
	if texts == 0 {
		st.emit("body:", "notext")
	}
	if images > 0 {
		st.emit3("html:", "img:", bucket(images))
	}
	if hasForm {
		st.emit("html:", "form")
	}
	for _, f := range m.Facts {
		if isFieldName(string(f.Kind)) {
			st.emit("fact:", string(f.Kind))
		}
	}
	links := 0
	for _, p := range m.Parts {
		if p == nil {
			continue
		}
		for _, l := range p.Links {
			if links >= maxLinks || st.full() {
				return
			}
			links++
			st.url("", strings.TrimSpace(l.URL))
		}
	}
}

// part emits the type, charset and encoding of one part, and for an
// attachment its file name's extension and words.
func (st *state) part(p *message.Part) {
	if ct := p.ContentType; ct != "" {
		if isMediaType(ct) {
			st.emit("ct:", ct)
		} else {
			st.emit("ct:", "odd")
		}
	}
	if p.IsText || strings.HasPrefix(p.ContentType, "text/") {
		switch cs := p.DeclaredCharset; {
		case cs == "":
			st.emit("charset:", "none")
		case isMediaType(cs):
			st.emit("charset:", cs)
		default:
			st.emit("charset:", "odd")
		}
	}
	if enc := p.Encoding; enc != "" {
		if isMediaType(enc) {
			st.emit("cte:", enc)
		} else {
			st.emit("cte:", "odd")
		}
	}
	if !p.IsAttachment {
		return
	}
	name := strings.TrimSpace(p.Filename)
	if name == "" {
		st.emit("att:", "noname")
		return
	}
	if k := strings.LastIndexAny(name, `/\`); k >= 0 {
		name = name[k+1:]
	}
	stem, ext := splitExt(name)
	switch {
	case ext == "":
		st.emit("att:ext:", "none")
	case len(ext) <= 10 && isFieldName(strings.ToLower(ext)):
		st.emit("att:ext:", strings.ToLower(ext))
		if _, ext2 := splitExt(stem); ext2 != "" && len(ext2) <= 5 && isFieldName(strings.ToLower(ext2)) {
			st.emit3("att:ext2:", strings.ToLower(ext2)+".", strings.ToLower(ext))
		}
	default:
		st.emit("att:ext:", "odd")
	}
	st.text("att:name:", stem)
}

// splitExt splits a file name at its last dot.
func splitExt(name string) (stem, ext string) {
	k := strings.LastIndexByte(name, '.')
	if k <= 0 || k == len(name)-1 {
		return name, ""
	}
	return name[:k], name[k+1:]
}

// isMediaType reports whether s (lower case) is made of the characters of
// a media type, charset or encoding name, and not too long.
func isMediaType(s string) bool {
	if s == "" || len(s) > 80 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z') && !isDigit(c) && strings.IndexByte("-_.+/:", c) < 0 {
			return false
		}
	}
	return true
}
