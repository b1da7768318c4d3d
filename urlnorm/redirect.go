package urlnorm

import (
	_ "embed"
	"net/url"
	"strings"
	"sync"

	"golang.org/x/net/publicsuffix"
)

//go:embed data/redirectors.txt
var redirectorsTxt string

// redirector is one line of data/redirectors.txt.
type redirector struct {
	host     string // suffix, or the name before ".*"
	anyTLD   bool   // host is "name.*"
	path     string
	params   []string
	query    bool // the whole query is the target
	rest     bool // the rest of the path is the target
	shortens bool // a shortener: reported, not unwrapped
}

// redirectors is the parsed table, read once; it is never changed.
var redirectors = sync.OnceValue(func() []redirector { return parseRedirectors(redirectorsTxt) })

func parseRedirectors(txt string) []redirector {
	var rs []redirector
	for _, line := range strings.Split(txt, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) != 3 {
			continue
		}
		r := redirector{host: strings.ToLower(f[0]), path: f[1]}
		if name, ok := strings.CutSuffix(r.host, ".*"); ok {
			r.host, r.anyTLD = name, true
		}
		switch f[2] {
		case "?":
			r.query = true
		case "/":
			r.rest = true
		case "-":
			r.shortens = true
		default:
			r.params = strings.Split(f[2], ",")
		}
		rs = append(rs, r)
	}
	return rs
}

// matches reports whether the redirector applies to host and path.
func (r *redirector) matches(host, path string) bool {
	if !strings.HasPrefix(path, r.path) {
		return false
	}
	if r.anyTLD {
		d, err := publicsuffix.EffectiveTLDPlusOne(host)
		if err != nil {
			return false
		}
		name, _, _ := strings.Cut(d, ".")
		return name == r.host
	}
	return host == r.host || (len(host) > len(r.host) && strings.HasSuffix(host, r.host) && host[len(host)-len(r.host)-1] == '.')
}

// redirectTarget returns the URL p's redirector sends the browser to. A
// shortener is marked in p's tricks but has no target.
func redirectTarget(p *parsed) (string, bool) {
	if p.ip {
		return "", false
	}
	rs := redirectors()
	for i := range rs {
		r := &rs[i]
		if !r.matches(p.host, p.path) {
			continue
		}
		switch {
		case r.shortens:
			if len(p.path) > 1 {
				p.tricks |= tRedirect
			}
			return "", false
		case r.query:
			if t, ok := asTarget(p.query); ok {
				return t, true
			}
		case r.rest:
			if t, ok := asTarget(strings.TrimPrefix(p.path[len(r.path):], "/")); ok {
				if p.query != "" {
					t += "?" + p.query
				}
				return t, true
			}
		default:
			for _, kv := range strings.Split(p.query, "&") {
				k, v, _ := strings.Cut(kv, "=")
				for _, name := range r.params {
					if k == name {
						if t, ok := asTarget(v); ok {
							return t, true
						}
					}
				}
			}
		}
	}
	return "", false
}

// asTarget unescapes v and reports whether it is an absolute web URL or a
// host name with a path.
func asTarget(v string) (string, bool) {
	if v == "" {
		return "", false
	}
	if u, err := url.QueryUnescape(v); err == nil {
		v = u
	}
	l := strings.ToLower(v)
	if strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "www.") {
		return v, true
	}
	// ime.nu/example.com/path: a host with a known suffix.
	h := l
	if k := strings.IndexAny(h, "/?#"); k >= 0 {
		h = h[:k]
	}
	if strings.IndexByte(h, '.') > 0 {
		if _, icann := publicsuffix.PublicSuffix(h); icann {
			return v, true
		}
	}
	return "", false
}
