package rules

import (
	"slices"
	"strings"

	"github.com/mizugiwa/mizugiwa/message"
	"golang.org/x/net/publicsuffix"
)

// authResult is one method's result of a trusted Authentication-Results
// field, with the authserv-id that wrote it.
type authResult struct {
	message.AuthResult
	by string
}

// authResults returns the results of the Authentication-Results fields
// written by the authserv-ids of the condition being tested. Other fields
// are not read at all: anyone can write one, and only the receiving MTA,
// which removes forged fields bearing its own authserv-id (RFC 8601
// section 5), tells the truth about what it checked. A field that does
// not parse is ignored.
func (ec *evalCtx) authResults() []authResult {
	if ec.authDone {
		return ec.auth
	}
	ec.authDone = true
	if len(ec.authserv) == 0 {
		return nil
	}
	for i, f := range ec.m.Header {
		if !ec.is(i, fieldAuthResults) {
			continue
		}
		ar, err := message.ParseAuthResults(f.Value)
		if err != nil || !slices.Contains(ec.authserv, ar.ServID) {
			continue
		}
		for _, r := range ar.Results {
			ec.auth = append(ec.auth, authResult{r, ar.ServID})
		}
	}
	return ec.auth
}

// authFound returns the first trusted result of method with result, and
// whether there is one.
func (ec *evalCtx) authFound(method, result string) (authResult, bool) {
	for _, r := range ec.authResults() {
		if r.Method == method && r.Result == result {
			return r, true
		}
	}
	return authResult{}, false
}

// authDetail describes r for a symbol's detail.
func authDetail(r authResult, props ...string) string {
	d := r.Method + "=" + r.Result
	for _, p := range props {
		if v := r.Prop(p); v != "" {
			d += " " + p + "=" + v
		}
	}
	return d + " (by " + r.by + ")"
}

func authDMARCFail(ec *evalCtx, _ float64) (bool, string) {
	if r, ok := ec.authFound("dmarc", "fail"); ok {
		return true, authDetail(r, "header.from")
	}
	return false, ""
}

func authSPFFail(ec *evalCtx, _ float64) (bool, string) {
	if r, ok := ec.authFound("spf", "fail"); ok {
		return true, authDetail(r, "smtp.mailfrom")
	}
	return false, ""
}

// authDKIMFail holds when a signature failed and none passed: a message
// often carries several signatures, and a mailing list that rewrites the
// subject breaks the author's while adding its own.
func authDKIMFail(ec *evalCtx, _ float64) (bool, string) {
	if _, ok := ec.authFound("dkim", "pass"); ok {
		return false, ""
	}
	if r, ok := ec.authFound("dkim", "fail"); ok {
		return true, authDetail(r, "header.d", "header.i")
	}
	return false, ""
}

// authBrandPass holds when the From address is in one of a brand's
// domains and the receiving MTA authenticated that domain: DMARC passed,
// or a DKIM signature of the From address's registered domain passed.
// A phisher can put a brand's domain in From but cannot pass these for it;
// the brand's own notices, which read just like phishing, do.
func authBrandPass(ec *evalCtx, _ float64) (bool, string) {
	if len(ec.brands) == 0 {
		return false, ""
	}
	_, addr := ec.fromAddr()
	host := hostOf(addr)
	if host == "" {
		return false, ""
	}
	owned := false
	for i := range ec.brands {
		if ec.brands[i].owns(host) {
			owned = true
			break
		}
	}
	if !owned {
		return false, ""
	}
	from := registered(host)
	if from == "" {
		return false, ""
	}
	for _, r := range ec.authResults() {
		if r.Result != "pass" {
			continue
		}
		switch r.Method {
		case "dmarc":
			if d := strings.ToLower(r.Prop("header.from")); d == "" || registered(d) == from {
				return true, authDetail(r, "header.from")
			}
		case "dkim":
			d := r.Prop("header.d")
			if d == "" {
				if i := strings.LastIndexByte(r.Prop("header.i"), '@'); i >= 0 {
					d = r.Prop("header.i")[i+1:]
				}
			}
			if d != "" && registered(strings.ToLower(d)) == from {
				return true, authDetail(r, "header.d", "header.i")
			}
		}
	}
	return false, ""
}

// registered returns the registered domain (eTLD+1) of host, "" if none.
func registered(host string) string {
	d, err := publicsuffix.EffectiveTLDPlusOne(strings.Trim(host, ". "))
	if err != nil {
		return ""
	}
	return d
}
