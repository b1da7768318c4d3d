// Package classifier is the engine: it parses a message, runs the scorers
// over it within a per-message deadline, combines their symbols into one score
// and applies each recipient's policy to turn the score into a verdict, an
// action and the headers to add.
//
// A scorer that fails, panics or runs out of time becomes a symbol
// (SCORER_FAILED, SCORER_TIMEOUT) and the message is still classified from the
// others.
package classifier

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/mizugiwa/mizugiwa/message"
	"github.com/mizugiwa/mizugiwa/scoring"
)

// Verdict is the classification of a message for one recipient.
type Verdict int

// Verdicts.
const (
	Ham       Verdict = iota + 1 // score below the threshold
	Spam                         // score at or above the threshold
	Unscanned                    // not scanned: the user opted out
)

func (v Verdict) String() string {
	switch v {
	case Ham:
		return "ham"
	case Spam:
		return "spam"
	case Unscanned:
		return "unscanned"
	}
	return fmt.Sprintf("verdict(%d)", int(v))
}

// Action is what the MTA should do with the message for one recipient.
type Action int

// Actions.
const (
	Accept     Action = iota + 1 // deliver unchanged
	AddHeaders                   // deliver with Headers added
	Tempfail                     // 4xx
	Reject                       // 5xx
	Quarantine                   // hold instead of delivering
)

func (a Action) String() string {
	switch a {
	case Accept:
		return "accept"
	case AddHeaders:
		return "add_headers"
	case Tempfail:
		return "tempfail"
	case Reject:
		return "reject"
	case Quarantine:
		return "quarantine"
	}
	return fmt.Sprintf("action(%d)", int(a))
}

// Symbol names the engine itself reports.
const (
	SymScorerFailed  = "SCORER_FAILED"
	SymScorerTimeout = "SCORER_TIMEOUT"
	SymUserAllow     = "USER_ALLOWLIST" // the sender is on the user's allow list
	SymUserDeny      = "USER_DENYLIST"  // the sender is on the user's deny list
)

// ListScore is the weight of a user's allow (negative) or deny (positive)
// list match: large enough to decide the verdict alone, as SpamAssassin's
// USER_IN_WELCOMELIST does.
const ListScore = 100

// Options configure an Engine. Zero fields take the documented defaults.
type Options struct {
	// Scorers run on every scanned message.
	Scorers []scoring.Scorer
	// Policies gives each user's settings. Default: every user has
	// DefaultSettings.
	Policies Policies
	// Threshold is the default spam threshold. Default 5.
	Threshold float64
	// Timeout bounds the classification of one message, parsing included.
	// Default 5s.
	Timeout time.Duration
	// Limits bound the MIME walk.
	Limits message.Limits
	// RejectText is the SMTP reply text for rejected spam. Default
	// "5.7.1 Message rejected as spam".
	RejectText string
	// StatusSymbols is how many symbols X-Spam-Status lists. Default 10.
	StatusSymbols int
	// Logger receives scorer failures. Default slog.Default().
	Logger *slog.Logger
	// Weights are the combiner's learned weights; nil sums the symbols'
	// scores as their scorers report them.
	Weights *Weights
	// OnScorerFailure is what happens to a message that a scorer could not
	// judge (SCORER_FAILED, SCORER_TIMEOUT) and that the other scorers put
	// below the recipient's threshold. Default ScoreWithout.
	OnScorerFailure FailurePolicy
	// TempfailText is the SMTP reply text for Tempfail. Default
	// "4.7.1 Message could not be scanned, try again later".
	TempfailText string
}

// FailurePolicy says what to do with a message that was only partly
// scanned because a scorer failed or ran out of time.
type FailurePolicy int

// Failure policies.
const (
	// ScoreWithout classifies the message from the scorers that answered
	// (fail open): mail keeps flowing while, say, the store is sick, and
	// some spam may get through.
	ScoreWithout FailurePolicy = iota
	// TempfailUnlessSpam answers 451 for every filtering recipient whose
	// verdict would be ham, so that the sender retries and the next attempt
	// is scanned in full; mail that is spam even without the failed scorer
	// gets its usual action. Users in label mode, users whose allow list
	// matches and opted-out users are not affected: they receive the
	// message either way.
	TempfailUnlessSpam
)

// ParseFailurePolicy parses "score" (ScoreWithout) or "tempfail"
// (TempfailUnlessSpam).
func ParseFailurePolicy(s string) (FailurePolicy, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "score":
		return ScoreWithout, nil
	case "tempfail":
		return TempfailUnlessSpam, nil
	}
	return 0, fmt.Errorf("%q is not score or tempfail", s)
}

func (p FailurePolicy) String() string {
	switch p {
	case ScoreWithout:
		return "score"
	case TempfailUnlessSpam:
		return "tempfail"
	}
	return fmt.Sprintf("FailurePolicy(%d)", int(p))
}

// Validate reports the first invalid field.
func (o Options) Validate() error {
	if math.IsNaN(o.Threshold) || math.IsInf(o.Threshold, 0) {
		return fmt.Errorf("classifier: options: Threshold %v is not a finite number", o.Threshold)
	}
	if o.Timeout < 0 {
		return fmt.Errorf("classifier: options: Timeout %v is negative", o.Timeout)
	}
	if o.StatusSymbols < 0 {
		return fmt.Errorf("classifier: options: StatusSymbols %d is negative", o.StatusSymbols)
	}
	for i, s := range o.Scorers {
		if s == nil {
			return fmt.Errorf("classifier: options: Scorers[%d] is nil", i)
		}
	}
	if err := o.Limits.Validate(); err != nil {
		return fmt.Errorf("classifier: options: %w", err)
	}
	if o.OnScorerFailure != ScoreWithout && o.OnScorerFailure != TempfailUnlessSpam {
		return fmt.Errorf("classifier: options: OnScorerFailure %d is not ScoreWithout or TempfailUnlessSpam", int(o.OnScorerFailure))
	}
	if o.Weights != nil {
		if err := o.Weights.Validate(); err != nil {
			return fmt.Errorf("classifier: options: %w", err)
		}
	}
	return nil
}

func (o Options) withDefaults() Options {
	if o.Policies == nil {
		o.Policies = defaultPolicies{}
	}
	if o.Threshold == 0 {
		o.Threshold = 5
	}
	if o.Timeout == 0 {
		o.Timeout = 5 * time.Second
	}
	o.Limits = o.Limits.WithDefaults()
	if o.RejectText == "" {
		o.RejectText = "5.7.1 Message rejected as spam"
	}
	if o.StatusSymbols == 0 {
		o.StatusSymbols = 10
	}
	if o.TempfailText == "" {
		o.TempfailText = "4.7.1 Message could not be scanned, try again later"
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return o
}

// Engine classifies messages. It is safe for concurrent use.
type Engine struct {
	o Options
}

// New returns an engine with options o.
func New(o Options) (*Engine, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	return &Engine{o: o.withDefaults()}, nil
}

// Threshold returns the default spam threshold.
func (e *Engine) Threshold() float64 { return e.o.Threshold }

// Limits returns the MIME walk limits in force.
func (e *Engine) Limits() message.Limits { return e.o.Limits }

// Header is one header field to add to a delivered message.
type Header struct {
	Name, Value string
}

// RecipientResult is the verdict for one recipient.
type RecipientResult struct {
	Recipient scoring.Recipient
	Score     float64
	Threshold float64
	Verdict   Verdict
	Action    Action
	// Symbols that make up Score, strongest contribution first.
	Symbols []scoring.Symbol
	// Headers to add when delivering.
	Headers []Header
	// SMTPCode and SMTPText are the reply for Tempfail and Reject.
	SMTPCode int
	SMTPText string
}

// Result is the outcome of classifying one message.
type Result struct {
	// Recipients has one entry per envelope recipient, in order; one entry
	// for the global policy (user "") when the envelope has none.
	Recipients []RecipientResult
	// Facts found while parsing.
	Facts   []message.Fact
	Elapsed time.Duration
}

// Classify parses raw and returns its verdict for every recipient of env. The
// only error is for an empty message (message.ErrEmpty) or a failing policy
// lookup; every other problem is reported in the result.
func (e *Engine) Classify(ctx context.Context, raw []byte, env scoring.Envelope) (*Result, error) {
	start := time.Now()
	ctx, cancel := context.WithTimeout(ctx, e.o.Timeout)
	defer cancel()

	rcpts := env.Recipients
	if len(rcpts) == 0 {
		rcpts = []scoring.Recipient{{}}
	}
	// Opt-out is honoured before anything else: an opted-out user's copy is
	// neither parsed nor scored for them.
	settings := make([]Settings, len(rcpts))
	scanned := false
	for i, r := range rcpts {
		s, err := e.o.Policies.Settings(ctx, r.User)
		if err != nil {
			return nil, fmt.Errorf("classifier: settings of user %q: %w", r.User, err)
		}
		settings[i] = s
		scanned = scanned || s.Filtering
	}
	res := &Result{Recipients: make([]RecipientResult, len(rcpts))}
	if !scanned {
		for i, r := range rcpts {
			res.Recipients[i] = RecipientResult{Recipient: r, Verdict: Unscanned, Action: Accept}
		}
		res.Elapsed = time.Since(start)
		return res, nil
	}

	lim := e.o.Limits
	if dl, ok := ctx.Deadline(); ok {
		if left := time.Until(dl); left < lim.Timeout {
			lim.Timeout = max(left, time.Millisecond)
		}
	}
	msg, err := message.Parse(raw, lim)
	if err != nil {
		return nil, fmt.Errorf("classifier: %w", err)
	}
	res.Facts = msg.Facts
	in := &scoring.Input{Msg: msg, Raw: raw, Envelope: env}

	var users []string
	for i, r := range rcpts {
		if settings[i].Filtering && !slices.Contains(users, r.User) {
			users = append(users, r.User)
		}
	}
	global, perUser := e.runScorers(ctx, in, users)

	for i, r := range rcpts {
		s := settings[i]
		if !s.Filtering {
			res.Recipients[i] = RecipientResult{Recipient: r, Verdict: Unscanned, Action: Accept}
			continue
		}
		syms := make([]scoring.Symbol, 0, len(global)+len(perUser[r.User])+1)
		syms = append(syms, global...)
		syms = append(syms, perUser[r.User]...)
		if m := s.Allow.Match(env); m != "" {
			syms = append(syms, scoring.Symbol{Name: SymUserAllow, Score: -ListScore, Detail: m})
		} else if m := s.Deny.Match(env); m != "" {
			syms = append(syms, scoring.Symbol{Name: SymUserDeny, Score: ListScore, Detail: m})
		}
		res.Recipients[i] = e.decide(r, s, syms)
	}
	res.Elapsed = time.Since(start)
	return res, nil
}

// decide combines symbols into the score and applies one user's settings.
func (e *Engine) decide(r scoring.Recipient, s Settings, syms []scoring.Symbol) RecipientResult {
	score := e.o.Weights.apply(syms)
	sortSymbols(syms)
	for _, sym := range syms {
		score += sym.Score
	}
	th := s.Threshold
	if th == 0 {
		th = e.o.Threshold
	}
	rr := RecipientResult{Recipient: r, Score: score, Threshold: th, Symbols: syms, Verdict: Ham, Action: AddHeaders}
	if score >= th {
		rr.Verdict = Spam
		switch s.Mode {
		case ModeReject:
			rr.Action = Reject
			rr.SMTPCode = 550
			rr.SMTPText = e.o.RejectText
		case ModeQuarantine:
			rr.Action = Quarantine
		}
	} else if e.o.OnScorerFailure == TempfailUnlessSpam && s.Mode != ModeLabel && partlyScanned(syms) {
		rr.Action = Tempfail
		rr.SMTPCode = 451
		rr.SMTPText = e.o.TempfailText
	}
	rr.Headers = e.headers(rr)
	return rr
}

// partlyScanned reports whether a scorer failed or timed out on the message
// and no allow list decided it anyway.
func partlyScanned(syms []scoring.Symbol) bool {
	failed := false
	for _, s := range syms {
		switch s.Name {
		case SymUserAllow:
			return false
		case SymScorerFailed, SymScorerTimeout:
			failed = true
		}
	}
	return failed
}

// headers returns the X-Spam-* fields for a scanned result, in the form
// SpamAssassin uses so existing client-side rules keep working.
func (e *Engine) headers(rr RecipientResult) []Header {
	flag, yes := "NO", "No"
	if rr.Verdict == Spam {
		flag, yes = "YES", "Yes"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s, score=%.2f required=%.2f tests=", yes, rr.Score, rr.Threshold)
	n := 0
	for _, sym := range rr.Symbols {
		if n == e.o.StatusSymbols {
			break
		}
		if sym.Score == 0 {
			continue
		}
		if n > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "%s=%.2f", sym.Name, sym.Score)
		n++
	}
	if n == 0 {
		b.WriteString("none")
	}
	return []Header{
		{"X-Spam-Flag", flag},
		{"X-Spam-Score", fmt.Sprintf("%.2f", rr.Score)},
		{"X-Spam-Status", b.String()},
	}
}

// sortSymbols orders symbols by the size of their contribution, then by name.
func sortSymbols(syms []scoring.Symbol) {
	slices.SortStableFunc(syms, func(a, b scoring.Symbol) int {
		if c := cmp.Compare(math.Abs(b.Score), math.Abs(a.Score)); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
}

type task struct {
	s    scoring.Scorer
	user string
	us   scoring.UserScorer // nil for a global scorer
}

type outcome struct {
	idx  int
	syms []scoring.Symbol
}

// runScorers runs every scorer once (user scorers once per user) until they
// finish or ctx is done, and returns the global symbols and those per user.
func (e *Engine) runScorers(ctx context.Context, in *scoring.Input, users []string) (global []scoring.Symbol, perUser map[string][]scoring.Symbol) {
	var tasks []task
	for _, s := range e.o.Scorers {
		if us, ok := s.(scoring.UserScorer); ok {
			for _, u := range users {
				tasks = append(tasks, task{s: s, user: u, us: us})
			}
			continue
		}
		tasks = append(tasks, task{s: s})
	}
	perUser = make(map[string][]scoring.Symbol)
	if len(tasks) == 0 {
		return nil, perUser
	}
	ch := make(chan outcome, len(tasks))
	for i, t := range tasks {
		go func() { ch <- outcome{idx: i, syms: e.runOne(ctx, t, in)} }()
	}
	done := make([]bool, len(tasks))
	add := func(i int, syms []scoring.Symbol) {
		done[i] = true
		if tasks[i].us != nil {
			perUser[tasks[i].user] = append(perUser[tasks[i].user], syms...)
		} else {
			global = append(global, syms...)
		}
	}
	for range tasks {
		select {
		case o := <-ch:
			add(o.idx, o.syms)
		case <-ctx.Done():
			// Take whatever finished in the meantime, then give up on the rest.
		drain:
			for {
				select {
				case o := <-ch:
					add(o.idx, o.syms)
				default:
					break drain
				}
			}
			for i, t := range tasks {
				if !done[i] {
					e.o.Logger.Warn("scorer timed out", "scorer", t.s.Name(), "user", t.user)
					add(i, []scoring.Symbol{{Name: SymScorerTimeout, Detail: t.s.Name()}})
				}
			}
			return global, perUser
		}
	}
	return global, perUser
}

// runOne runs one scorer, turning an error or a panic into a symbol.
func (e *Engine) runOne(ctx context.Context, t task, in *scoring.Input) (syms []scoring.Symbol) {
	defer func() {
		if p := recover(); p != nil {
			e.o.Logger.Error("scorer panicked", "scorer", t.s.Name(), "panic", fmt.Sprint(p))
			syms = []scoring.Symbol{{Name: SymScorerFailed, Detail: fmt.Sprintf("%s: panic: %v", t.s.Name(), p)}}
		}
	}()
	var err error
	if t.us != nil {
		syms, err = t.us.ScoreUser(ctx, in, t.user)
	} else {
		syms, err = t.s.Score(ctx, in)
	}
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return []scoring.Symbol{{Name: SymScorerTimeout, Detail: t.s.Name()}}
		}
		e.o.Logger.Warn("scorer failed", "scorer", t.s.Name(), "err", err)
		return []scoring.Symbol{{Name: SymScorerFailed, Detail: fmt.Sprintf("%s: %v", t.s.Name(), err)}}
	}
	return syms
}
