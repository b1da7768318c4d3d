package tokenizer

import (
	"net/mail"
	"net/netip"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/mizugiwa/mizugiwa/message"
	"golang.org/x/net/publicsuffix"
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
// text part but the footers a mailing list appended (listFooterStart).
// Unless Options.KeepDuplicates is set each token appears once; there are
// at most Options.MaxTokens of them. m may be nil.
func (t *Tokenizer) Message(m *message.Message) []string {
	if m == nil {
		return nil
	}
	st := t.get()
	defer t.put(st)
	st.out = make([]string, 0, 256)
	st.limit = t.opts.MaxTokens
	list := isListMail(m.Header)
	st.headers(m.Header, list)
	st.structure(m)
	marks := listMarks
	if list {
		marks = listMailMarks
	}
	for _, p := range m.Parts {
		if st.full() {
			break
		}
		if p != nil && p.IsText {
			st.text("", p.Text[:listFooterStart(p.Text, marks)])
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
	hDate                        // the shape of the value and its zone
	hShape                       // the shape of the value
)

// headerRules is the whole of the header-token design: which fields become
// tokens and how. Every field name also becomes "hdr:<name>", and the
// absence of the fields in headerExpected becomes "hdr:no:<name>". Each
// four fields the sender wrote one after the other become
// "hdrseq:<a>><b>><c>><d>" ("hdrseq:^>date", "hdrseq:^>date>from" and
// "hdrseq:^>date>from>to" for the first three): a mail program writes its
// fields in an order of its own, and a bulk mailer's program keeps it from
// campaign to campaign while the words change. The fields receiving servers
// add (transitField) are left out of that order. On the SpamAssassin
// split's training half (5 blocked folds, Bayes alone) three in a row
// ranked better than two (1-ROCA% 0.315 to 0.297, recall at FP <= 0.1%
// 79.2% to 80.4%), and, once mailing-list footers were left out of the
// text, four better than three (0.279 to 0.264, 81.2% to 82.6%). Fours and
// threes at once counted one fact many times: a newsletter whose fields a
// spam program writes in that order rose to the top of the ham.
var headerRules = [...]headerRule{
	{"Subject", "subj:", hText},
	{"From", "from:", hFrom},
	{"Reply-To", "replyto:", hDomain},
	{"Return-Path", "rpath:", hDomain},
	{"To", "to:", hCount},
	{"Cc", "cc:", hCount},
	{"X-Mailer", "xmailer:", hMailer},
	{"User-Agent", "xmailer:", hMailer},
	{"Message-ID", "msgid:", hMessageID},
	{"Received", "rcvd:", hReceived},
	{"Organization", "org:", hText},
	{"Date", "date:", hDate},
	{"Content-Type", "ctype:", hShape},
}

// ignoredField reports whether a header field says nothing about the
// sender and is left out of the tokens altogether, name included. These are
// the fields that are added after the sender handed the message on, or that
// describe a mailing list rather than the mail:
//   - delivery and mailbox annotations (Delivered-To, Delivery-Date,
//     Envelope-To, X-Original-To, Status, X-Status, X-Keywords, X-UID,
//     Content-Length, Lines, ...): a filter sees the message before
//     delivery, so these never exist when it classifies, and in stored
//     mail they describe the mailbox;
//   - mailing-list management (List-*, X-Mailman-Version, X-BeenThere,
//     Sender, Errors-To, Precedence, ...; listField; and the Return-Path
//     when it is the list's bounce address, listBounce) on mail from a
//     discussion list (list says so, isListMail): a list that carries ham
//     also carries the spam that gets through it, so the list's marks would
//     be taken for signs of ham. On other mail the same fields are the
//     sender's: a newsletter's or a bulk mailer's program writes them;
//   - verdicts of other filters (X-Spam-*, X-Virus-*, X-MailScanner*...):
//     learning them would learn the other filter, not the mail;
//   - resent and gatewayed copies (Resent-*, Original-*, X-Original-*).
//
// SpamAssassin's Bayes and SpamBayes leave out the same groups for the
// same reasons: a collection whose ham and spam arrived by different paths
// (or at different times) otherwise teaches those paths instead of spam.
// Keeping the list-management fields of mail that no discussion list
// carried ranked the SpamAssassin split's training half better (5 blocked
// folds, Bayes alone: 1-ROCA% 0.264 to 0.236, recall at FP <= 0.1% 82.6%
// to 83.4%).
func ignoredField(name string, list bool) bool {
	var buf [40]byte
	if len(name) > len(buf) {
		return false
	}
	n := buf[:len(name)]
	for i := 0; i < len(name); i++ {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		n[i] = c
	}
	k := string(n)
	if _, ok := ignoredFields[k]; ok {
		return true
	}
	for _, p := range ignoredPrefixes {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return list && listField(k)
}

// listField reports whether the lower-case field name k is one of the
// fields of mailing-list management.
func listField(k string) bool {
	_, ok := listFields[k]
	return ok || strings.HasPrefix(k, "list-")
}

var ignoredFields = map[string]struct{}{
	"delivered-to": {}, "delivery-date": {}, "envelope-to": {}, "x-envelope-to": {},
	"x-envelope-from": {}, "x-original-to": {}, "x-delivery-agent": {},
	"status": {}, "x-status": {}, "x-keywords": {}, "x-uid": {}, "x-uidl": {},
	"x-imapbase": {}, "x-flags": {}, "replied": {}, "forwarded": {},
	"content-length": {}, "lines": {}, "xref": {}, "x-gnus-mail-source": {},
	"x-mozilla-status": {}, "x-mozilla-status2": {}, "x-mozilla-keys": {},
	"x-mime-autoconverted": {}, "x-converted-to-plain-text": {},
	"x-rbl-warning": {}, "x-antispam": {}, "x-scanned-by": {}, "x-scanner": {},
	"x-filtered-by": {}, "x-bogosity": {}, "x-pyzor": {}, "x-perlmx-spam": {},
	"x-smtpd": {}, "spam": {}, "x-mass-check-id": {}, "x-mdaemon-deliver-to": {},
	"content-class": {}, "thread-index": {}, "thread-topic": {}, "x-originalarrivaltime": {},
	"old-subject": {}, "x-original-date": {},
}

// listBounce reports whether addr, the envelope sender (Return-Path) of a
// discussion list's mail, is the list's own bounce address: the address its
// software also wrote as Sender or Errors-To. The envelope sender is then
// the list's, like those fields, and says nothing of who wrote the message:
// learned from the list's ham, it made the spam the list passed on look
// like ham. Only an exact match counts, so a poster's own envelope sender
// stays a token.
func listBounce(h message.Header, addr string) bool {
	if addr == "" {
		return false
	}
	for _, f := range h {
		if !strings.EqualFold(f.Name, "Sender") && !strings.EqualFold(f.Name, "Errors-To") {
			continue
		}
		if _, a := splitAddress(f.Value); strings.EqualFold(a, addr) {
			return true
		}
	}
	return false
}

// listFields are the fields of mailing-list management besides List-*.
var listFields = map[string]struct{}{
	"sender": {}, "x-sender": {}, "errors-to": {}, "precedence": {},
	"x-beenthere": {}, "x-mailman-version": {}, "x-loop": {}, "mail-followup-to": {},
	"mailing-list": {}, "x-mailing-list": {}, "x-list": {}, "x-unsubscribe": {},
	"x-unsub": {}, "x-egroups-return": {}, "x-egroups-from": {}, "x-mdmailing-list": {},
	"x-xemacs-list": {}, "x-list-admin": {}, "x-unsubscription-info": {},
	"x-acceptable-languages": {}, "x-precedence-ref": {}, "approved-by": {},
}

var ignoredPrefixes = [...]string{
	"x-spam", "x-virus", "x-mailscanner", "x-dcc-", "x-spamcop-",
	"resent-", "x-resent-", "original-", "x-original-", "x-vm-", "x-bugzilla-",
	"x-ap-spam-", "x-ripe-spam-",
}

// transitField reports whether a header field is one that servers add on
// the way (trace and authentication results), not the sender's program.
func transitField(name string) bool {
	for _, t := range [...]string{"received", "x-received", "return-path", "received-spf", "authentication-results", "arc-seal", "arc-message-signature", "arc-authentication-results"} {
		if len(name) == len(t) && strings.EqualFold(name, t) {
			return true
		}
	}
	return false
}

// headerExpected lists the fields whose absence is telling.
var headerExpected = [...]string{"date", "from", "message-id", "mime-version", "subject", "to"}

// headers emits the header tokens, in one pass over the fields.
func (st *state) headers(h message.Header, list bool) {
	var present [len(headerExpected)]bool
	var seen [len(headerRules)]bool
	var counts [len(headerRules)]int
	fromDom, replyDom := "", ""
	prev3, prev2, prev := "", "", "^" // the last three fields in the sender's order
	oldest := ""                      // the last Received field: the oldest hop
	st.rcvd = st.rcvd[:0]
	own := 0               // the fields the sender's program wrote
	date, newest := "", "" // the Date, and the date of the newest Received field
	for i, f := range h {
		if ignoredField(f.Name, list) {
			continue
		}
		if !transitField(f.Name) {
			own++
		}
		if i < maxHeaderNames {
			name := f.Name
			if !isFieldName(name) {
				name = "odd"
			}
			st.key = appendFold(append(st.key[:0], "hdr:"...), name)
			st.commit()
			if !transitField(name) {
				st.key = append(st.key[:0], "hdrseq:"...)
				for _, p := range [...]string{prev3, prev2} {
					if p != "" {
						st.key = append(appendFold(st.key, p), '>')
					}
				}
				st.key = appendFold(append(appendFold(st.key, prev), '>'), name)
				st.commit()
				prev3, prev2, prev = prev2, prev, name
			}
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
				st.rcvd = append(st.rcvd, f.Value)
			}
			if k := strings.LastIndexByte(f.Value, ';'); k >= 0 && newest == "" {
				newest = f.Value[k+1:]
			}
			oldest = f.Value
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
			if list && r.prefix == "rpath:" && listBounce(h, addr) {
				continue
			}
			d := st.addrDomain(r.prefix, addr)
			if r.name == "Reply-To" {
				replyDom = d
			}
		case hMailer:
			st.mailer(r.prefix, v)
		case hShape:
			st.emit3(r.prefix, "shape:", fieldShape(strings.TrimSpace(v), maxCTypeShape))
		case hDate:
			date = v
			st.emit3(r.prefix, "shape:", fieldShape(strings.TrimSpace(v), maxDateShape))
			if z := dateZone(v); z != "" {
				st.emit3(r.prefix, "zone:", z)
			}
		case hMessageID:
			v = strings.Trim(strings.TrimSpace(v), "<>")
			if k := strings.LastIndexByte(v, '@'); k >= 0 {
				st.emit3(r.prefix, "shape:", fieldShape(v[:k], maxMsgIDShape))
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
	if sk := dateSkew(date, newest); sk != "" {
		st.emit3("date:", "skew:", sk)
	}
	// How many fields the sender's program wrote, in twos ("hdr:count:8"
	// for 8 or 9, "hdr:count:30" for 30 or more): spam programs write few
	// and the same few, mail programs and list servers more. On the
	// SpamAssassin split's training half (Bayes alone) recall at FP <= 0.1%
	// went 84.4% to 84.6% with 5 blocked folds and 86.2% to 86.8% with 10,
	// 1-ROCA% the same; the Japanese starter mail 1.464 to 1.461.
	st.emit3("hdr:", "count:", strconv.Itoa(min(own, 30)/2*2))
	for k := range headerRules {
		if r := &headerRules[k]; seen[k] && r.kind == hCount {
			st.emit3(r.prefix, "count:", bucket(counts[k]))
		}
	}
	st.received("rcvd:", st.rcvd)
	if oldest != "" {
		st.emit3("rcvd:", "shape:", fieldShape(strings.TrimSpace(oldest), maxRcvdShape))
	}
	if replyDom != "" && fromDom != "" && replyDom != fromDom {
		st.emit("replyto:", "differs")
	}
}

// Bounds on the shape tokens of Date, of the Message-ID's local part, of
// the message's Content-Type (with the MIME boundary a program makes up), of
// the oldest Received field and of the mail program's name and version.
const (
	maxDateShape   = 40
	maxMsgIDShape  = 24
	maxCTypeShape  = 60
	maxRcvdShape   = 50
	maxMailerShape = 40
)

// fieldShape returns the shape of a header value: digits become '9',
// lower-case letters 'a', capitals 'A', blanks and control bytes '_' and
// bytes beyond ASCII '~'; a run of one of these counts once, other bytes
// stay, and the result is cut at max bytes. Each mail program
// writes its Date and Message-ID in its own shape ("Aa, 9 Aa 9 9:9:9 +9",
// "9.9a9"), and bulk senders' programs keep theirs from one campaign to
// the next while their words change. Added with the header tokens' shape
// of Date and Message-ID, they raised spam recall at FP <= 0.1% in the
// SpamAssassin split's training half, cross-validated in time order, from
// 76.2% to 77.0% (1-ROCA% 0.378 to 0.376). On Japanese mail they say
// little: the starter sets write every Message-ID alike, and ja-dev's
// spam carry random ones where its ham carry "digits.hex", which these
// tokens learn as they would a real mailer's habit (1-ROCA% of its
// cross-validation 0.19 to 0.10). The Content-Type's shape, with its
// spacing, quoting and the boundary's pattern (Outlook's
// "a/a;_a="----=_AaAa_9_9_9A9A9A9.9A9A9A9""), raised it again from 77.4%
// to 78.8% (1-ROCA% 0.338 to 0.332). The oldest Received field is written
// by the first server the sender's program handed the mail to, or made up
// by the program itself: its shape (how the HELO, the reverse name and the
// address are put, which server software) raised it to 79.2% (1-ROCA%
// 0.315; 30 bytes of it 0.320, 80 bytes 0.325, the originating relay's
// "from" clause that the host tokens come from 0.326).
func fieldShape(v string, max int) string {
	b := make([]byte, 0, min(len(v), max))
	var last byte
	for i := 0; i < len(v) && len(b) < max; i++ {
		c := v[i]
		switch {
		case c >= '0' && c <= '9':
			c = '9'
		case c >= 'a' && c <= 'z':
			c = 'a'
		case c >= 'A' && c <= 'Z':
			c = 'A'
		case c <= ' ' || c == 0x7f:
			c = '_'
		case c >= 0x80:
			c = '~'
		}
		if c == last && (c == '9' || c == 'a' || c == 'A' || c == '_' || c == '~') {
			continue
		}
		b = append(b, c)
		last = c
	}
	return string(b)
}

// dateSkew returns how far date, the Date field's value, lies from
// received, the time the newest Received field was written, in steps ("ok"
// within five minutes, "past-hours", "future-day", ...; "unparsed" when
// either does not parse), or "" when either is missing. A mail program dates a
// message when it sends it, a minute or two before a server takes it in;
// spam programs write old, future and made-up dates, and queue their mail
// for hours. The rules judge the far cases (DATE_IN_PAST, DATE_IN_FUTURE);
// the Bayes model learns what each step is worth. On the SpamAssassin
// split's training half (Bayes alone) 1-ROCA% 0.221 to 0.217 with 5 blocked
// folds, 0.171 to 0.168 with 10; the Japanese starter mail the same.
func dateSkew(date, received string) string {
	if date == "" || received == "" {
		return ""
	}
	d, err := mail.ParseDate(strings.TrimSpace(date))
	if err != nil {
		return "unparsed"
	}
	r, err := mail.ParseDate(strings.TrimSpace(received))
	if err != nil {
		return "unparsed"
	}
	switch sk := r.Sub(d); {
	case sk < -24*time.Hour:
		return "future-day"
	case sk < -time.Hour:
		return "future-hours"
	case sk < -5*time.Minute:
		return "future-min"
	case sk < 5*time.Minute:
		return "ok"
	case sk < time.Hour:
		return "past-min"
	case sk < 24*time.Hour:
		return "past-hours"
	case sk < 7*24*time.Hour:
		return "past-days"
	}
	return "past-week"
}

// dateZone returns the zone a Date value ends in ("+0900", "GMT",
// "(JST)"), as written, or "" if its last word is too long to be one or
// holds anything else than letters, digits, signs and parentheses.
func dateZone(v string) string {
	f := strings.Fields(v)
	if len(f) == 0 {
		return ""
	}
	z := f[len(f)-1]
	if len(z) > 6 {
		return ""
	}
	for i := 0; i < len(z); i++ {
		switch c := z[i]; {
		case c >= '0' && c <= '9', c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		case c == '+', c == '-', c == '(', c == ')':
		default:
			return ""
		}
	}
	return z
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
// address addr and returns the registrable domain. The mailbox gives
// prefix+"localshape:", the shape of the lower-cased local part
// (appendLabelShape): spam programs sign with made-up mailboxes of a few
// shapes ("a9:m" for des34, "a9a9:l" for health104580m43) whose names are
// new with every campaign.
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
	if k > 0 {
		st.emitShape(prefix, "", "localshape:", strings.ToLower(addr[:k]))
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

// mailer emits the family of a mail program ("xmailer:outlook"), its
// name with versions and punctuation removed
// ("xmailer:name:microsoft-outlook-express") and the shape of the whole
// value ("xmailer:shape:Aa_Aa_Aa_9.9.9.9"), in which a spam program's
// imitation shows where the name does not: the build numbers of a version
// no release had, a suffix ("5.00.2919.6900 DM"). On the SpamAssassin
// split's training half (Bayes alone) the shape ranked 1-ROCA% 0.2266 to
// 0.2258 with 5 blocked folds, 0.1730 to 0.1726 with 10, recall at
// FP <= 0.1% 84.0% to 84.4% and 86.0% to 86.2%; the Japanese starter mail
// (10 folds) 1.456 to 1.464.
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
	st.emit3(prefix, "shape:", fieldShape(strings.TrimSpace(v), maxMailerShape))
}

// received emits the host name, domain and IP /24 of the originating relay:
// the sending side (the "from" clause, up to "by") of the oldest hop that
// names a public address, among the hops outside the receiving site.
// fields are the Received field values, top (newest) first.
//
// The receiving site's own hops are the topmost ones whose sending side is
// a loopback or private address, a local submission, or a host in a domain
// of the site's own relays (the "by" hosts met so far). They are the same
// for ham and spam at a working site. The relays between the origin and
// the site (mailing lists, forwarders) are shared by the ham and the spam
// that pass through them. The origin is what says who sent the mail; the
// other hops, learned as well, would teach how a collection was delivered
// instead of what spam is: a list that carries ham would make the spam it
// lets through look like ham.
func (st *state) received(prefix string, fields []string) {
	var site [maxReceived]string
	nsite := 0
	external := false
	origin := ""
	for _, v := range fields {
		if k := strings.LastIndexByte(v, ';'); k >= 0 {
			v = v[:k]
		}
		if len(v) > 1024 {
			v = v[:1024]
		}
		from, by := v, ""
		if k := indexWordFold(v, "by"); k >= 0 {
			from, by = v[:k], v[k+2:]
		}
		if !external {
			if d := firstHostDomain(by); d != "" && nsite < len(site) {
				site[nsite] = d
				nsite++
			}
			if internalHop(from, site[:nsite]) {
				continue
			}
			external = true
		}
		if hasPublicIP(from) {
			origin = from
			st.greeting(prefix, "any", from)
		}
	}
	if origin != "" {
		st.receivedFrom(prefix, origin)
	}
}

// hasPublicIP reports whether a Received clause carries a public IPv4
// address.
func hasPublicIP(from string) (ok bool) {
	receivedWords(from, func(w string) bool {
		if isIPv4(w) && !privateIPv4(w) {
			ok = true
			return false
		}
		return true
	})
	return ok
}

// receivedWords calls fn for each word of a Received clause that may name a
// host or an address, skipping user@host words of "for" and ident parts.
func receivedWords(v string, fn func(w string) bool) {
	for i := 0; i < len(v); {
		for i < len(v) && isReceivedSep(v[i]) {
			i++
		}
		j := i
		for j < len(v) && !isReceivedSep(v[j]) {
			j++
		}
		w := v[i:j]
		i = j
		if w == "" || strings.IndexByte(w, '@') >= 0 {
			continue
		}
		if !fn(strings.TrimSuffix(w, ".")) {
			return
		}
	}
}

// firstHostDomain returns the registrable domain of the first host name in
// v, or "".
func firstHostDomain(v string) (d string) {
	receivedWords(v, func(w string) bool {
		w = strings.ToLower(w)
		if strings.IndexByte(w, '.') <= 0 || isIPv4(w) || !isHostName(w) || !knownTLD(w) {
			return true
		}
		d, _ = publicsuffix.EffectiveTLDPlusOne(w)
		return false
	})
	return d
}

// internalHop reports whether the sending side of a hop is inside the
// receiving site: no public address and no host outside the site's domains.
func internalHop(from string, site []string) bool {
	internal := true
	receivedWords(from, func(w string) bool {
		lw := strings.ToLower(w)
		switch {
		case isIPv4(lw):
			if !privateIPv4(lw) {
				internal = false
			}
		case strings.IndexByte(lw, '.') > 0 && isHostName(lw) && knownTLD(lw):
			d, err := publicsuffix.EffectiveTLDPlusOne(lw)
			if err != nil || !slices.Contains(site, d) {
				internal = false
			}
		}
		return internal
	})
	return internal
}

// privateIPv4 reports whether the dotted quad s is a loopback, private or
// link-local address.
func privateIPv4(s string) bool {
	a, err := netip.ParseAddr(s)
	return err == nil && (a.IsLoopback() || a.IsPrivate() || a.IsLinkLocalUnicast())
}

// receivedFrom emits the tokens of the sending side of one hop. Besides
// the addresses and host names the hop names, the name the client greeted
// with (greeting): spam software greets with a bare address or made-up
// words ("jlzfcg", "Aromist") of a few shapes, a mail server with its host
// name, which the host tokens carry. With the registration tokens of the
// hop's host names (host), on the SpamAssassin split's training half
// (Bayes alone, 5 blocked folds) 1-ROCA% 0.227 to 0.226, 10 dealt folds
// 0.0112 to 0.0111; the Japanese starter mail 1.529 to 1.456.
func (st *state) receivedFrom(prefix, from string) {
	st.greeting(prefix, "", from)
	receivedWords(from, func(f string) bool {
		switch {
		case isIPv4(f):
			st.emit3(prefix, "ip:", f[:strings.LastIndexByte(f, '.')])
		case strings.IndexByte(f, '.') > 0 && len(f) <= 253 && isHostName(strings.ToLower(f)) && knownTLD(strings.ToLower(f)):
			st.host(prefix, "", f)
		case strings.EqualFold(f, "unknown"):
			st.emit(prefix, "unknown")
		}
		return true
	})
}

// greeting emits prefix+kind+"helo:ip" when the client of a hop whose
// "from" clause is from greeted with a bare address, prefix+kind+
// "heloshape:" with its shape (appendLabelShape) when with a single word.
// The originating relay's greeting has kind ""; every external hop from a
// public address gives its own with kind "any", since the spam programs
// that make up the oldest hops leave the real relay's greeting above them ("from jlzfcg
// ([211.93.71.246]) by webnote.net" over a forged hop). A greeting with a
// dot, a server's name, gives nothing here: the host tokens carry it, and
// the relays between the origin and the site are shared by ham and spam.
// The hops' greetings ranked the SpamAssassin split's training half the
// same (Bayes alone, 1-ROCA% 0.2172 to 0.2170 with 5 blocked folds, 0.1672
// to 0.1671 with 10) and the Japanese starter mail better (1.453 to 1.425).
func (st *state) greeting(prefix, kind, from string) {
	switch helo := heloWord(from); {
	case helo == "":
	case isIPv4(helo):
		st.emit3(prefix, kind, "helo:ip")
	case strings.IndexByte(helo, '.') < 0:
		st.emitShape(prefix, kind, "heloshape:", strings.ToLower(helo))
	}
}

// heloWord returns the name the client greeted with, as a Received
// field's "from" clause gives it, without brackets: the first word, or
// where the server wrote its own lookup there the word after "HELO " (qmail,
// "from unknown (HELO pc12)") or "helo=" (Exim).
func heloWord(from string) string {
	f := strings.TrimPrefix(strings.TrimSpace(from), "from ")
	for _, mark := range [...]string{"(HELO ", "helo="} {
		if i := strings.Index(f, mark); i >= 0 {
			f = f[i+len(mark):]
			break
		}
	}
	if i := strings.IndexAny(f, " \t()"); i >= 0 {
		f = f[:i]
	}
	return strings.Trim(f, "[]")
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
	texts, images, nlinks := 0, 0, 0
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
		nlinks += len(p.Links)
		for _, l := range p.Links {
			if l.Kind == message.LinkAction {
				hasForm = true
			}
		}
	}
	if texts == 0 {
		st.emit("body:", "notext")
	}
	// How many links the text holds, bucketed: advertising is built around
	// its links, one or a screenful, where a letter has none or a few. On the
	// SpamAssassin split's training half (Bayes alone) 1-ROCA% 0.226 to 0.221
	// and recall at FP <= 0.1% 84.6% to 85.0% with 5 blocked folds, 0.173 to
	// 0.171 and 86.8% to 87.2% with 10; the Japanese starter mail the same.
	st.emit3("body:", "links:", bucket(nlinks))
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

// indexWordFold returns the index of the first occurrence of word in s as a
// whole word (bounded by Received separators or the ends), ignoring ASCII
// case, or -1.
func indexWordFold(s, word string) int {
	for i := 0; i+len(word) <= len(s); i++ {
		if (i == 0 || isReceivedSep(s[i-1])) && strings.EqualFold(s[i:i+len(word)], word) &&
			(i+len(word) == len(s) || isReceivedSep(s[i+len(word)])) {
			return i
		}
	}
	return -1
}
