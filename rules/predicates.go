package rules

import (
	"bytes"
	"math"
	"net/mail"
	"net/netip"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/publicsuffix"
)

// A predicate is a condition a rules file names with "eval" because it
// cannot be written as a regexp over one header.
type predicate struct {
	fn       func(ec *evalCtx, arg float64) (bool, string)
	takesArg bool
	def      float64 // the argument when the file gives none
	heavy    bool    // it parses dates or scans the body: test it last
	brands   bool    // it reads the file's brand lines
	auth     bool    // it reads the Authentication-Results of the file's authserv-ids
	doc      string
}

// predicates is the table of named predicates. It is never modified.
var predicates = map[string]*predicate{
	"from_name_hides_address": {fn: fromNameHidesAddress,
		doc: "the From display name holds an address other than the real one"},
	"reply_to_domain_differs": {fn: replyToDomainDiffers, heavy: true,
		doc: "Reply-To's registered domain differs from From's"},
	"return_path_domain_differs": {fn: returnPathDomainDiffers, heavy: true,
		doc: "the envelope sender's (or Return-Path's) registered domain differs from From's"},
	"is_list_mail": {fn: isListMail,
		doc: "the message carries mailing-list headers (List-Id, List-Post, Mailing-List, X-ML-Name)"},
	"date_malformed": {fn: dateMalformed, heavy: true,
		doc: "a Date field that does not parse as an RFC 5322 date"},
	"date_future": {fn: dateFuture, takesArg: true, def: 24, heavy: true,
		doc: "Date is more than ARG hours after the top Received date"},
	"date_past": {fn: datePast, takesArg: true, def: 96, heavy: true,
		doc: "Date is more than ARG hours before the top Received date"},
	"recipients_over": {fn: recipientsOver, takesArg: true, def: 30,
		doc: "To and Cc name more than ARG addresses"},
	"bcc_over": {fn: bccOver, takesArg: true, def: 10,
		doc: "more than ARG envelope recipients are not named in To or Cc"},
	"subject_all_caps": {fn: subjectAllCaps,
		doc: "the Subject has at least 10 letters, all upper case"},
	"html_invisible_text": {fn: htmlInvisibleText, heavy: true,
		doc: "an HTML part hides text: white text, font-size 0/1px, display:none, visibility:hidden"},
	"html_mostly_image": {fn: htmlMostlyImage, takesArg: true, def: 100, heavy: true,
		doc: "HTML with images and fewer than ARG letters of text per image (mail HTML_NO_TEXT does not cover)"},
	"received_dynamic": {fn: receivedDynamic, heavy: true,
		doc: "the hop that handed the message in comes from a dynamic-looking host name"},
	"advance_fee_story": {fn: advanceFeeStory, takesArg: true, def: 4, heavy: true,
		doc: "at least ARG of the advance-fee letter's marks (next of kin, transfer of funds, millions of dollars, a beneficiary, your share, ...) are in the text"},
	"charset_zh_ko": {fn: charsetZhKo,
		doc: "a text part or a header's encoded word is declared in a Chinese or Korean charset (GB2312, GBK, Big5, EUC-KR, ...)"},
	"received_helo_ip": {fn: receivedHeloIP, heavy: true,
		doc: "a relay on the way (a Received hop from a public address) greeted the next with a bare IPv4 address, not a [literal]"},
	"helo_ip_literal": {fn: heloIPLiteral,
		doc: "the SMTP client greeted with an IP address instead of a host name"},
	"from_brand_spoof": {fn: fromBrandSpoof, brands: true,
		doc: "the From display name names a brand of the file's brand lines, and the address is outside its domains"},
	"link_brand_lookalike": {fn: linkBrandLookalike, brands: true, heavy: true,
		doc: "a link goes to a host that carries a brand's name (the first label of one of its domains) as a word, but is outside its domains"},
	"attachment_program": {fn: attachmentProgram,
		doc: "an attachment whose name ends in a program's extension or whose media type is a program's"},
	"attachment_double_extension": {fn: attachmentDoubleExt,
		doc: "an attachment named with a document's extension before a program's (invoice.pdf.exe)"},
	"attachment_page": {fn: attachmentPage,
		doc: "an attachment a browser opens as a page (.html, .htm, .mht, .svg)"},
	"auth_dmarc_fail": {fn: authDMARCFail, auth: true,
		doc: "a trusted Authentication-Results field (see authserv) says DMARC failed for the From domain"},
	"auth_spf_fail": {fn: authSPFFail, auth: true,
		doc: "a trusted Authentication-Results field says SPF failed (not softfail) for the envelope sender"},
	"auth_dkim_fail": {fn: authDKIMFail, auth: true,
		doc: "a trusted Authentication-Results field says a DKIM signature failed and none passed"},
	"auth_brand_pass": {fn: authBrandPass, auth: true, brands: true,
		doc: "the From address is in a brand's domains (the file's brand lines) and a trusted Authentication-Results field says DMARC passed, or DKIM passed for the From domain"},
	"from_freemail_forged": {fn: fromFreemailForged,
		doc: "From is at a large free mail service (hotmail.com, yahoo.com, gmail.com …) but neither the client nor any Received field names a relay of it"},
	"helo_forged_freemail": {fn: heloForgedFreemail, heavy: true,
		doc: "the SMTP client greeted as a large free mail service but its DNS name is not the service's"},
	"to_is_from": {fn: toIsFrom,
		doc: "To names one address, the From address"},
	"msgid_recipient_domain": {fn: msgidRecipientDomain, heavy: true,
		doc: "the Message-ID is in the registered domain of an addressee (To, Cc) and From is not"},
	"msgid_by_receiver": {fn: msgidByReceiver, heavy: true,
		doc: "the Message-ID was written by the server that took the message in from outside (its name, its queue id): the sender gave none"},
	"subject_names_recipient": {fn: subjectNamesRecipient, heavy: true,
		doc: "the Subject names, as a word, the mailbox of the one addressee in another domain than From's"},
	"body_caps": {fn: bodyCaps, takesArg: true, def: 30, heavy: true,
		doc: "of 200 Latin letters of text or more, more than ARG percent are capitals"},
	"lines_yelling": {fn: linesYelling, takesArg: true, def: 3, heavy: true,
		doc: "at least ARG lines of text are written in capitals (20 or more)"},
	"helo_claims_receiver": {fn: heloClaimsReceiver,
		doc: "the SMTP client greeted with the receiver's own name or a recipient's domain"},
}

// Predicates returns the names of the predicates a rules file can use with
// "eval", each with what it tests, sorted by name.
func Predicates() [][2]string {
	var ps [][2]string
	for n, p := range predicates {
		ps = append(ps, [2]string{n, p.doc})
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i][0] < ps[j][0] })
	return ps
}

func (ec *evalCtx) fromAddr() (name, addr string) {
	if !ec.fromDone {
		ec.fromDone = true
		ec.fromName, ec.from = splitAddress(ec.get(fieldFrom))
	}
	return ec.fromName, ec.from
}

// fromDomainOf returns domainOf the From address.
func (ec *evalCtx) fromDomainOf() string {
	if !ec.fromDomainDone {
		ec.fromDomainDone = true
		_, from := ec.fromAddr()
		ec.fromDomain = domainOf(from)
	}
	return ec.fromDomain
}

// splitAddress takes "Name <addr>", "addr (Name)" or "addr" apart without
// the full RFC 5322 grammar: spam rarely follows it.
func splitAddress(v string) (name, addr string) {
	v = strings.TrimSpace(v)
	if i := strings.LastIndexByte(v, '<'); i >= 0 {
		a := v[i+1:]
		if j := strings.IndexByte(a, '>'); j >= 0 {
			a = a[:j]
		}
		name = strings.Trim(strings.TrimSpace(v[:i]), `"' `)
		return name, strings.ToLower(strings.TrimSpace(a))
	}
	if i := strings.IndexByte(v, '('); i >= 0 {
		name = strings.Trim(v[i:], "() ")
		v = v[:i]
	}
	return name, strings.ToLower(strings.TrimSpace(v))
}

// hostOf returns the host of an address in lower case, "" when it has
// none.
func hostOf(addr string) string {
	i := strings.LastIndexByte(addr, '@')
	if i < 0 {
		return ""
	}
	return strings.Trim(strings.ToLower(addr[i+1:]), ". >")
}

// domainOf returns the registered domain (eTLD+1) of an address, "" when
// it has none.
func domainOf(addr string) string { return hostDomain(hostOf(addr)) }

// hostDomain returns the registered domain (eTLD+1) of a lower-case host
// name; the host itself when it has none (an address literal, a name
// without a public suffix).
func hostDomain(d string) string {
	if d == "" || strings.ContainsAny(d, " []") {
		return d
	}
	if r, err := publicsuffix.EffectiveTLDPlusOne(d); err == nil {
		return r
	}
	return d
}

var addrInText = regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+`)

func fromNameHidesAddress(ec *evalCtx, _ float64) (bool, string) {
	name, addr := ec.fromAddr()
	if !strings.Contains(name, "@") {
		return false, ""
	}
	shown := addrInText.FindString(name)
	if shown == "" {
		return false, ""
	}
	if strings.EqualFold(shown, addr) {
		return false, ""
	}
	return true, "shows " + shown + ", sends as " + addr
}

func replyToDomainDiffers(ec *evalCtx, _ float64) (bool, string) {
	rt := ec.get(fieldReplyTo)
	if rt == "" {
		return false, ""
	}
	_, r := splitAddress(rt)
	fd, rd := ec.fromDomainOf(), domainOf(r)
	if fd == "" || rd == "" || fd == rd {
		return false, ""
	}
	return true, "From " + fd + ", Reply-To " + rd
}

func returnPathDomainDiffers(ec *evalCtx, _ float64) (bool, string) {
	rp := ec.in.Envelope.MailFrom
	if rp == "" {
		_, rp = splitAddress(ec.get(fieldReturnPath))
	}
	fd, rd := ec.fromDomainOf(), domainOf(rp)
	if fd == "" || rd == "" || fd == rd {
		return false, ""
	}
	return true, "From " + fd + ", sender " + rd
}

func isListMail(ec *evalCtx, _ float64) (bool, string) {
	if !ec.listDone {
		ec.listDone = true
		ec.list = ec.listField()
	}
	return ec.list != "", ec.list
}

// listField returns the name of the first mailing-list field, "" for none.
func (ec *evalCtx) listField() string {
	for i, f := range ec.m.Header {
		if ec.slow {
			// strings.ToLower, unlike strings.EqualFold, leaves U+017F (ſ) alone.
			switch strings.ToLower(f.Name) {
			case "list-id", "list-post", "list-unsubscribe", "mailing-list", "x-ml-name", "x-mailing-list":
				return f.Name
			}
			continue
		}
		switch ec.field[i] {
		case fieldListID, fieldListPost, fieldListUnsubscribe, fieldMailingList, fieldXMLName, fieldXMailingList:
			return f.Name
		}
	}
	return ""
}

// parseDate parses an RFC 5322 date, also with the trailing comment and
// the missing seconds that real mail has.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if t, ok := parseDateFast(s); ok {
		return t, true
	}
	if !hasMonthName(s) {
		// Every layout parseDateSlow tries has a month name.
		return time.Time{}, false
	}
	return parseDateSlow(s)
}

// parseDateSlow is parseDate without the fast path for the usual form.
func parseDateSlow(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if t, err := mail.ParseDate(s); err == nil {
		return t, true
	}
	if i := strings.IndexByte(s, '('); i > 0 {
		if t, err := mail.ParseDate(strings.TrimSpace(s[:i])); err == nil {
			return t, true
		}
	}
	for _, layout := range []string{
		"Mon, 2 Jan 2006 15:04:05 -0700 (MST)",
		"Mon, 2 Jan 2006 15:04:05 MST",
		"Mon, 2 Jan 06 15:04:05 -0700",
		"Mon, 2 Jan 2006 15:04 -0700",
		"2 Jan 2006 15:04:05 -0700",
		"Mon Jan 2 15:04:05 2006",
	} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

func (ec *evalCtx) received() time.Time {
	if !ec.rcvdDone {
		ec.rcvdDone = true
		if v := ec.get(fieldReceived); v != "" {
			if i := strings.LastIndexByte(v, ';'); i >= 0 {
				if t, ok := parseDate(v[i+1:]); ok {
					ec.rcvdTime = t
				}
			}
		}
	}
	return ec.rcvdTime
}

// dateField returns the first Date field parsed; present is false when
// there is none.
func (ec *evalCtx) dateField() (t time.Time, ok, present bool) {
	if !ec.dateDone {
		ec.dateDone = true
		if i := ec.first(fieldDate); i >= 0 {
			ec.datePresent = true
			ec.date, ec.dateOK = parseDate(ec.m.Header[i].Value)
		}
	}
	return ec.date, ec.dateOK, ec.datePresent
}

func dateMalformed(ec *evalCtx, _ float64) (bool, string) {
	if _, ok, present := ec.dateField(); present && !ok {
		return true, "Date: " + ec.get(fieldDate)
	}
	return false, ""
}

// dateOffset returns Date minus the top Received date, false when either
// is missing or unreadable.
func (ec *evalCtx) dateOffset() (time.Duration, bool) {
	r := ec.received()
	if r.IsZero() {
		return 0, false
	}
	d, ok, _ := ec.dateField()
	if !ok {
		return 0, false
	}
	return d.Sub(r), true
}

func dateFuture(ec *evalCtx, hours float64) (bool, string) {
	off, ok := ec.dateOffset()
	if !ok || off <= time.Duration(hours*float64(time.Hour)) {
		return false, ""
	}
	return true, "Date " + off.Round(time.Minute).String() + " after receipt"
}

func datePast(ec *evalCtx, hours float64) (bool, string) {
	off, ok := ec.dateOffset()
	if !ok || -off <= time.Duration(hours*float64(time.Hour)) {
		return false, ""
	}
	return true, "Date " + (-off).Round(time.Minute).String() + " before receipt"
}

// countAddresses counts the addresses in address-list fields: the '@'
// signs outside quoted display names.
func countAddresses(vs ...string) int {
	n := 0
	for _, v := range vs {
		q := false
		for i := 0; i < len(v); i++ {
			switch v[i] {
			case '"':
				q = !q
			case '@':
				if !q {
					n++
				}
			}
		}
	}
	return n
}

func (ec *evalCtx) toCc() []string {
	var vs []string
	for i, f := range ec.m.Header {
		if ec.is(i, fieldTo) || ec.is(i, fieldCc) {
			vs = append(vs, f.Value)
		}
	}
	return vs
}

func recipientsOver(ec *evalCtx, max float64) (bool, string) {
	n := 0
	for i, f := range ec.m.Header {
		if ec.is(i, fieldTo) || ec.is(i, fieldCc) {
			n += countAddresses(f.Value)
		}
	}
	if float64(n) <= max {
		return false, ""
	}
	return true, strconv.Itoa(n) + " addresses in To/Cc"
}

func bccOver(ec *evalCtx, max float64) (bool, string) {
	rcpts := ec.in.Envelope.Recipients
	if float64(len(rcpts)) <= max {
		return false, ""
	}
	named := strings.ToLower(strings.Join(ec.toCc(), ","))
	hidden := 0
	for _, r := range rcpts {
		a := strings.ToLower(strings.Trim(r.Address, "<> "))
		if a == "" || !strings.Contains(named, a) {
			hidden++
		}
	}
	if float64(hidden) <= max {
		return false, ""
	}
	return true, strconv.Itoa(hidden) + " of " + strconv.Itoa(len(rcpts)) + " recipients not in To/Cc"
}

func subjectAllCaps(ec *evalCtx, _ float64) (bool, string) {
	s := ec.get(fieldSubject)
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false, ""
			}
			letters++
		}
	}
	return letters >= 10, ""
}

// maxHTMLScan bounds the HTML source scanned for hidden text per part.
const maxHTMLScan = 128 << 10

// maxStyledTags bounds the styled elements looked at per part.
const maxStyledTags = 64

// The hidden-text regexps. htmltags.go holds quick checks written for
// them (mayHideCSS, mayWhiteText, darkBackground): a change here goes
// there too, and FuzzHTMLInvisibleText holds the two together.
var (
	hiddenCSS = regexp.MustCompile(`(?i)display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*[01](?:\.\d+)?\s*(?:px|pt)?\s*(?:[;"']|$)|size\s*=\s*["']?0\b`)
	whiteText = regexp.MustCompile(`(?i)(?:^|[^-])color\s*[:=]\s*["']?\s*(?:#f{6}|#f{3}\b|white|rgb\(\s*255\s*,\s*255\s*,\s*255\s*\))`)
	darkBack  = regexp.MustCompile(`(?i)(?:bgcolor\s*=\s*["']?\s*|background(?:-color)?\s*:\s*)(#(?:[0-9a-e][0-9a-f]{5}|[0-9a-f][0-9a-e][0-9a-f]{4}|[0-9a-f]{2}[0-9a-e][0-9a-f]{3})\b|black|red|blue|green|navy|gray|grey|url)`)
)

func htmlInvisibleText(ec *evalCtx, _ float64) (bool, string) {
	for _, p := range ec.m.Parts {
		if !p.IsHTML || len(p.Body) == 0 {
			continue
		}
		b := p.Body
		if len(b) > maxHTMLScan {
			b = b[:maxHTMLScan]
		}
		if bytes.IndexByte(b, '=') < 0 {
			continue
		}
		// The background is looked at only when white text turns up.
		dark, darkDone := false, false
		sc := tagScanner{b: b, left: maxStyledTags}
		for {
			tag, ok := sc.next()
			if !ok {
				break
			}
			if mayHideCSS(tag) {
				if m := hiddenCSS.Find(tag); m != nil {
					return true, "part " + p.ID + ": " + string(m)
				}
			}
			if mayWhiteText(tag) && whiteText.Match(tag) {
				if !darkDone {
					dark, darkDone = darkBackground(b), true
				}
				if !dark {
					return true, "part " + p.ID + ": white text"
				}
			}
		}
	}
	return false, ""
}

func htmlMostlyImage(ec *evalCtx, perImage float64) (bool, string) {
	images, text := 0, 0
	for _, p := range ec.m.Parts {
		if p.IsHTML {
			images += len(p.Images)
		}
	}
	if images == 0 {
		return false, ""
	}
	if ok, _ := htmlNoText(ec.m); ok {
		return false, "" // reported by HTML_NO_TEXT
	}
	// Counting stops once the text is enough to clear the message.
	enough := perImage * float64(images)
	limit := math.MaxInt
	if enough < float64(math.MaxInt/2) {
		limit = int(math.Ceil(enough))
	}
	for _, p := range ec.m.Parts {
		if p.IsText && text < limit {
			text += visibleRunesUpTo(p.Text, limit-text)
		}
	}
	if float64(text) >= enough {
		return false, ""
	}
	return true, strconv.Itoa(images) + " images, " + strconv.Itoa(text) + " letters of text"
}

// hop is the "from" clause of a Received field.
type hop struct {
	helo, rdns string
	ip         netip.Addr
	field      string // the Received field it was read from; "" for the envelope
	ipFromHelo bool   // no address in the parentheses: ip is the HELO's
}

// authenticated reports whether the client of the hop logged in.
func (h *hop) authenticated() bool {
	return containsLower(h.field, "with esmtpa") || containsLower(h.field, "with esmtpsa") ||
		containsLower(h.field, "authenticated")
}

// containsLower reports whether strings.ToLower(s) contains lit, a
// lower-case ASCII string, without making the lower-case copy.
func containsLower(s, lit string) bool {
	if !isASCII(s) {
		// strings.ToLower maps some runes outside ASCII into it (U+0130
		// to i, U+212A to k).
		return strings.Contains(strings.ToLower(s), lit)
	}
	return containsFoldASCII(s, lit)
}

// parseHop reads "from HELO (RDNS [IP]) by ... with ...".
func parseHop(v string) (hop, bool) {
	h := hop{field: v}
	rest, ok := strings.CutPrefix(strings.TrimSpace(v), "from ")
	if !ok {
		return h, false
	}
	if by := strings.Index(rest, " by "); by >= 0 {
		rest = rest[:by]
	}
	first, _ := nextField(rest)
	if first == "" {
		return h, false
	}
	h.helo = strings.ToLower(first)
	if i := strings.IndexByte(rest, '('); i >= 0 {
		par := rest[i+1:]
		if j := strings.IndexByte(par, ')'); j >= 0 {
			par = par[:j]
		}
		for w, more := nextField(par); w != ""; w, more = nextField(more) {
			w = strings.Trim(w, "[]")
			if a, ok := parseIP(strings.TrimPrefix(w, "IPv6:")); ok {
				h.ip = a
			} else if strings.Contains(w, ".") && !strings.Contains(w, "@") && !strings.Contains(w, "=") && h.rdns == "" {
				h.rdns = strings.ToLower(w)
			}
		}
	}
	if !h.ip.IsValid() {
		if a, ok := parseIP(strings.Trim(h.helo, "[]")); ok {
			h.ip, h.ipFromHelo = a, true
		}
	}
	return h, true
}

// nextField returns the first of the fields strings.Fields would split s
// into, and what follows it; "" when there is none.
func nextField(s string) (field, rest string) {
	i := 0
	for i < len(s) {
		n, sp := spaceAt(s, i)
		if !sp {
			break
		}
		i += n
	}
	j := i
	for j < len(s) {
		n, sp := spaceAt(s, j)
		if sp {
			break
		}
		j += n
	}
	return s[i:j], s[j:]
}

// spaceAt returns the length of the rune at s[i] and whether it is
// unicode.IsSpace.
func spaceAt(s string, i int) (n int, space bool) {
	if c := s[i]; c < utf8.RuneSelf {
		return 1, c == ' ' || '\t' <= c && c <= '\r'
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return n, unicode.IsSpace(r)
}

// parseIP is netip.ParseAddr, but skips without cost the words that
// cannot be addresses: a host name makes ParseAddr build an error.
func parseIP(s string) (netip.Addr, bool) {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.':
			// ParseAddr reads s as IPv4: digits and dots only.
			for _, c := range []byte(s) {
				if c != '.' && (c < '0' || c > '9') {
					return netip.Addr{}, false
				}
			}
		case ':':
		case '%':
			return netip.Addr{}, false
		default:
			continue
		}
		a, err := netip.ParseAddr(s)
		return a, err == nil
	}
	return netip.Addr{}, false
}

// entryHop finds the hop that handed the message to the receiving site:
// the envelope when the MTA gave one, else the topmost Received field
// from a public address.
func (ec *evalCtx) entryHop() (hop, bool) {
	env := ec.in.Envelope
	if env.ClientName != "" || env.ClientIP.IsValid() {
		return hop{helo: strings.ToLower(env.Helo), rdns: strings.ToLower(env.ClientName), ip: env.ClientIP}, true
	}
	for i, f := range ec.m.Header {
		if !ec.is(i, fieldReceived) {
			continue
		}
		h, ok := parseHop(f.Value)
		if !ok || !h.ip.IsValid() {
			continue
		}
		if !publicIP(h.ip) {
			continue
		}
		return h, true
	}
	return hop{}, false
}

// publicIP reports whether a is neither a loopback, private nor
// link-local address: one a hop from outside a site comes from.
func publicIP(a netip.Addr) bool {
	return !a.IsLoopback() && !a.IsPrivate() && !a.IsLinkLocalUnicast()
}

// dynamicHostDFA is dynamicHost as a table; TestDynamicHost checks it.
var dynamicHostDFA = newDFA(dynamicHost.String())

var dynamicHost = regexp.MustCompile(`(?i)(?:^|[.\-])(?:a?dsl|xdsl|dial(?:up|in)?|dhcp|pppoe?|pool|dyn(?:amic)?|cable|catv|ipad|bbtec|ftth|res|cust(?:omer)?|broadband|client)[.\-]?\d|(?:^|[.\-])(?:a?dsl|dhcp|dialup|dynamic|dyn|pool|ppp)[.\-]|\d{1,3}[.\-x]\d{1,3}[.\-x]\d{1,3}[.\-x]\d{1,3}[.\-]`)

func receivedDynamic(ec *evalCtx, _ float64) (bool, string) {
	h, ok := ec.entryHop()
	if !ok || h.rdns == "" || h.rdns == "unknown" {
		return false, ""
	}
	if strings.Count(h.rdns, ".") < 2 || !dynamicHostDFA.match(h.rdns) || h.authenticated() {
		return false, ""
	}
	return true, "from " + h.rdns
}

func heloIPLiteral(ec *evalCtx, _ float64) (bool, string) {
	helo := strings.TrimSpace(ec.in.Envelope.Helo)
	if helo == "" {
		return false, ""
	}
	lit := strings.TrimPrefix(strings.Trim(helo, "[]"), "IPv6:")
	if _, err := netip.ParseAddr(lit); err == nil {
		return true, "HELO " + helo
	}
	return false, ""
}

// receivedHeloIP finds a relay on the way that greeted the next one with a
// bare IPv4 address ("HELO 192.0.2.7"). A mail server greets with its
// name, or where it has none with the address literal RFC 5321 provides
// ("[192.0.2.7]", which ham carries about as often as spam and which does
// not count); spam software and infected PCs greet with a bare address.
// Every hop counts, not only the one that handed the message in, since a
// list or forwarder between keeps the Received field of the hop where the
// spam came in. A hop from a loopback or private address, or whose client
// logged in, is a site's own; the hop the envelope describes is
// HELO_IP_LITERAL's.
func receivedHeloIP(ec *evalCtx, _ float64) (bool, string) {
	env := ec.in.Envelope
	for i, f := range ec.m.Header {
		if !ec.is(i, fieldReceived) {
			continue
		}
		h, ok := parseHop(f.Value)
		if !ok || h.ipFromHelo || !h.ip.Is4() || !publicIP(h.ip) || h.authenticated() {
			continue
		}
		if env.Helo != "" && h.ip == env.ClientIP {
			continue
		}
		if dottedQuad(h.helo) {
			return true, "from " + h.helo + " [" + h.ip.String() + "]"
		}
	}
	return false, ""
}

// dottedQuad reports whether s is four dot-separated runs of one to three
// digits: an IPv4 address as spam software writes it, leading zeros
// ("64.51.39.08") and all.
func dottedQuad(s string) bool {
	n, digits := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case isDigit(c):
			digits++
			if digits > 3 {
				return false
			}
		case c == '.' && digits > 0 && n < 3:
			n, digits = n+1, 0
		default:
			return false
		}
	}
	return n == 3 && digits > 0
}

func heloClaimsReceiver(ec *evalCtx, _ float64) (bool, string) {
	helo := strings.ToLower(strings.Trim(strings.TrimSpace(ec.in.Envelope.Helo), "."))
	if helo == "" {
		return false, ""
	}
	for _, r := range ec.in.Envelope.Recipients {
		if i := strings.LastIndexByte(r.Address, '@'); i >= 0 {
			if strings.EqualFold(strings.Trim(r.Address[i+1:], "<> "), helo) {
				return true, "HELO " + helo + " is a recipient domain"
			}
		}
	}
	// The receiving host names itself in the "by" clause of the field it
	// adds on top.
	if v := ec.get(fieldReceived); v != "" {
		if i := strings.Index(v, " by "); i >= 0 {
			if f := strings.Fields(v[i+4:]); len(f) > 0 && strings.EqualFold(f[0], helo) {
				return true, "HELO " + helo + " is the receiving host"
			}
		}
	}
	return false, ""
}
