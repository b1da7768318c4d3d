package classifier

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mizugiwa/mizugiwa/message"
	"github.com/mizugiwa/mizugiwa/scoring"
)

const plain = "From: a@example.com\r\nTo: b@example.net\r\nSubject: hello\r\n\r\nHello there.\r\n"

// fixed reports the same symbols for every message.
type fixed struct {
	name  string
	syms  []scoring.Symbol
	calls atomic.Int32
}

func (f *fixed) Name() string { return f.name }
func (f *fixed) Score(context.Context, *scoring.Input) ([]scoring.Symbol, error) {
	f.calls.Add(1)
	return f.syms, nil
}

type failing struct{}

func (failing) Name() string { return "failing" }
func (failing) Score(context.Context, *scoring.Input) ([]scoring.Symbol, error) {
	return nil, errors.New("model unreadable")
}

type panicking struct{}

func (panicking) Name() string { return "panicking" }
func (panicking) Score(context.Context, *scoring.Input) ([]scoring.Symbol, error) {
	panic("scorer bug")
}

// stuck ignores its context and never returns in time.
type stuck struct{ release chan struct{} }

func (stuck) Name() string { return "stuck" }
func (s stuck) Score(context.Context, *scoring.Input) ([]scoring.Symbol, error) {
	<-s.release
	return []scoring.Symbol{{Name: "LATE", Score: 100}}, nil
}

// perUser scores by user: "spammy" users get a high score.
type perUser struct{ calls atomic.Int32 }

func (*perUser) Name() string { return "peruser" }
func (*perUser) Score(context.Context, *scoring.Input) ([]scoring.Symbol, error) {
	return nil, errors.New("Score called on a user scorer")
}
func (p *perUser) ScoreUser(_ context.Context, _ *scoring.Input, user string) ([]scoring.Symbol, error) {
	p.calls.Add(1)
	if strings.HasPrefix(user, "spammy") {
		return []scoring.Symbol{{Name: "USER_SPAM", Score: 10, Detail: user}}, nil
	}
	return []scoring.Symbol{{Name: "USER_HAM", Score: -1, Detail: user}}, nil
}

type policies map[string]Settings

func (p policies) Settings(_ context.Context, user string) (Settings, error) {
	if s, ok := p[user]; ok {
		return s, nil
	}
	return DefaultSettings(), nil
}

func quiet() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func newEngine(t *testing.T, o Options) *Engine {
	t.Helper()
	o.Logger = quiet()
	e, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func symbolNames(syms []scoring.Symbol) []string {
	var names []string
	for _, s := range syms {
		names = append(names, s.Name)
	}
	return names
}

func hasSymbol(syms []scoring.Symbol, name string) bool {
	for _, s := range syms {
		if s.Name == name {
			return true
		}
	}
	return false
}

func TestCombine(t *testing.T) {
	cases := []struct {
		name      string
		syms      []scoring.Symbol
		wantScore float64
		want      Verdict
		wantFlag  string
	}{
		{"nothing", nil, 0, Ham, "NO"},
		{"below", []scoring.Symbol{{Name: "A", Score: 3}, {Name: "B", Score: 1.5}}, 4.5, Ham, "NO"},
		{"at threshold", []scoring.Symbol{{Name: "A", Score: 3}, {Name: "B", Score: 2}}, 5, Spam, "YES"},
		{"negative evidence", []scoring.Symbol{{Name: "A", Score: 6}, {Name: "B", Score: -2}}, 4, Ham, "NO"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newEngine(t, Options{Scorers: []scoring.Scorer{&fixed{name: "f", syms: c.syms}}})
			res, err := e.Classify(context.Background(), []byte(plain), scoring.Envelope{})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Recipients) != 1 {
				t.Fatalf("got %d results, want 1 for an envelope without recipients", len(res.Recipients))
			}
			r := res.Recipients[0]
			if r.Score != c.wantScore || r.Verdict != c.want || r.Threshold != 5 {
				t.Errorf("score %v verdict %v threshold %v, want %v %v 5", r.Score, r.Verdict, r.Threshold, c.wantScore, c.want)
			}
			if r.Action != AddHeaders {
				t.Errorf("action %v, want add_headers in label mode", r.Action)
			}
			if got := headerValue(r.Headers, "X-Spam-Flag"); got != c.wantFlag {
				t.Errorf("X-Spam-Flag %q, want %q", got, c.wantFlag)
			}
			for _, s := range c.syms {
				if !strings.Contains(headerValue(r.Headers, "X-Spam-Status"), s.Name+"=") {
					t.Errorf("X-Spam-Status %q does not list %s", headerValue(r.Headers, "X-Spam-Status"), s.Name)
				}
			}
		})
	}
}

func headerValue(hs []Header, name string) string {
	for _, h := range hs {
		if h.Name == name {
			return h.Value
		}
	}
	return ""
}

func TestSymbolsSortedByContribution(t *testing.T) {
	e := newEngine(t, Options{Scorers: []scoring.Scorer{&fixed{name: "f", syms: []scoring.Symbol{
		{Name: "SMALL", Score: 0.5}, {Name: "BIG_NEG", Score: -4}, {Name: "BIG", Score: 6},
	}}}})
	res, err := e.Classify(context.Background(), []byte(plain), scoring.Envelope{})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(symbolNames(res.Recipients[0].Symbols), ",")
	if got != "BIG,BIG_NEG,SMALL" {
		t.Errorf("symbols in order %s, want BIG,BIG_NEG,SMALL", got)
	}
}

func TestFailingScorersBecomeSymbols(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	good := &fixed{name: "good", syms: []scoring.Symbol{{Name: "GOOD", Score: 6}}}
	e := newEngine(t, Options{
		Scorers: []scoring.Scorer{good, failing{}, panicking{}, stuck{release}},
		Timeout: 200 * time.Millisecond,
	})
	res, err := e.Classify(context.Background(), []byte(plain), scoring.Envelope{})
	if err != nil {
		t.Fatal(err)
	}
	r := res.Recipients[0]
	for _, want := range []string{"GOOD", SymScorerFailed, SymScorerTimeout} {
		if !hasSymbol(r.Symbols, want) {
			t.Errorf("symbols %v lack %s", symbolNames(r.Symbols), want)
		}
	}
	if hasSymbol(r.Symbols, "LATE") {
		t.Error("a timed-out scorer's late symbols were used")
	}
	failed := 0
	for _, s := range r.Symbols {
		if s.Name == SymScorerFailed {
			failed++
		}
	}
	if failed != 2 {
		t.Errorf("%d SCORER_FAILED symbols, want 2 (error and panic)", failed)
	}
	if r.Score != 6 || r.Verdict != Spam {
		t.Errorf("score %v verdict %v, want 6 spam from the scorer that worked", r.Score, r.Verdict)
	}
}

func TestTempfailWhenPartlyScanned(t *testing.T) {
	allow, err := ParseSenderList([]string{"friend@example.com"})
	if err != nil {
		t.Fatal(err)
	}
	pol := policies{
		"reject":     {Filtering: true, Mode: ModeReject},
		"quarantine": {Filtering: true, Mode: ModeQuarantine},
		"label":      {Filtering: true, Mode: ModeLabel},
		"optout":     {Filtering: false, Mode: ModeReject},
		"allow":      {Filtering: true, Mode: ModeReject, Allow: allow},
		"low":        {Filtering: true, Mode: ModeReject, Threshold: 2},
	}
	users := []string{"reject", "quarantine", "label", "optout", "allow", "low"}
	env := scoring.Envelope{MailFrom: "friend@example.com"}
	for _, u := range users {
		env.Recipients = append(env.Recipients, scoring.Recipient{Address: u + "@example.net", User: u})
	}
	type want struct {
		action Action
		code   int
	}
	for _, c := range []struct {
		name    string
		policy  FailurePolicy
		scorers []scoring.Scorer
		want    []want // in the order of users
	}{
		{"fail open", ScoreWithout,
			[]scoring.Scorer{&fixed{name: "g", syms: []scoring.Symbol{{Name: "G", Score: 3}}}, failing{}},
			[]want{{AddHeaders, 0}, {AddHeaders, 0}, {AddHeaders, 0}, {Accept, 0}, {AddHeaders, 0}, {Reject, 550}}},
		{"tempfail, ham without the failed scorer", TempfailUnlessSpam,
			[]scoring.Scorer{&fixed{name: "g", syms: []scoring.Symbol{{Name: "G", Score: 3}}}, failing{}},
			[]want{{Tempfail, 451}, {Tempfail, 451}, {AddHeaders, 0}, {Accept, 0}, {AddHeaders, 0}, {Reject, 550}}},
		{"tempfail, spam even without it", TempfailUnlessSpam,
			[]scoring.Scorer{&fixed{name: "g", syms: []scoring.Symbol{{Name: "G", Score: 9}}}, failing{}},
			[]want{{Reject, 550}, {Quarantine, 0}, {AddHeaders, 0}, {Accept, 0}, {AddHeaders, 0}, {Reject, 550}}},
		{"tempfail, nothing failed", TempfailUnlessSpam,
			[]scoring.Scorer{&fixed{name: "g", syms: []scoring.Symbol{{Name: "G", Score: 3}}}},
			[]want{{AddHeaders, 0}, {AddHeaders, 0}, {AddHeaders, 0}, {Accept, 0}, {AddHeaders, 0}, {Reject, 550}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			e := newEngine(t, Options{Scorers: c.scorers, Policies: pol, OnScorerFailure: c.policy})
			res, err := e.Classify(context.Background(), []byte(plain), env)
			if err != nil {
				t.Fatal(err)
			}
			for i, w := range c.want {
				r := res.Recipients[i]
				if r.Action != w.action || r.SMTPCode != w.code {
					t.Errorf("%s: action %v code %d, want %v %d (symbols %v)", r.Recipient.User, r.Action, r.SMTPCode, w.action, w.code, symbolNames(r.Symbols))
				}
				if r.Action == Tempfail && !strings.HasPrefix(r.SMTPText, "4.") {
					t.Errorf("%s: tempfail text %q is not a 4.x.x status", r.Recipient.User, r.SMTPText)
				}
			}
		})
	}
}

func TestParseFailurePolicy(t *testing.T) {
	for _, c := range []struct {
		in   string
		want FailurePolicy
		ok   bool
	}{{"score", ScoreWithout, true}, {" Tempfail ", TempfailUnlessSpam, true}, {"accept", 0, false}, {"", 0, false}} {
		got, err := ParseFailurePolicy(c.in)
		if (err == nil) != c.ok || (c.ok && got != c.want) {
			t.Errorf("ParseFailurePolicy(%q) = %v, %v; want %v ok=%v", c.in, got, err, c.want, c.ok)
		}
	}
	if _, err := New(Options{OnScorerFailure: 7}); err == nil {
		t.Error("New accepted OnScorerFailure 7")
	}
}

func TestPerRecipientPolicy(t *testing.T) {
	global := &fixed{name: "g", syms: []scoring.Symbol{{Name: "G", Score: 1}}}
	pu := &perUser{}
	pol := policies{
		"spammy-reject":     {Filtering: true, Mode: ModeReject},
		"spammy-quarantine": {Filtering: true, Mode: ModeQuarantine},
		"spammy-optout":     {Filtering: false, Mode: ModeReject},
		"spammy-high":       {Filtering: true, Mode: ModeReject, Threshold: 20},
	}
	e := newEngine(t, Options{Scorers: []scoring.Scorer{global, pu}, Policies: pol})
	env := scoring.Envelope{Recipients: []scoring.Recipient{
		{Address: "a@example.net", User: "spammy-label"},
		{Address: "b@example.net", User: "spammy-reject"},
		{Address: "c@example.net", User: "spammy-quarantine"},
		{Address: "d@example.net", User: "spammy-optout"},
		{Address: "e@example.net", User: "spammy-high"},
		{Address: "f@example.net", User: "ham-user"},
		{Address: "g@example.net", User: "spammy-label"},
	}}
	res, err := e.Classify(context.Background(), []byte(plain), env)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		verdict Verdict
		action  Action
		code    int
		headers bool
	}{
		{Spam, AddHeaders, 0, true},
		{Spam, Reject, 550, true},
		{Spam, Quarantine, 0, true},
		{Unscanned, Accept, 0, false},
		{Ham, AddHeaders, 0, true},
		{Ham, AddHeaders, 0, true},
		{Spam, AddHeaders, 0, true},
	}
	if len(res.Recipients) != len(want) {
		t.Fatalf("%d results, want %d", len(res.Recipients), len(want))
	}
	for i, w := range want {
		r := res.Recipients[i]
		if r.Recipient != env.Recipients[i] {
			t.Errorf("result %d is for %+v, want %+v", i, r.Recipient, env.Recipients[i])
		}
		if r.Verdict != w.verdict || r.Action != w.action || r.SMTPCode != w.code || (len(r.Headers) > 0) != w.headers {
			t.Errorf("%s: verdict %v action %v code %d headers %d, want %v %v %d headers=%v",
				r.Recipient.User, r.Verdict, r.Action, r.SMTPCode, len(r.Headers), w.verdict, w.action, w.code, w.headers)
		}
	}
	if got := global.calls.Load(); got != 1 {
		t.Errorf("global scorer ran %d times, want once per message", got)
	}
	// Distinct scanned users: spammy-label, spammy-reject, spammy-quarantine, spammy-high, ham-user.
	if got := pu.calls.Load(); got != 5 {
		t.Errorf("user scorer ran %d times, want 5 (once per distinct scanned user)", got)
	}
}

func TestEveryoneOptedOutSkipsScanning(t *testing.T) {
	s := &fixed{name: "f", syms: []scoring.Symbol{{Name: "A", Score: 9}}}
	e := newEngine(t, Options{Scorers: []scoring.Scorer{s}, Policies: policies{"u": {Filtering: false, Mode: ModeLabel}}})
	res, err := e.Classify(context.Background(), []byte(plain), scoring.Envelope{Recipients: []scoring.Recipient{{Address: "u@example.net", User: "u"}}})
	if err != nil {
		t.Fatal(err)
	}
	r := res.Recipients[0]
	if r.Verdict != Unscanned || r.Action != Accept || len(r.Headers) != 0 || len(r.Symbols) != 0 {
		t.Errorf("opted-out result %+v, want unscanned, accept, no headers, no symbols", r)
	}
	if s.calls.Load() != 0 {
		t.Error("a scorer ran although every recipient opted out")
	}
}

func TestEmptyMessage(t *testing.T) {
	e := newEngine(t, Options{})
	if _, err := e.Classify(context.Background(), nil, scoring.Envelope{}); !errors.Is(err, message.ErrEmpty) {
		t.Errorf("err %v, want message.ErrEmpty", err)
	}
}

func TestMalformedMessageStillClassified(t *testing.T) {
	s := &fixed{name: "f", syms: []scoring.Symbol{{Name: "A", Score: 1}}}
	e := newEngine(t, Options{Scorers: []scoring.Scorer{s}})
	raw := []byte("Content-Type: multipart/mixed\r\n\r\n\x00\x00garbage without boundary")
	res, err := e.Classify(context.Background(), raw, scoring.Envelope{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Facts) == 0 {
		t.Error("no facts recorded for a multipart without boundary and NUL bytes")
	}
	if res.Recipients[0].Score != 1 {
		t.Errorf("score %v, want 1", res.Recipients[0].Score)
	}
}

func TestOptionsValidate(t *testing.T) {
	cases := []struct {
		o    Options
		want string
	}{
		{Options{Timeout: -1}, "Timeout"},
		{Options{StatusSymbols: -1}, "StatusSymbols"},
		{Options{Scorers: []scoring.Scorer{nil}}, "Scorers[0]"},
		{Options{Limits: message.Limits{MaxDepth: -1}}, "MaxDepth"},
	}
	for _, c := range cases {
		err := c.o.Validate()
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Validate(%+v) = %v, want an error naming %s", c.o, err, c.want)
		}
	}
	if err := (Options{}).Validate(); err != nil {
		t.Errorf("zero options: %v", err)
	}
}
