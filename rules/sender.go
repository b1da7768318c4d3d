package rules

import (
	"strconv"
	"strings"
	"unicode"
)

// freemailRelays maps the domains of large free mail services to the names
// their own relays carry: mail that really left one of them passed a relay
// so named, and the Received field written on its way says so.
var freemailRelays = map[string][]string{
	"hotmail.com":    {"hotmail.com", "msn.com", "outlook.com"},
	"msn.com":        {"hotmail.com", "msn.com", "outlook.com"},
	"outlook.com":    {"hotmail.com", "outlook.com"},
	"live.com":       {"hotmail.com", "outlook.com", "live.com"},
	"yahoo.com":      {"yahoo.com", "yahoo.net", "yahoodns.net"},
	"yahoo.co.uk":    {"yahoo.com", "yahoo.net", "yahoo.co.uk"},
	"yahoo.co.jp":    {"yahoo.co.jp", "yahoo.net", "yahoo.com"},
	"aol.com":        {"aol.com", "aol.net", "yahoo.com", "yahoodns.net"},
	"gmail.com":      {"google.com", "gmail.com"},
	"excite.com":     {"excite.com", "excitenetwork.com"},
	"juno.com":       {"juno.com", "untd.com"},
	"netscape.net":   {"aol.com", "netscape.net", "netscape.com"},
	"lycos.com":      {"lycos.com"},
	"compuserve.com": {"compuserve.com", "aol.com"},
	"earthlink.net":  {"earthlink.net"},
}

// fromFreemailForged: From is an address of a large free mail service, yet
// neither the client that handed the message in nor any Received field
// names one of the service's relays. Spam signs itself with such addresses
// because they tell nothing about the sender.
func fromFreemailForged(ec *evalCtx, _ float64) (bool, string) {
	_, from := ec.fromAddr()
	host := hostOf(from)
	relays, ok := freemailRelays[host]
	if !ok {
		return false, ""
	}
	named := func(s string) bool {
		for _, r := range relays {
			if containsLower(s, r) {
				return true
			}
		}
		return false
	}
	// The client's DNS name, as the MTA found it; its greeting proves
	// nothing.
	if named(ec.in.Envelope.ClientName) {
		return false, ""
	}
	n := 0
	for i, f := range ec.m.Header {
		if !ec.is(i, fieldReceived) {
			continue
		}
		n++
		if named(f.Value) {
			return false, ""
		}
	}
	if n == 0 && ec.in.Envelope.ClientName == "" {
		return false, ""
	}
	return true, "From " + host + ", no relay of it in " + strconv.Itoa(n) + " Received fields"
}

// heloForgedFreemail: the client greeted as a large free mail service but
// its DNS name is not the service's.
func heloForgedFreemail(ec *evalCtx, _ float64) (bool, string) {
	h, ok := ec.entryHop()
	if !ok || h.helo == "" {
		return false, ""
	}
	hd := hostDomain(h.helo)
	relays, big := freemailRelays[hd]
	if !big {
		return false, ""
	}
	for _, r := range relays {
		if h.rdns == r || strings.HasSuffix(h.rdns, "."+r) {
			return false, ""
		}
	}
	rdns := h.rdns
	if rdns == "" {
		rdns = "no name"
	}
	return true, "HELO " + h.helo + " from " + rdns
}

// toIsFrom: the one addressee is the sender: spam sent "from you to you".
func toIsFrom(ec *evalCtx, _ float64) (bool, string) {
	_, from := ec.fromAddr()
	if from == "" {
		return false, ""
	}
	to := ec.get(fieldTo)
	if to == "" || countAddresses(to) != 1 {
		return false, ""
	}
	_, addr := splitAddress(to)
	if strings.EqualFold(strings.TrimSpace(addr), strings.TrimSpace(from)) {
		return true, from
	}
	return false, ""
}

// msgidHost returns the host part of the Message-ID, lower case; "" when
// there is none.
func (ec *evalCtx) msgidHost() string {
	v := ec.get(fieldMessageID)
	if i := strings.LastIndexByte(v, '>'); i >= 0 {
		v = v[:i]
	}
	return hostOf(v)
}

// msgidRecipientDomain: the Message-ID is in an addressee's domain while
// From is not: the sender gave none and a relay of the receiving site made
// one up, or a bulk mailer wrote one in the addressee's domain.
func msgidRecipientDomain(ec *evalCtx, _ float64) (bool, string) {
	mh := ec.msgidHost()
	if mh == "" {
		return false, ""
	}
	md, fd := hostDomain(mh), ec.fromDomainOf()
	if md == "" || md == fd {
		return false, ""
	}
	for _, v := range ec.toCc() {
		for _, a := range strings.Split(v, ",") {
			_, addr := splitAddress(a)
			if domainOf(addr) == md {
				return true, "Message-ID in " + md + ", From in " + fd
			}
		}
	}
	return false, ""
}

// msgidByReceiver: the Message-ID was written by the server that took the
// message in from outside the receiving site, the entry hop: it is in that
// server's name (the hop's "by" host) and carries the queue id the server
// logged for the message. The sender gave none, as spam software does and
// mail programs and list servers do not; a server adds one for its own
// users, not for mail from the Internet, unless none came. Only a stored
// message shows it: on live mail, classified before the receiving server
// writes anything, MSGID_MISSING says the same.
func msgidByReceiver(ec *evalCtx, _ float64) (bool, string) {
	mh := ec.msgidHost()
	if mh == "" {
		return false, ""
	}
	h, ok := ec.entryHop()
	if !ok || h.field == "" || h.authenticated() {
		return false, ""
	}
	by, id := receivedByID(h.field)
	if by == "" || len(id) < 6 || !strings.EqualFold(by, mh) {
		return false, ""
	}
	v := ec.get(fieldMessageID)
	at := strings.LastIndexByte(v, '@')
	if at < 0 || !strings.Contains(v[:at], id) {
		return false, ""
	}
	return true, "Message-ID written by " + by + ", queue id " + id
}

// receivedByID returns the host a Received field's "by" clause names and
// the queue id its "id" clause gives, each "" when absent.
func receivedByID(v string) (by, id string) {
	prev := ""
	for w, more := nextField(v); w != ""; w, more = nextField(more) {
		switch {
		case prev == "by" && by == "":
			by = strings.TrimRight(w, ";")
		case prev == "id" && id == "":
			id = strings.Trim(w, "<>;")
		}
		prev = w
	}
	return by, id
}

// roleMailbox holds the local parts of role addresses: a Subject naming
// one does not single anybody out.
var roleMailbox = map[string]bool{"info": true, "sales": true, "admin": true, "webmaster": true,
	"support": true, "contact": true, "office": true, "mail": true, "user": true, "root": true,
	"postmaster": true, "abuse": true, "news": true, "list": true, "service": true, "help": true}

// subjectNamesRecipient: the Subject carries the mailbox name of the one
// addressee, as a word ("bob, your rate is approved"): mail merged onto a
// list of harvested addresses. Mail within one domain is left out.
func subjectNamesRecipient(ec *evalCtx, _ float64) (bool, string) {
	subj := strings.ToLower(ec.get(fieldSubject))
	to := ec.get(fieldTo)
	if subj == "" || to == "" || countAddresses(to) != 1 {
		return false, ""
	}
	_, addr := splitAddress(to)
	at := strings.LastIndexByte(addr, '@')
	if at < 3 {
		return false, ""
	}
	local := strings.ToLower(addr[:at])
	if roleMailbox[local] || domainOf(addr) == ec.fromDomainOf() {
		return false, ""
	}
	for _, r := range local {
		if !unicode.IsLetter(r) {
			return false, ""
		}
	}
	for i := 0; i+len(local) <= len(subj); {
		j := strings.Index(subj[i:], local)
		if j < 0 {
			break
		}
		start, end := i+j, i+j+len(local)
		if (start == 0 || !isWordByte(subj[start-1])) && (end == len(subj) || !isWordByte(subj[end])) {
			return true, local
		}
		i = start + 1
	}
	return false, ""
}
