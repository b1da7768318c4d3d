package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/cockroachdb/pebble/v2"

	"github.com/mizugiwa/mizugiwa/bayes"
	"github.com/mizugiwa/mizugiwa/classifier"
	"github.com/mizugiwa/mizugiwa/message"
	"github.com/mizugiwa/mizugiwa/rules"
	"github.com/mizugiwa/mizugiwa/scoring"
	"github.com/mizugiwa/mizugiwa/server"
	"github.com/mizugiwa/mizugiwa/sigdb"
	"github.com/mizugiwa/mizugiwa/store"
	"github.com/mizugiwa/mizugiwa/tokenizer"
	"github.com/mizugiwa/mizugiwa/urlfilter"
)

// engineFlags are the engine settings shared by serve, classify and eval.
type engineFlags struct {
	threshold float64
	timeout   time.Duration
	scorers   string
	cacheMB   int64
	weights   string
	rules     string
	onFailure string
}

func (f *engineFlags) register(fs *flag.FlagSet) {
	fs.Float64Var(&f.threshold, "threshold", 5, "default spam threshold: a message scoring at least this is spam")
	fs.DurationVar(&f.timeout, "timeout", 5*time.Second, "time limit for classifying one message")
	fs.StringVar(&f.rules, "rules", "", "header rules file (default: the built-in rules); serve reloads it on SIGHUP")
	fs.StringVar(&f.weights, "weights", "builtin", "combiner weights: builtin, none (sum the symbols as reported) or a file written by mizugiwa tune")
	fs.Int64Var(&f.cacheMB, "cache-mb", 64, "store block cache in MiB; a signature database of a million entries wants 128 or more")
	fs.StringVar(&f.onFailure, "on-scorer-failure", "score", "when a scorer fails or times out: score (classify from the other scorers) or tempfail (answer 451 to filtering users unless the message is spam anyway)")
	fs.StringVar(&f.scorers, "scorers", "all", "scorers to run: all, or a comma-separated list of structure, headers, bayes, url, sigdb")
}

// stack is everything a command needs that lives in the store: the store,
// the tokenizer, the Bayes model, user settings, URL lists and signatures.
type stack struct {
	db    *store.DB
	tok   *tokenizer.Tokenizer
	model *bayes.Model
	users *classifier.Users
	lists *urlfilter.Lists
	sigs  *sigdb.DB
	// headers is the header-rules scorer of the last engine built, for
	// reloading its rules file.
	headers *rules.Headers
	// mu guards japaneseFixed and the records of the tokenization.
	mu sync.Mutex
	// japaneseFixed says the store's tokenization, the one tok uses, is
	// settled: recorded, or implied by a model that learned before the
	// records existed.
	japaneseFixed bool
}

// openStore opens the store in dir, explaining a lock held by a server.
func openStore(dir string, so store.Options) (*store.DB, error) {
	db, err := store.Open(dir, so)
	if errors.Is(err, store.ErrLocked) {
		return nil, fmt.Errorf("the store in %s is in use by another process, probably a running server: use --server ADDR to go through it", dir)
	}
	return db, err
}

// japaneseKey records how the store's Bayes model cuts Japanese text, so
// that every process scoring with the model tokenizes as it was trained. A
// store that has learned without it was trained with morphemes alone, the
// default until the record existed.
var japaneseKey = store.Meta.Key([]byte("tokenizer/japanese"))

// englishKey records whether the store's Bayes model strips English
// inflections ("stem") or takes words as written ("plain"). A store that
// has learned without it took them as written.
var englishKey = store.Meta.Key([]byte("tokenizer/english"))

// storedStem returns whether db records English stemming, and whether it
// records anything.
func storedStem(db *store.DB) (stem, recorded bool, err error) {
	v, closer, err := db.Pebble().Get(englishKey)
	if errors.Is(err, pebble.ErrNotFound) {
		return false, false, nil
	}
	if err != nil {
		return false, false, fmt.Errorf("store: read the English tokenization: %w", err)
	}
	defer closer.Close()
	switch string(v) {
	case "stem":
		return true, true, nil
	case "plain":
		return false, true, nil
	}
	return false, false, fmt.Errorf("store: the recorded English tokenization %q is neither stem nor plain", v)
}

// storedJapanese returns the Japanese tokenization recorded in db, and
// whether one is.
func storedJapanese(db *store.DB) (tokenizer.JapaneseMode, bool, error) {
	v, closer, err := db.Pebble().Get(japaneseKey)
	if errors.Is(err, pebble.ErrNotFound) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("store: read the Japanese tokenization: %w", err)
	}
	defer closer.Close()
	m, err := tokenizer.ParseJapaneseMode(string(v))
	if err != nil {
		return 0, false, fmt.Errorf("store: the recorded Japanese tokenization: %w", err)
	}
	return m, true, nil
}

// openStack opens the store in dir and the components kept in it.
func openStack(ctx context.Context, dir string, so store.Options) (*stack, error) {
	return openStackWith(ctx, dir, so, bayes.Options{})
}

// combiningFlag registers --bayes-combining on fs and returns what gives,
// once fs is parsed, the Bayes options the flag names.
func combiningFlag(fs *flag.FlagSet) func() (bayes.Options, error) {
	v := fs.String("bayes-combining", "mean", "how the Bayes model combines token probabilities: mean (mean log-odds) or fisher (Robinson's chi-square, as bogofilter); weights fitted for one do not suit the other")
	return func() (bayes.Options, error) {
		c, err := bayes.ParseCombining(*v)
		if err != nil {
			return bayes.Options{}, fmt.Errorf("--bayes-combining: %w", err)
		}
		return bayes.Options{Combining: c}, nil
	}
}

// openStackWith is openStack with the Bayes model's options given.
func openStackWith(ctx context.Context, dir string, so store.Options, bo bayes.Options) (*stack, error) {
	db, err := openStore(dir, so)
	if err != nil {
		return nil, err
	}
	mode, recorded, err := storedJapanese(db)
	if err != nil {
		db.Close()
		return nil, err
	}
	stem, stemRecorded, err := storedStem(db)
	if err != nil {
		db.Close()
		return nil, err
	}
	model, err := bayes.Open(ctx, db, bo)
	if err != nil {
		db.Close()
		return nil, err
	}
	fixed := recorded
	if !recorded || !stemRecorded {
		learned, err := model.Learned(ctx)
		if err != nil {
			model.Close()
			db.Close()
			return nil, err
		}
		if learned && !recorded {
			// It learned before the record existed, with morphemes.
			mode, fixed = tokenizer.Morph, true
		}
		// Before its record, English was taken as written.
		stem = !learned
	}
	tok, err := tokenizer.New(tokenizer.Options{Japanese: mode, NoStem: !stem})
	if err != nil {
		model.Close()
		db.Close()
		return nil, err
	}
	lists, err := urlfilter.OpenLists(ctx, db)
	if err != nil {
		model.Close()
		db.Close()
		return nil, err
	}
	sigs, err := sigdb.Open(db, sigdb.Options{})
	if err != nil {
		model.Close()
		db.Close()
		return nil, err
	}
	return &stack{db: db, tok: tok, model: model, users: classifier.NewUsers(db), lists: lists, sigs: sigs, japaneseFixed: fixed}, nil
}

// Close closes the model and then the store.
func (s *stack) Close() error {
	err := s.model.Close()
	if cerr := s.db.Close(); err == nil {
		err = cerr
	}
	return err
}

// tokens parses raw and returns its Bayes tokens. A message the walker can
// barely read still yields whatever tokens its text gives.
func (s *stack) tokens(raw []byte) ([]string, error) {
	m, err := message.Parse(raw, message.Limits{})
	if err != nil {
		return nil, err
	}
	return s.tok.Message(m), nil
}

// engine builds the classification engine over the stack.
func (s *stack) engine(f engineFlags, log *slog.Logger) (*classifier.Engine, error) {
	names := splitComma(f.scorers)
	if slices.Contains(names, "all") {
		names = []string{"structure", "headers", "bayes", "url", "sigdb"}
	}
	var scorers []scoring.Scorer
	for _, name := range names {
		var sc scoring.Scorer
		var err error
		switch name {
		case "structure":
			sc = rules.NewStructure(nil)
		case "headers":
			if s.headers, err = loadHeaders(f.rules); err != nil {
				return nil, fmt.Errorf("--rules: %w", err)
			}
			sc = s.headers
		case "bayes":
			sc, err = bayes.NewScorer(s.model, s.tok, bayes.ScorerOptions{})
		case "url":
			sc, err = urlfilter.New(urlfilter.Options{}, s.lists)
		case "sigdb":
			sc, err = sigdb.NewScorer(s.sigs, sigdb.ScorerOptions{})
		default:
			return nil, fmt.Errorf("--scorers: unknown scorer %q (want all, structure, headers, bayes, url, sigdb)", name)
		}
		if err != nil {
			return nil, err
		}
		scorers = append(scorers, sc)
	}
	w, err := loadWeights(f.weights)
	if err != nil {
		return nil, err
	}
	onFailure, err := classifier.ParseFailurePolicy(f.onFailure)
	if err != nil {
		return nil, fmt.Errorf("--on-scorer-failure: %w", err)
	}
	return classifier.New(classifier.Options{
		OnScorerFailure: onFailure,
		Weights:         w,
		Scorers:         scorers,
		Policies:        s.users,
		Threshold:       f.threshold,
		Timeout:         f.timeout,
		Logger:          log,
	})
}

// openEngine opens the stack in dir and builds the engine over it.
func openEngine(ctx context.Context, dir string, f engineFlags, log *slog.Logger) (*classifier.Engine, *stack, error) {
	st, err := openStack(ctx, dir, store.Options{CacheSize: f.cacheMB << 20})
	if err != nil {
		return nil, nil, err
	}
	eng, err := st.engine(f, log)
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	// Load the Japanese dictionary now, not inside the first Japanese
	// message's time limit.
	start := time.Now()
	if err := st.tok.LoadDictionary(); err != nil {
		st.Close()
		return nil, nil, err
	}
	log.Debug("loaded the Japanese dictionary", "elapsed", time.Since(start))
	return eng, st, nil
}

// splitComma splits a comma-separated flag value, dropping empty items.
func splitComma(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// digest identifies a message for learning: SHA-256 of its bytes with CRLF
// line ends read as LF, so that a message learned from a file and the same
// message received over SMTP are one message.
func digest(raw []byte) [32]byte {
	h := sha256.New()
	for len(raw) > 0 {
		i := bytes.Index(raw, []byte("\r\n"))
		if i < 0 {
			h.Write(raw)
			break
		}
		h.Write(raw[:i])
		h.Write([]byte{'\n'})
		raw = raw[i+2:]
	}
	var d [32]byte
	h.Sum(d[:0])
	return d
}

// Learn implements server.Learner.
func (s *stack) Learn(ctx context.Context, raw []byte, user string, spam bool) (server.LearnResult, error) {
	if err := checkUser(user); err != nil {
		return server.LearnResult{}, err
	}
	m, err := message.Parse(raw, message.Limits{})
	if err != nil {
		return server.LearnResult{}, err
	}
	if err := s.settle(); err != nil {
		return server.LearnResult{}, err
	}
	toks := s.tok.Message(m)
	id := digest(raw)
	changed, err := s.model.Learn(ctx, user, id, toks, spam)
	if err != nil {
		return server.LearnResult{}, err
	}
	// Spam learned for everyone also feeds the signature database; a
	// message learned as ham takes its parts out of it, which is how a
	// false positive is fixed in one step.
	if user == "" {
		if err := s.learnSignatures(ctx, m, spam); err != nil {
			return server.LearnResult{}, err
		}
	}
	return server.LearnResult{Changed: changed, Digest: id, Tokens: len(toks)}, nil
}

// Forget implements server.Learner.
func (s *stack) Forget(ctx context.Context, raw []byte, id [32]byte, user string) (bool, [32]byte, error) {
	if err := checkUser(user); err != nil {
		return false, id, err
	}
	if len(raw) > 0 {
		id = digest(raw)
	}
	changed, err := s.model.Forget(ctx, user, id)
	if err == nil && user == "" && len(raw) > 0 {
		var m *message.Message
		if m, err = message.Parse(raw, message.Limits{}); err == nil {
			err = s.learnSignatures(ctx, m, false)
		}
	}
	return changed, id, err
}

// learnSignatures adds the signatures of m's parts (spam) or removes them.
func (s *stack) learnSignatures(ctx context.Context, m *message.Message, spam bool) error {
	var err error
	if spam {
		_, _, err = s.sigs.Add(ctx, m)
	} else {
		_, err = s.sigs.RemoveMessage(ctx, m)
	}
	return err
}

func checkUser(user string) error {
	if len(user) > bayes.MaxUserLen {
		return fmt.Errorf("%w: %d bytes, longer than %d", server.ErrInvalidUser, len(user), bayes.MaxUserLen)
	}
	return nil
}

// useJapanese makes the stack cut Japanese text as mode ("" keeps what the
// store records) and records the tokenization in the store before the
// first training. A store whose model learned with another tokenization
// refuses: its counts would no longer match the tokens of new messages.
func (s *stack) useJapanese(ctx context.Context, mode string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	stored := s.tok.Options().Japanese
	want := stored
	if mode != "" {
		var err error
		if want, err = tokenizer.ParseJapaneseMode(mode); err != nil {
			return fmt.Errorf("--japanese: %w", err)
		}
	}
	if s.japaneseFixed {
		if want != stored {
			return fmt.Errorf("--japanese %s: this store's model was trained with --japanese %s; train a new store to change it", want, stored)
		}
		return s.recordLocked()
	}
	if want != stored {
		o := s.tok.Options()
		tok, err := tokenizer.New(tokenizer.Options{Japanese: want, NoStem: o.NoStem})
		if err != nil {
			return err
		}
		s.tok = tok
	}
	return s.recordLocked()
}

// settle records the tokenization in the store before the model first
// learns through the server, as useJapanese does before a training.
func (s *stack) settle() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.japaneseFixed {
		return nil
	}
	return s.recordLocked()
}

// recordLocked records how tok cuts Japanese text and whether it strips
// English inflections, where the store does not say yet, and settles them.
func (s *stack) recordLocked() error {
	o := s.tok.Options()
	if _, ok, err := storedJapanese(s.db); err != nil {
		return err
	} else if !ok {
		if err := s.db.Pebble().Set(japaneseKey, []byte(o.Japanese.String()), s.db.WriteOptions()); err != nil {
			return fmt.Errorf("store: record the Japanese tokenization: %w", err)
		}
	}
	if _, ok, err := storedStem(s.db); err != nil {
		return err
	} else if !ok {
		v := "stem"
		if o.NoStem {
			v = "plain"
		}
		if err := s.db.Pebble().Set(englishKey, []byte(v), s.db.WriteOptions()); err != nil {
			return fmt.Errorf("store: record the English tokenization: %w", err)
		}
	}
	s.japaneseFixed = true
	return nil
}
