package classifier

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/cockroachdb/pebble/v2"

	"github.com/mizugiwa/mizugiwa/store"
)

// Users keeps users' settings in the store, one key per user who has any:
//
//	"u/" user-id → version byte 1, then JSON {"filtering","mode","threshold","allow","deny"}
//
// A user without a key has DefaultSettings and costs nothing. Users is safe
// for concurrent use and implements Policies.
type Users struct {
	db *store.DB
}

// NewUsers returns the user settings kept in db.
func NewUsers(db *store.DB) *Users { return &Users{db: db} }

// MaxUserLen is the longest user id accepted.
const MaxUserLen = 255

// CheckUser reports whether id is usable as a user id.
func CheckUser(id string) error {
	switch {
	case id == "":
		return errors.New("empty")
	case len(id) > MaxUserLen:
		return fmt.Errorf("%d bytes, longer than %d", len(id), MaxUserLen)
	}
	return nil
}

type storedSettings struct {
	Filtering bool     `json:"filtering"`
	Mode      string   `json:"mode"`
	Threshold float64  `json:"threshold,omitempty"`
	Allow     []string `json:"allow,omitempty"`
	Deny      []string `json:"deny,omitempty"`
}

const settingsVersion = 1

func encodeSettings(s Settings) ([]byte, error) {
	b, err := json.Marshal(storedSettings{
		Filtering: s.Filtering, Mode: s.Mode.String(), Threshold: s.Threshold,
		Allow: s.Allow.Entries(), Deny: s.Deny.Entries(),
	})
	if err != nil {
		return nil, err
	}
	return append([]byte{settingsVersion}, b...), nil
}

func decodeSettings(v []byte) (Settings, error) {
	if len(v) == 0 || v[0] != settingsVersion {
		return Settings{}, errors.New("unknown settings version")
	}
	var ss storedSettings
	if err := json.Unmarshal(v[1:], &ss); err != nil {
		return Settings{}, err
	}
	m, err := ParseMode(ss.Mode)
	if err != nil {
		return Settings{}, err
	}
	s := Settings{Filtering: ss.Filtering, Mode: m, Threshold: ss.Threshold}
	if s.Allow, err = ParseSenderList(ss.Allow); err != nil {
		return Settings{}, err
	}
	if s.Deny, err = ParseSenderList(ss.Deny); err != nil {
		return Settings{}, err
	}
	return s, nil
}

func userKey(id string) []byte { return store.Users.Key([]byte(id)) }

// Settings returns user's settings, or DefaultSettings if they have none.
// The empty user (no recipient) has the defaults.
func (u *Users) Settings(ctx context.Context, user string) (Settings, error) {
	if user == "" {
		return DefaultSettings(), nil
	}
	if err := ctx.Err(); err != nil {
		return Settings{}, err
	}
	v, closer, err := u.db.Pebble().Get(userKey(user))
	if errors.Is(err, pebble.ErrNotFound) {
		return DefaultSettings(), nil
	}
	if err != nil {
		return Settings{}, fmt.Errorf("users: get %q: %w", user, err)
	}
	defer closer.Close()
	s, err := decodeSettings(v)
	if err != nil {
		return Settings{}, fmt.Errorf("users: decode settings of %q: %w", user, err)
	}
	return s, nil
}

// Set stores user's settings after checking them; invalid settings are
// refused and the old ones stay.
func (u *Users) Set(ctx context.Context, user string, s Settings) error {
	v, err := checkedValue(user, s)
	if err != nil {
		return err
	}
	if err := u.db.Pebble().Set(userKey(user), v, u.db.WriteOptions()); err != nil {
		return fmt.Errorf("users: set %q: %w", user, err)
	}
	return nil
}

// checkedValue checks user and s and returns the stored form of s.
func checkedValue(user string, s Settings) ([]byte, error) {
	if err := CheckUser(user); err != nil {
		return nil, fmt.Errorf("user_id: %w", err)
	}
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return encodeSettings(s)
}

// UsersBatch collects users' settings to write them together: nothing is
// written until Commit, which writes them all atomically with one sync, so a
// bulk load costs one disk flush instead of one per user. A UsersBatch is
// not safe for concurrent use; Close releases it.
type UsersBatch struct {
	u *Users
	b *pebble.Batch
	n int
}

// NewBatch returns an empty batch of settings to be written to u.
func (u *Users) NewBatch() *UsersBatch {
	return &UsersBatch{u: u, b: u.db.Pebble().NewBatch()}
}

// Set adds user's settings to the batch after checking them, as Users.Set
// does; invalid settings are refused and leave the batch as it was. A user
// set twice gets the later settings.
func (b *UsersBatch) Set(user string, s Settings) error {
	v, err := checkedValue(user, s)
	if err != nil {
		return err
	}
	if err := b.b.Set(userKey(user), v, nil); err != nil {
		return fmt.Errorf("users: batch set %q: %w", user, err)
	}
	b.n++
	return nil
}

// Len returns the number of settings added to the batch.
func (b *UsersBatch) Len() int { return b.n }

// Size returns the size of the batch's encoded contents in bytes, which is
// about what it holds in memory.
func (b *UsersBatch) Size() int { return b.b.Len() }

// Commit writes every setting of the batch at once, or none of them. The
// batch is spent afterwards; it still needs Close.
func (b *UsersBatch) Commit(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := b.b.Commit(b.u.db.WriteOptions()); err != nil {
		return fmt.Errorf("users: commit %d settings: %w", b.n, err)
	}
	return nil
}

// Close releases the batch; settings not committed are dropped.
func (b *UsersBatch) Close() error { return b.b.Close() }

// Delete removes user's settings: the user is back to the defaults.
func (u *Users) Delete(ctx context.Context, user string) error {
	if err := u.db.Pebble().Delete(userKey(user), u.db.WriteOptions()); err != nil {
		return fmt.Errorf("users: delete %q: %w", user, err)
	}
	return nil
}

// ParseBool reads a setting written as on/off, yes/no, true/false or 1/0.
func ParseBool(s string) (bool, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "on", "yes", "true", "1":
		return true, nil
	case "off", "no", "false", "0":
		return false, nil
	}
	return false, fmt.Errorf("%q is not on or off", s)
}

// ParseThreshold reads a threshold; "" means the engine default (0).
func ParseThreshold(s string) (float64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, fmt.Errorf("%q is not a number", s)
	}
	return f, nil
}

// CSV columns of ImportCSV, in any order; user is required, the rest take
// the defaults when absent or empty.
var csvColumns = []string{"user", "filtering", "mode", "threshold", "allow", "deny"}

// UserSettings is one user's settings, as read from a CSV import.
type UserSettings struct {
	User     string
	Settings Settings
}

// ReadUsersCSV reads users' settings from CSV with a header row naming the
// columns user, filtering (on/off), mode (label/reject/quarantine),
// threshold, allow and deny (entries separated by spaces or semicolons).
// Absent or empty fields take the defaults. A bad row is reported with its
// line and column.
func ReadUsersCSV(ctx context.Context, r io.Reader, fn func(UserSettings) error) error {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	cr.ReuseRecord = true
	cr.Comment = '#'
	head, err := cr.Read()
	if err != nil {
		return fmt.Errorf("users: csv header: %w", err)
	}
	col := map[string]int{}
	for i, h := range head {
		h = strings.ToLower(strings.TrimSpace(h))
		if !containsString(csvColumns, h) {
			return fmt.Errorf("users: csv header: unknown column %q (want %s)", h, strings.Join(csvColumns, ", "))
		}
		col[h] = i
	}
	if _, ok := col["user"]; !ok {
		return errors.New("users: csv header: no user column")
	}
	for n := 0; ; n++ {
		if n%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			// A csv.ParseError says the line; FieldPos is defined only
			// for a record that was read.
			return fmt.Errorf("users: csv: %w", err)
		}
		line, _ := cr.FieldPos(0)
		field := func(name string) string {
			if i, ok := col[name]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		bad := func(name string, err error) error {
			return fmt.Errorf("users: csv line %d: %s: %w", line, name, err)
		}
		user := field("user")
		if err := CheckUser(user); err != nil {
			return bad("user", err)
		}
		s := DefaultSettings()
		if v := field("filtering"); v != "" {
			if s.Filtering, err = ParseBool(v); err != nil {
				return bad("filtering", err)
			}
		}
		if v := field("mode"); v != "" {
			if s.Mode, err = ParseMode(v); err != nil {
				return bad("mode", err)
			}
		}
		if s.Threshold, err = ParseThreshold(field("threshold")); err != nil {
			return bad("threshold", err)
		}
		if s.Allow, err = ParseSenderList(splitList(field("allow"))); err != nil {
			return bad("allow", err)
		}
		if s.Deny, err = ParseSenderList(splitList(field("deny"))); err != nil {
			return bad("deny", err)
		}
		if err := fn(UserSettings{User: user, Settings: s}); err != nil {
			return fmt.Errorf("users: csv line %d: %w", line, err)
		}
	}
}

// ImportCSV loads users' settings from CSV (see ReadUsersCSV). Every row is
// checked before anything is written: a bad row is reported with its line
// and column and nothing is imported. It returns the number of users
// written.
func (u *Users) ImportCSV(ctx context.Context, r io.Reader) (int, error) {
	b := u.NewBatch()
	defer b.Close()
	err := ReadUsersCSV(ctx, r, func(us UserSettings) error {
		return b.Set(us.User, us.Settings)
	})
	if err != nil {
		return 0, fmt.Errorf("%w (nothing imported)", err)
	}
	if err := b.Commit(ctx); err != nil {
		return 0, fmt.Errorf("users: import: %w", err)
	}
	return b.Len(), nil
}

// splitList splits a list field on spaces, commas and semicolons.
func splitList(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ';' || r == ',' || r == '\t' })
}

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
