package classifier

import (
	"fmt"
	"net/netip"
	"strings"

	"github.com/mizugiwa/mizugiwa/scoring"
)

// SenderList is a user's allow or deny list: envelope sender addresses,
// sender domains, client IPs and CIDR blocks.
//
// Entries are written as:
//
//	user@example.com     that envelope sender (case-insensitive)
//	example.com          senders in that domain and its subdomains
//	@example.com         the same
//	192.0.2.7            that client IP
//	192.0.2.0/24         clients in that block (IPv4 or IPv6)
type SenderList struct {
	entries []string // as given, canonicalized
	addrs   map[string]bool
	domains map[string]bool
	ips     []netip.Prefix
}

// ParseSenderList parses entries; the error names the first bad entry.
func ParseSenderList(entries []string) (SenderList, error) {
	var l SenderList
	for i, e := range entries {
		c, err := l.add(e)
		if err != nil {
			return SenderList{}, fmt.Errorf("entry %d (%q): %w", i, e, err)
		}
		l.entries = append(l.entries, c)
	}
	return l, nil
}

func (l *SenderList) add(e string) (string, error) {
	e = strings.ToLower(strings.TrimSpace(e))
	switch {
	case e == "":
		return "", fmt.Errorf("empty")
	case strings.Contains(e, "/"):
		p, err := netip.ParsePrefix(e)
		if err != nil {
			return "", fmt.Errorf("not a CIDR block: %v", err)
		}
		p = p.Masked()
		l.ips = append(l.ips, p)
		return p.String(), nil
	}
	if a, err := netip.ParseAddr(strings.Trim(e, "[]")); err == nil {
		a = a.Unmap()
		l.ips = append(l.ips, netip.PrefixFrom(a, a.BitLen()))
		return a.String(), nil
	}
	if i := strings.LastIndexByte(e, '@'); i > 0 {
		if !validDomain(e[i+1:]) {
			return "", fmt.Errorf("not an address: bad domain %q", e[i+1:])
		}
		if l.addrs == nil {
			l.addrs = make(map[string]bool)
		}
		l.addrs[e] = true
		return e, nil
	}
	d := strings.TrimSuffix(strings.TrimPrefix(e, "@"), ".")
	if !validDomain(d) {
		return "", fmt.Errorf("not an address, domain, IP or CIDR block")
	}
	if l.domains == nil {
		l.domains = make(map[string]bool)
	}
	l.domains[d] = true
	return d, nil
}

func validDomain(d string) bool {
	if d == "" || len(d) > 253 || !strings.Contains(d, ".") {
		return false
	}
	for _, label := range strings.Split(d, ".") {
		if label == "" || len(label) > 63 {
			return false
		}
		for _, r := range label {
			if r != '-' && r != '_' && !(r >= 'a' && r <= 'z') && !(r >= '0' && r <= '9') && r < 0x80 {
				return false
			}
		}
	}
	return true
}

// Entries returns the list's entries in canonical form.
func (l SenderList) Entries() []string { return l.entries }

// Len returns the number of entries.
func (l SenderList) Len() int { return len(l.entries) }

// Match returns the entry that env matches, or "".
func (l SenderList) Match(env scoring.Envelope) string {
	if len(l.entries) == 0 {
		return ""
	}
	if env.ClientIP.IsValid() {
		ip := env.ClientIP.Unmap()
		for _, p := range l.ips {
			if p.Contains(ip) {
				if p.IsSingleIP() {
					return p.Addr().String()
				}
				return p.String()
			}
		}
	}
	from := strings.ToLower(strings.Trim(env.MailFrom, "<> "))
	if from == "" {
		return ""
	}
	if l.addrs[from] {
		return from
	}
	i := strings.LastIndexByte(from, '@')
	if i < 0 {
		return ""
	}
	for d := from[i+1:]; d != ""; {
		if l.domains[d] {
			return d
		}
		j := strings.IndexByte(d, '.')
		if j < 0 {
			break
		}
		d = d[j+1:]
	}
	return ""
}
