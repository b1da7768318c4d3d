// Package scoring defines what a scorer is and what it reports: the contract
// between the engine (package classifier) and the scorers (rules, bayes,
// urlfilter, sigdb), so that scorers depend on this small package and on
// package message only, never on each other or on the engine.
package scoring

import (
	"context"
	"net/netip"
	"sync"

	"github.com/mizugiwa/mizugiwa/message"
)

// Symbol is one reason behind a score: a stable upper-case name, its
// contribution to the score and a short human-readable detail.
type Symbol struct {
	Name   string
	Score  float64
	Detail string
}

// Recipient is one RCPT TO with the user whose policy and model apply.
type Recipient struct {
	Address string
	User    string // user id; the address when the MTA gave none
}

// Envelope is what the MTA knows from the SMTP session.
type Envelope struct {
	ClientIP   netip.Addr // invalid when unknown
	Helo       string
	ClientName string // reverse DNS name, "" when unknown
	MailFrom   string // "" for the null sender
	Recipients []Recipient
}

// Input is everything a scorer may look at for one message.
type Input struct {
	Msg      *message.Message
	Raw      []byte
	Envelope Envelope

	mu   sync.Mutex
	memo map[any]*memoEntry
}

type memoEntry struct {
	once sync.Once
	v    any
}

// Memo returns the value kept under key for this message, computing it with
// f on first use. It lets work that depends only on the message (its tokens,
// its digests) be done once although a user scorer runs once per recipient's
// user, concurrently. Keys should be of a type private to the caller.
func (in *Input) Memo(key any, f func() any) any {
	in.mu.Lock()
	if in.memo == nil {
		in.memo = make(map[any]*memoEntry)
	}
	e, ok := in.memo[key]
	if !ok {
		e = &memoEntry{}
		in.memo[key] = e
	}
	in.mu.Unlock()
	e.once.Do(func() { e.v = f() })
	return e.v
}

// Scorer inspects a message and reports symbols. A scorer must be safe for
// concurrent use, must not use the network, and should return promptly once
// ctx is done. An error (or running out of time) does not stop the message
// from being classified: the engine reports it as a symbol.
type Scorer interface {
	// Name identifies the scorer in logs and in failure symbols.
	Name() string
	// Score returns the symbols the scorer finds for in.
	Score(ctx context.Context, in *Input) ([]Symbol, error)
}

// UserScorer is implemented by scorers whose findings depend on the recipient's
// user (a per-user Bayes model). The engine calls ScoreUser once per distinct
// user instead of Score; user "" means the global view.
type UserScorer interface {
	Scorer
	ScoreUser(ctx context.Context, in *Input, user string) ([]Symbol, error)
}
