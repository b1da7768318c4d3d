package classifier

import (
	"context"
	"fmt"
	"math"
	"strings"
)

// Mode is what happens to a user's spam.
type Mode int

// Modes. Labelling is always allowed; rejecting and quarantining are filtering,
// which each user can turn off.
const (
	ModeLabel      Mode = iota + 1 // deliver with headers that mark it
	ModeReject                     // reject at SMTP time
	ModeQuarantine                 // hold in quarantine
)

// ParseMode parses "label", "reject" or "quarantine".
func ParseMode(s string) (Mode, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "label":
		return ModeLabel, nil
	case "reject":
		return ModeReject, nil
	case "quarantine":
		return ModeQuarantine, nil
	}
	return 0, fmt.Errorf("%q is not label, reject or quarantine", s)
}

func (m Mode) String() string {
	switch m {
	case ModeLabel:
		return "label"
	case ModeReject:
		return "reject"
	case ModeQuarantine:
		return "quarantine"
	}
	return fmt.Sprintf("mode(%d)", int(m))
}

// Settings is one user's policy.
type Settings struct {
	// Filtering false means the user opted out: every message is delivered
	// unscanned and unlabelled.
	Filtering bool
	Mode      Mode
	// Threshold is the user's spam threshold; 0 means the engine default.
	Threshold float64
	// Allow lists senders whose mail is ham for this user whatever it
	// scores; Deny lists senders whose mail is spam. Allow wins when both
	// match: a lost real mail costs more than a missed spam.
	Allow, Deny SenderList
}

// Validate reports the first invalid field.
func (s Settings) Validate() error {
	if s.Mode < ModeLabel || s.Mode > ModeQuarantine {
		return fmt.Errorf("mode: %d is not label, reject or quarantine", int(s.Mode))
	}
	if math.IsNaN(s.Threshold) || math.IsInf(s.Threshold, 0) {
		return fmt.Errorf("threshold: %v is not a finite number", s.Threshold)
	}
	return nil
}

// Policies looks up users' settings. Settings of a user who has none are the
// defaults (filtering on, label mode, default threshold).
type Policies interface {
	Settings(ctx context.Context, user string) (Settings, error)
}

// DefaultSettings is the policy of a user with no settings of their own.
func DefaultSettings() Settings { return Settings{Filtering: true, Mode: ModeLabel} }

type defaultPolicies struct{}

func (defaultPolicies) Settings(context.Context, string) (Settings, error) {
	return DefaultSettings(), nil
}
