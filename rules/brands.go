package rules

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/mizugiwa/mizugiwa/urlnorm"
)

// A brand is an organization whose name phishers put in the From display
// name: a bank, a card company, a shop, a carrier, a tax office. Its
// genuine mail comes from its own domains, so the name over an address
// elsewhere is a claim the message cannot back.
//
// A rules file declares brands with lines of the form
//
//	brand DOMAIN[,DOMAIN...] NAME[|NAME...]
//
// A display name names the brand when it holds one of the NAMEs, compared
// after NFKC folding (full-width ＡＢＣ and half-width ｶﾀｶﾅ as their
// ordinary forms) and in lower case. A NAME of Latin letters and digits
// must stand as a word ("au" in "au PAY", not in "Beau"); a NAME written
// "=NAME" must be the whole display name ("=Apple": "Apple", not "Big Apple
// Deli"). A name followed in the same word by 店 (a shop on the brand's
// mall, "さくら堂 楽天市場店") or 風 ("-style") names something else. The
// address belongs to the brand when its host is one of the DOMAINs or
// under one.
type brand struct {
	names   []brandName
	domains []string // lower case, no trailing dot
	keys    []string // the first labels of domains, as words a look-alike host carries
	line    int
}

type brandName struct {
	text  string // folded
	word  bool   // Latin letters and digits only: must stand as a word
	whole bool   // must be the whole display name
}

// minBrandKey is the shortest domain label taken for a brand's word in
// host names: "nhk" or "jcb" inside a host name are as often other words'
// abbreviations.
const minBrandKey = 4

// genericLabels are first labels of brand domains that are ordinary words
// or family names in host names (nomura-clinic.example is no securities
// house).
var genericLabels = map[string]bool{
	"line": true, "mail": true, "card": true, "bank": true, "news": true, "shop": true, "info": true,
	"courts": true, "nomura": true, "matsui": true,
}

// Limits on the links read for link_brand_lookalike, per message.
const (
	maxBrandLinks = 200       // links and text URLs looked at
	maxBrandText  = 256 << 10 // bytes of each text part scanned for URLs
)

// textURLPat matches a URL written out in plain text; textURL is the
// same as a pattern for eachLitMatch: every match starts with "http" or
// "www." in ASCII letters of any case (no other rune folds to h, t, p or
// w).
const textURLPat = `(?i)(?:https?://|www\.)[^\s<>"'()（）「」、。]+`

var textURL = func() []litPattern {
	re := regexp.MustCompile(`^` + textURLPat)
	return []litPattern{{"http", re}, {"www.", re}}
}()

// textURLs returns the URLs written out in t, at most n (all when n < 0):
// what regexp.MustCompile(textURLPat).FindAllString(t, n) returns, without
// running the regexp over all of t: a case-insensitive regexp gets no help
// from its literal prefix, and scanning the text of every message for URLs
// was a quarter of the time the header rules took.
func textURLs(t string, n int) []string {
	if n == 0 {
		return nil
	}
	var out []string
	eachLitMatch(t, textURL, func(start, end int) bool {
		out = append(out, t[start:end])
		return n < 0 || len(out) < n
	})
	return out
}

// maxBrandDisplay is how much of a display name is compared with brand
// names.
const maxBrandDisplay = 256

// parseBrand parses what follows "brand" on a line.
func parseBrand(rest string) (brand, error) {
	var b brand
	doms, names, ok := strings.Cut(strings.TrimSpace(rest), " ")
	names = strings.TrimSpace(names)
	if !ok || names == "" {
		return b, fmt.Errorf(`want "brand DOMAIN[,DOMAIN...] NAME[|NAME...]"`)
	}
	for _, d := range strings.Split(doms, ",") {
		d = strings.ToLower(strings.TrimSuffix(d, "."))
		if !validBrandDomain(d) {
			return b, fmt.Errorf("bad brand domain %q", d)
		}
		b.domains = append(b.domains, d)
		if k, _, _ := strings.Cut(d, "."); len(k) >= minBrandKey && !genericLabels[k] && !slices.Contains(b.keys, k) {
			b.keys = append(b.keys, k)
		}
	}
	for _, n := range strings.Split(names, "|") {
		n = strings.TrimSpace(n)
		whole := false
		if rest, ok := strings.CutPrefix(n, "="); ok {
			whole, n = true, strings.TrimSpace(rest)
		}
		f := foldDisplay(n)
		if f == "" {
			return b, fmt.Errorf("empty brand name in %q", names)
		}
		b.names = append(b.names, brandName{text: f, word: isWordName(f), whole: whole})
	}
	return b, nil
}

// validBrandDomain reports whether d looks like a domain name: labels of
// letters, digits and hyphens (a top-level domain alone, such as a brand's
// own "microsoft", is allowed).
func validBrandDomain(d string) bool {
	if d == "" || len(d) > 253 {
		return false
	}
	for _, l := range strings.Split(d, ".") {
		if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
			return false
		}
		for i := 0; i < len(l); i++ {
			c := l[i]
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return true
}

// foldDisplay folds s as brand names are compared: NFKC, lower case, runs
// of white space as one space, trimmed.
func foldDisplay(s string) string {
	if len(s) > maxBrandDisplay {
		s = s[:maxBrandDisplay]
		for len(s) > 0 && !utf8.RuneStart(s[len(s)-1]) {
			s = s[:len(s)-1]
		}
		if len(s) > 0 {
			s = s[:len(s)-1] // the rune cut in two, if any
		}
	}
	s = strings.ToLower(norm.NFKC.String(s))
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

// isWordName reports whether a folded name is ASCII letters and digits
// (with inner spaces, dots, hyphens or '!').
func isWordName(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// named reports whether the folded display name d names b, and returns
// the name found.
func (b *brand) named(d string) (string, bool) {
	for _, n := range b.names {
		if n.whole {
			if d == n.text {
				return n.text, true
			}
			continue
		}
		for i := range occurrences(d, n.text) {
			j := i + len(n.text)
			if n.word && (i > 0 && isWordByte(d[i-1]) || j < len(d) && isWordByte(d[j])) {
				continue
			}
			if qualified(d[j:]) {
				continue
			}
			return n.text, true
		}
	}
	return "", false
}

// qualified reports whether the word that goes on after a brand name
// (up to a space) makes it the name of something else: a shop on the
// brand's mall (楽天市場店, Yahoo!店) or a likeness (ヤマト運輸風).
func qualified(after string) bool {
	if i := strings.IndexByte(after, ' '); i >= 0 {
		after = after[:i]
	}
	return strings.Contains(after, "店") || strings.Contains(after, "風")
}

// owns reports whether host is one of b's domains or under one.
func (b *brand) owns(host string) bool {
	for _, d := range b.domains {
		if host == d || len(host) > len(d) && strings.HasSuffix(host, d) && host[len(host)-len(d)-1] == '.' {
			return true
		}
	}
	return false
}

// fromBrandSpoof is the predicate from_brand_spoof: the From display name
// names a brand of the rules file, and the address is in none of the
// domains of the brands it names.
func fromBrandSpoof(ec *evalCtx, _ float64) (bool, string) {
	if len(ec.brands) == 0 {
		return false, ""
	}
	name, addr := ec.fromAddr()
	if name == "" {
		return false, ""
	}
	host := hostOf(addr)
	if host == "" {
		return false, ""
	}
	d := foldDisplay(strings.Trim(name, `"' `))
	var found string
	for i := range ec.brands {
		b := &ec.brands[i]
		n, ok := b.named(d)
		if !ok {
			continue
		}
		if b.owns(host) {
			return false, ""
		}
		if found == "" {
			found = n
		}
	}
	if found == "" {
		return false, ""
	}
	return true, fmt.Sprintf("%q from %s", found, host)
}

// carries reports whether host holds one of b's keys as a word of its own:
// between the start, dots and hyphens ("smbc-card-vpass.example",
// "www.amazon.co.jp-login.example"), and returns the key.
func (b *brand) carries(host string) (string, bool) {
	for _, k := range b.keys {
		for i := range occurrences(host, k) {
			j := i + len(k)
			if (i == 0 || host[i-1] == '.' || host[i-1] == '-') && (j == len(host) || host[j] == '.' || host[j] == '-') {
				return k, true
			}
		}
	}
	return "", false
}

// linkBrandLookalike is the predicate link_brand_lookalike: a link of the
// message (in HTML, or a URL written out in the text) goes to a host that
// carries a brand's name as a word of its own, as combo-squatted phishing
// hosts do (smbc-card-vpass.example, amazon-co-jp.example), and the host
// is none of the brand's domains nor under one.
func linkBrandLookalike(ec *evalCtx, _ float64) (bool, string) {
	if len(ec.brands) == 0 || ec.m == nil {
		return false, ""
	}
	seen := 0
	check := func(raw string) (string, bool) {
		seen++
		u, err := urlnorm.Normalize(raw)
		if err != nil || u.Host == "" {
			return "", false
		}
		for i := range ec.brands {
			b := &ec.brands[i]
			if k, ok := b.carries(u.Host); ok && !b.owns(u.Host) {
				return fmt.Sprintf("%s carries %q", u.Host, k), true
			}
		}
		return "", false
	}
	for _, p := range ec.m.Parts {
		if p == nil {
			continue
		}
		for _, l := range p.Links {
			if seen >= maxBrandLinks {
				return false, ""
			}
			if d, ok := check(l.URL); ok {
				return true, d
			}
		}
		if !p.IsText {
			continue
		}
		t := p.Text
		if len(t) > maxBrandText {
			t = t[:maxBrandText]
		}
		for _, raw := range textURLs(t, maxBrandLinks-seen) {
			if seen >= maxBrandLinks {
				return false, ""
			}
			if d, ok := check(raw); ok {
				return true, d
			}
		}
	}
	return false, ""
}
