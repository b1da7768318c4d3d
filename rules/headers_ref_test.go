package rules

import (
	"bytes"
	"net/netip"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/mizugiwa/mizugiwa/message"
	"github.com/mizugiwa/mizugiwa/scoring"
)

// This file holds a reference evaluator of header rules: the plain way,
// every condition in file order, every field compared by strings.EqualFold,
// every regexp run on every value, and the predicates whose fast versions
// Eval uses written out with regexps and the standard library. The tests
// hold Eval to it.

// refEval returns the symbols of the rules of s that fire on in.
// Body conditions do not depend on the header or the envelope, so their
// results are kept in memo across the variants of one message.
func refEval(s *Set, in *scoring.Input, memo map[refBodyKey]refResult) []scoring.Symbol {
	var syms []scoring.Symbol
	for _, r := range s.Rules {
		fires, detail := true, ""
		for i := range r.conds {
			ok, d := refCond(&r.conds[i], in, memo)
			if !ok {
				fires = false
				break
			}
			if detail == "" {
				detail = d
			}
		}
		if !fires {
			continue
		}
		if len(detail) > maxDetail {
			cut := maxDetail
			for cut > 0 && detail[cut]&0xC0 == 0x80 {
				cut--
			}
			detail = detail[:cut] + "…"
		}
		syms = append(syms, scoring.Symbol{Name: r.Name, Score: r.Weight, Detail: detail})
	}
	return syms
}

// refParagraph separates the paragraphs of a text: blank lines.
var refParagraph = regexp.MustCompile(`\n[ \t\r]*\n(?:[ \t\r]*\n)*`)

// testRuleSets returns the built-in rules and testdata/extra.rules, a set
// with what the built-in one does not use (raw values, regexps the dfa
// once could not take, odd field names, negations).
func testRuleSets(t *testing.T) (builtin, extra *Set) {
	t.Helper()
	builtin = builtinTrusting(t)
	extra, err := LoadFile(filepath.Join("testdata", "extra.rules"))
	if err != nil {
		t.Fatal(err)
	}
	return builtin, extra
}

// refBodyKey names a body condition on the text parts of a message.
type refBodyKey struct {
	c     *cond
	parts *message.Part // the first part: variants of a message share them
}

type refResult struct {
	ok     bool
	detail string
}

// refBody matches a body condition paragraph by paragraph.
func refBody(c *cond, m *message.Message) (bool, string) {
	for _, p := range m.Parts {
		if !p.IsText {
			continue
		}
		for _, para := range refParagraphs(p.Text) {
			if para != "" && c.re.MatchString(para) {
				loc := c.re.FindStringIndex(para)
				return true, "body: " + para[loc[0]:loc[1]]
			}
		}
	}
	return false, ""
}

// refParagraphs splits text at its blank lines, leaving out empty pieces,
// the last of maxParagraphs holding the rest.
func refParagraphs(text string) []string {
	var out []string
	start := 0
	for _, sep := range refParagraph.FindAllStringIndex(text, -1) {
		if sep[0] > start {
			out = append(out, text[start:sep[0]])
		}
		start = sep[1]
		if len(out) == maxParagraphs-1 {
			break
		}
	}
	if start < len(text) {
		out = append(out, text[start:])
	}
	return out
}

func refCond(c *cond, in *scoring.Input, memo map[refBodyKey]refResult) (bool, string) {
	h := in.Msg.Header
	switch c.kind {
	case condMatch, condNotMatch:
		for _, f := range h {
			if !strings.EqualFold(f.Name, c.header) {
				continue
			}
			v := f.Value
			if c.raw {
				v = f.Raw
			}
			if loc := c.re.FindStringIndex(v); loc != nil {
				if c.kind == condNotMatch {
					return false, ""
				}
				return true, c.header + ": " + v[loc[0]:loc[1]]
			}
		}
		return c.kind == condNotMatch, ""
	case condBody:
		var key refBodyKey
		if len(in.Msg.Parts) > 0 {
			key = refBodyKey{c, in.Msg.Parts[0]}
			if r, ok := memo[key]; ok {
				return r.ok, r.detail
			}
		}
		ok, d := refBody(c, in.Msg)
		memo[key] = refResult{ok, d}
		return ok, d
	case condExists:
		return h.Has(c.header), ""
	case condAbsent:
		return !h.Has(c.header), "no " + c.header
	}
	var ok bool
	var d string
	if fn := refPredicates[c.predName]; fn != nil {
		ok, d = fn(in, c.arg)
	} else {
		// The predicates that only read fields: run on a context that
		// looks every field up by strings.EqualFold.
		ec := &evalCtx{in: in, m: in.Msg, prog: compile(nil), slow: true, brands: c.brands, authserv: c.authserv}
		ok, d = c.pred.fn(ec, c.arg)
	}
	if c.negate {
		return !ok, ""
	}
	return ok, d
}

// refPredicates are the predicates with a fast path, written plainly.
var refPredicates = map[string]func(in *scoring.Input, arg float64) (bool, string){
	"is_list_mail": func(in *scoring.Input, _ float64) (bool, string) {
		for _, f := range in.Msg.Header {
			switch strings.ToLower(f.Name) {
			case "list-id", "list-post", "list-unsubscribe", "mailing-list", "x-ml-name", "x-mailing-list":
				return true, f.Name
			}
		}
		return false, ""
	},
	"date_malformed": func(in *scoring.Input, _ float64) (bool, string) {
		for _, f := range in.Msg.Header {
			if strings.EqualFold(f.Name, "Date") {
				if _, ok := parseDateSlow(f.Value); !ok {
					return true, "Date: " + f.Value
				}
				return false, ""
			}
		}
		return false, ""
	},
	"date_future": func(in *scoring.Input, hours float64) (bool, string) {
		off, ok := refDateOffset(in)
		if !ok || off <= time.Duration(hours*float64(time.Hour)) {
			return false, ""
		}
		return true, "Date " + off.Round(time.Minute).String() + " after receipt"
	},
	"date_past": func(in *scoring.Input, hours float64) (bool, string) {
		off, ok := refDateOffset(in)
		if !ok || -off <= time.Duration(hours*float64(time.Hour)) {
			return false, ""
		}
		return true, "Date " + (-off).Round(time.Minute).String() + " before receipt"
	},
	"html_invisible_text": refHTMLInvisibleText,
	"html_mostly_image":   refHTMLMostlyImage,
	"received_dynamic":    refReceivedDynamic,
}

// refDateOffset returns Date minus the date of the top Received field.
func refDateOffset(in *scoring.Input) (time.Duration, bool) {
	var r time.Time
	if v := in.Msg.Header.Get("Received"); v != "" {
		if i := strings.LastIndexByte(v, ';'); i >= 0 {
			if t, ok := parseDateSlow(v[i+1:]); ok {
				r = t
			}
		}
	}
	if r.IsZero() {
		return 0, false
	}
	d, ok := parseDateSlow(in.Msg.Header.Get("Date"))
	if !ok {
		return 0, false
	}
	return d.Sub(r), true
}

var styledText = regexp.MustCompile(styledTextPat)

func refHTMLInvisibleText(in *scoring.Input, _ float64) (bool, string) {
	for _, p := range in.Msg.Parts {
		if !p.IsHTML || len(p.Body) == 0 {
			continue
		}
		b := p.Body
		if len(b) > maxHTMLScan {
			b = b[:maxHTMLScan]
		}
		if !bytes.Contains(b, []byte("=")) {
			continue
		}
		dark := darkBack.Match(b)
		for _, loc := range styledText.FindAllIndex(b, maxStyledTags) {
			tag := b[loc[0]:loc[1]]
			if m := hiddenCSS.Find(tag); m != nil {
				return true, "part " + p.ID + ": " + string(m)
			}
			if !dark && whiteText.Match(tag) {
				return true, "part " + p.ID + ": white text"
			}
		}
	}
	return false, ""
}

// refVisibleRunes counts letters and digits of text outside URLs.
func refVisibleRunes(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if strings.Contains(w, "://") || strings.HasPrefix(strings.ToLower(w), "www.") {
			continue
		}
		for _, r := range w {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				n++
			}
		}
	}
	return n
}

func refHTMLMostlyImage(in *scoring.Input, perImage float64) (bool, string) {
	m := in.Msg
	images, html, links, htmlText, text := 0, false, 0, 0, 0
	for _, p := range m.Parts {
		if p.IsHTML {
			html = true
			images += len(p.Images)
			links += len(p.Links)
			htmlText += refVisibleRunes(p.Text)
		}
	}
	if images == 0 {
		return false, ""
	}
	plain := false
	for _, p := range m.TextParts() {
		plain = plain || !p.IsHTML && strings.TrimSpace(p.Text) != ""
		text += refVisibleRunes(p.Text)
	}
	if html && !plain && htmlText < minText && links+images > 0 {
		return false, "" // HTML_NO_TEXT
	}
	if float64(text) >= perImage*float64(images) {
		return false, ""
	}
	return true, strconv.Itoa(images) + " images, " + strconv.Itoa(text) + " letters of text"
}

// refHop is the "from" clause of a Received field.
type refHop struct {
	helo, rdns string
	ip         netip.Addr
	auth       bool
}

func refParseHop(v string) (refHop, bool) {
	var h refHop
	rest, ok := strings.CutPrefix(strings.TrimSpace(v), "from ")
	if !ok {
		return h, false
	}
	lower := strings.ToLower(v)
	h.auth = strings.Contains(lower, "with esmtpa") || strings.Contains(lower, "with esmtpsa") ||
		strings.Contains(lower, "authenticated")
	if by := strings.Index(rest, " by "); by >= 0 {
		rest = rest[:by]
	}
	f := strings.Fields(rest)
	if len(f) == 0 {
		return h, false
	}
	h.helo = strings.ToLower(f[0])
	if i := strings.IndexByte(rest, '('); i >= 0 {
		par := rest[i+1:]
		if j := strings.IndexByte(par, ')'); j >= 0 {
			par = par[:j]
		}
		for _, w := range strings.Fields(par) {
			w = strings.Trim(w, "[]")
			if a, err := netip.ParseAddr(strings.TrimPrefix(w, "IPv6:")); err == nil {
				h.ip = a
			} else if strings.Contains(w, ".") && !strings.Contains(w, "@") && !strings.Contains(w, "=") && h.rdns == "" {
				h.rdns = strings.ToLower(w)
			}
		}
	}
	if !h.ip.IsValid() {
		if a, err := netip.ParseAddr(strings.Trim(h.helo, "[]")); err == nil {
			h.ip = a
		}
	}
	return h, true
}

func refReceivedDynamic(in *scoring.Input, _ float64) (bool, string) {
	var h refHop
	found := false
	if env := in.Envelope; env.ClientName != "" || env.ClientIP.IsValid() {
		h, found = refHop{rdns: strings.ToLower(env.ClientName), ip: env.ClientIP}, true
	}
	for _, f := range in.Msg.Header {
		if found || !strings.EqualFold(f.Name, "Received") {
			continue
		}
		hp, ok := refParseHop(f.Value)
		if ok && hp.ip.IsValid() && !hp.ip.IsLoopback() && !hp.ip.IsPrivate() && !hp.ip.IsLinkLocalUnicast() {
			h, found = hp, true
		}
	}
	if !found || h.auth || h.rdns == "" || h.rdns == "unknown" || strings.Count(h.rdns, ".") < 2 {
		return false, ""
	}
	if dynamicHost.MatchString(h.rdns) {
		return true, "from " + h.rdns
	}
	return false, ""
}

// testMessage is a parsed message of a test corpus.
type testMessage struct {
	name string
	msg  *message.Message
}

// jaDevDir locates the ja-dev corpus: $MIZUGIWA_JADEV, or the shared
// checkout next to the repository; "" when it is absent.
func jaDevDir() string {
	dir := os.Getenv("MIZUGIWA_JADEV")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "corpus", "ja-dev")
	}
	if _, err := os.Stat(filepath.Join(dir, "spam")); err != nil {
		return ""
	}
	return dir
}

// loadMessages parses the files matching the patterns.
func loadMessages(t testing.TB, patterns ...string) []testMessage {
	t.Helper()
	var ms []testMessage
	for _, p := range patterns {
		files, err := filepath.Glob(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			m, err := message.Parse(raw, message.Limits{})
			if err != nil {
				continue
			}
			ms = append(ms, testMessage{f, m})
		}
	}
	return ms
}

// corpora returns the messages of testdata and ja-dev, and of the
// SpamAssassin corpus unless testing.Short; all reports whether that was
// found and read.
func corpora(t *testing.T) (ms []testMessage, all bool) {
	ms = loadMessages(t, filepath.Join("testdata", "*.eml"))
	if d := jaDevDir(); d != "" {
		n := len(ms)
		ms = append(ms, loadMessages(t, filepath.Join(d, "spam", "*.eml"), filepath.Join(d, "ham", "*.eml"))...)
		if len(ms)-n < 200 {
			t.Fatalf("ja-dev at %s: %d messages parsed", d, len(ms)-n)
		}
	} else {
		t.Log("ja-dev corpus not found (set MIZUGIWA_JADEV): testdata only")
	}
	if testing.Short() {
		return ms, false
	}
	sa := loadMessages(t, filepath.Join(corpusDir(), "data", "*", "*.txt"))
	if len(sa) == 0 {
		t.Logf("SpamAssassin corpus not found at %s (set MIZUGIWA_CORPUS)", corpusDir())
	}
	return append(ms, sa...), len(sa) > 0
}

// madeUpEnvelope makes an SMTP session out of the message itself, so that
// the rules on the envelope have something to judge; with bcc, a dozen
// recipients more than To names.
func madeUpEnvelope(m *message.Message, bcc bool) scoring.Envelope {
	var e scoring.Envelope
	if h, ok := refParseHop(m.Header.Get("Received")); ok {
		e.Helo, e.ClientName, e.ClientIP = h.helo, h.rdns, h.ip
	}
	_, e.MailFrom = splitAddress(m.Header.Get("Return-Path"))
	for _, v := range m.Header.Values("To") {
		for _, a := range strings.Split(v, ",") {
			_, ad := splitAddress(a)
			e.Recipients = append(e.Recipients, scoring.Recipient{Address: ad})
		}
	}
	for i := 0; bcc && i < 12; i++ {
		e.Recipients = append(e.Recipients, scoring.Recipient{Address: "hidden" + strconv.Itoa(i) + "@example.net"})
	}
	return e
}

// withoutFields returns a copy of m without the fields named.
func withoutFields(m *message.Message, names ...string) *message.Message {
	c := *m
	c.Header = nil
	for _, f := range m.Header {
		drop := false
		for _, n := range names {
			drop = drop || strings.EqualFold(f.Name, n)
		}
		if !drop {
			c.Header = append(c.Header, f)
		}
	}
	return &c
}

// foldedNames returns a copy of m whose field names spell s and k as
// U+017F and U+212A, which strings.EqualFold takes for s and k but
// strings.ToLower does not, plus a mailing-list field spelled that way.
func foldedNames(m *message.Message) *message.Message {
	c := *m
	c.Header = nil
	r := strings.NewReplacer("s", "\u017f", "S", "\u017f", "k", "\u212a", "K", "\u212a")
	for _, f := range m.Header {
		f.Name = r.Replace(f.Name)
		c.Header = append(c.Header, f)
	}
	c.Header = append(c.Header, message.Field{Name: "Li\u017ft-Id", Value: "<x.example.com>", Raw: "<x.example.com>"})
	return &c
}

// TestEvalMatchesReference checks that Eval gives exactly the symbols,
// scores and details of the reference evaluator on every message of the
// test corpora: as it is, with field names folded the Unicode way, and
// without some of the fields rules ask for; with no envelope and with one
// made up from the message.
func TestEvalMatchesReference(t *testing.T) {
	set, extra := testRuleSets(t)
	ms, all := corpora(t)
	fired := map[string]int{}
	for i, tm := range ms {
		memo := map[refBodyKey]refResult{}
		variants := []*message.Message{tm.msg, foldedNames(tm.msg), withoutFields(tm.msg, "From", "Date", "To", "Message-ID")}
		for _, m := range variants {
			for _, env := range []scoring.Envelope{{}, madeUpEnvelope(tm.msg, i%3 == 0)} {
				in := &scoring.Input{Msg: m, Envelope: env}
				for _, s := range []*Set{set, extra} {
					got, want := s.Eval(in), refEval(s, in, memo)
					if !reflect.DeepEqual(got, want) {
						t.Errorf("%s (%d fields), %s: Eval gives\n%v\nthe reference\n%v", tm.name, len(m.Header), s.Source, got, want)
					}
					for _, s := range want {
						fired[s.Name]++
					}
				}
			}
		}
	}
	// The comparison means something only if the rules fire; on the
	// whole of the corpora every one does.
	for _, r := range append(set.Rules, extra.Rules...) {
		if all && fired[r.Name] == 0 {
			t.Errorf("%s fired on none of %d messages", r.Name, len(ms))
		}
	}
	t.Logf("%d messages; fired: %v", len(ms), fired)
}
