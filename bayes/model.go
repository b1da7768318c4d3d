package bayes

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cockroachdb/pebble/v2"

	"github.com/mizugiwa/mizugiwa/store"
)

// ErrClosed is returned by a Model's methods after Close.
var ErrClosed = errors.New("bayes: model is closed")

// ErrReadOnly is returned by the writing methods of a read-only Model.
var ErrReadOnly = errors.New("bayes: model is read-only")

// Model is a Bayesian spam model kept in a store. Its methods are safe for
// concurrent use: scoring runs in parallel with itself and with training.
type Model struct {
	db     *store.DB
	pdb    *pebble.DB
	opts   Options
	global []byte // the global scope's key prefix

	// commitMu serializes everything that writes under "b/". Holding it
	// alone is enough to read the fields below, which change only under
	// commitMu and mu together.
	commitMu sync.Mutex
	closed   atomic.Bool

	// mu guards the in-memory global table. Scoring holds it shared.
	mu      sync.RWMutex
	index   map[uint64]uint32 // token hash -> position in entries
	entries []entry
	free    []uint32 // unused positions in entries
	tot     totals   // global totals

	stop chan struct{} // closed by Close to end the flusher
	done chan struct{} // closed when the flusher has ended
}

// entry is one global token in memory.
type entry struct {
	spam, ham uint32
	// day is the last-use day. Scoring raises it under the shared lock, so
	// it is read and written only atomically.
	day uint32
	// saved is the day last written to the store.
	saved uint32
}

// Open loads the model kept in db, creating nothing until the first commit.
// It reads the global token table into memory. The model does not own db:
// Close the model before closing db.
func Open(ctx context.Context, db *store.DB, opts Options) (*Model, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	m := &Model{
		db:     db,
		pdb:    db.Pebble(),
		opts:   opts.withDefaults(),
		global: scopeOf(""),
		index:  make(map[uint64]uint32),
	}
	if err := m.load(ctx); err != nil {
		return nil, err
	}
	if !m.opts.ReadOnly && m.opts.FlushInterval > 0 {
		m.stop = make(chan struct{})
		m.done = make(chan struct{})
		go m.flusher(m.opts.FlushInterval)
	}
	return m, nil
}

// load reads the global totals and token table.
func (m *Model) load(ctx context.Context) error {
	tot, _, err := m.getTotals(m.global)
	if err != nil {
		return err
	}
	m.tot = tot
	lower, upper := tokenRange(m.global)
	it, err := m.pdb.NewIterWithContext(ctx, &pebble.IterOptions{LowerBound: lower, UpperBound: upper})
	if err != nil {
		return fmt.Errorf("bayes: load tokens: %w", err)
	}
	defer it.Close()
	if m.tot.tokens > 0 && m.tot.tokens < 1<<30 {
		m.index = make(map[uint64]uint32, m.tot.tokens)
		m.entries = make([]entry, 0, m.tot.tokens)
	}
	n := 0
	for ok := it.First(); ok; ok = it.Next() {
		if n++; n%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("bayes: load tokens: %w", err)
			}
		}
		k := it.Key()
		v, err := it.ValueAndErr()
		if err != nil {
			return fmt.Errorf("bayes: load tokens: %w", err)
		}
		c, err := decodeCounts(v)
		if err != nil || len(k) != len(lower)+8 {
			return fmt.Errorf("bayes: load token %x: %w", k, errCorrupt)
		}
		h := beUint64(k[len(lower):])
		m.index[h] = uint32(len(m.entries))
		m.entries = append(m.entries, entry{spam: c.spam, ham: c.ham, day: c.day, saved: c.day})
	}
	if err := it.Error(); err != nil {
		return fmt.Errorf("bayes: load tokens: %w", err)
	}
	return nil
}

func beUint64(b []byte) uint64 {
	_ = b[7]
	return uint64(b[0])<<56 | uint64(b[1])<<48 | uint64(b[2])<<40 | uint64(b[3])<<32 |
		uint64(b[4])<<24 | uint64(b[5])<<16 | uint64(b[6])<<8 | uint64(b[7])
}

// getTotals reads the totals of scope; ok is false if it has none.
func (m *Model) getTotals(scope []byte) (t totals, ok bool, err error) {
	k := totalsKey(scope)
	v, closer, err := m.pdb.Get(k)
	if errors.Is(err, pebble.ErrNotFound) {
		return totals{}, false, nil
	}
	if err != nil {
		return totals{}, false, fmt.Errorf("bayes: read totals %q: %w", k, err)
	}
	defer closer.Close()
	t, err = decodeTotals(v)
	if err != nil {
		return totals{}, false, fmt.Errorf("bayes: read totals %q: %w", k, err)
	}
	return t, true, nil
}

// flusher writes last-use days every interval until Close.
func (m *Model) flusher(interval time.Duration) {
	defer close(m.done)
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-m.stop:
			return
		case <-t.C:
			// A failed write loses only last-use days; the next tick or
			// Close tries again.
			_, _ = m.flushDays()
		}
	}
}

// FlushDays writes the last-use days recorded while scoring and reports how
// many tokens it updated. Close does this too.
func (m *Model) FlushDays(ctx context.Context) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	return m.flushDays()
}

func (m *Model) flushDays() (int, error) {
	if m.opts.ReadOnly {
		return 0, nil
	}
	m.commitMu.Lock()
	defer m.commitMu.Unlock()
	if m.closed.Load() {
		return 0, ErrClosed
	}
	b := m.pdb.NewBatch()
	defer b.Close()
	type upd struct{ idx, day uint32 }
	var upds []upd
	var k, v []byte
	for h, idx := range m.index {
		e := &m.entries[idx]
		d := atomic.LoadUint32(&e.day)
		if d <= e.saved {
			continue
		}
		k = tokenKey(k[:0], m.global, h)
		v = counts{spam: e.spam, ham: e.ham, day: d}.appendTo(v[:0])
		if err := b.Set(k, v, nil); err != nil {
			return 0, fmt.Errorf("bayes: flush days: %w", err)
		}
		upds = append(upds, upd{idx, d})
	}
	if len(upds) == 0 {
		return 0, nil
	}
	if err := b.Commit(pebble.NoSync); err != nil {
		return 0, fmt.Errorf("bayes: flush days: %w", err)
	}
	for _, u := range upds {
		m.entries[u.idx].saved = u.day
	}
	return len(upds), nil
}

// Options returns the options the model was opened with, defaults filled in.
func (m *Model) Options() Options {
	return m.opts
}

// Close writes the pending last-use days and releases the model. It does
// not close the store.
func (m *Model) Close() error {
	if m.stop != nil {
		close(m.stop)
		<-m.done
		m.stop = nil
	}
	_, err := m.flushDays()
	if errors.Is(err, ErrClosed) {
		return nil
	}
	m.commitMu.Lock()
	m.closed.Store(true)
	m.commitMu.Unlock()
	return err
}

// Result is the verdict of the model on one message.
type Result struct {
	// Prob is the logistic of Score, in [0, 1]; 0.5 when no token says
	// anything. With Fisher combining it is close to Robinson's indicator
	// and rounds to 0 or 1 with strong evidence.
	Prob float64
	// Score is the message's score as Options.Combining computes it (see
	// the package documentation): finite, higher is spammier, 0 is
	// neutral. Use it to rank messages.
	Score float64
	// Spam and Ham are the evidence for spam and for ham from Fisher's
	// chi-square combining, each in [0, 1], whatever the Combining.
	Spam, Ham float64
	// Used is how many tokens were combined.
	Used int
	// Top lists the strongest clues, the most extreme first.
	Top []Clue
}

// Clue is one token's part in a verdict.
type Clue struct {
	// Token is the token as given to Score.
	Token string
	// Prob is the token's spam probability f(w).
	Prob float64
	// Spam and Ham are the counts behind Prob: the global counts plus the
	// user's.
	Spam, Ham uint32
}

// tok is one distinct token of a message being scored.
type tok struct {
	h   uint64
	i   int32 // index in the caller's token list
	us  uint32
	uh  uint32 // the user's counts
	cjk bool   // a cjkToken
}

// clue is one token that passed MinDev.
type clue struct {
	f, g      float64 // f(w) and 1 - f(w), each computed directly
	i         int32
	spam, ham uint32
	h         uint64
}

type scratch struct {
	toks  []tok
	clues []clue
	key   []byte
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// Score scores a message given as its tokens, for user ("" for the global
// model only). Repeated tokens count once.
func (m *Model) Score(ctx context.Context, user string, tokens []string) (Result, error) {
	if err := checkUser(user); err != nil {
		return Result{}, err
	}
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	if m.closed.Load() {
		return Result{}, ErrClosed
	}
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)

	toks := sc.toks[:0]
	for i, t := range tokens {
		toks = append(toks, tok{h: TokenHash(t), i: int32(i), cjk: cjkToken(t)})
	}
	slices.SortFunc(toks, func(a, b tok) int { return cmp.Compare(a.h, b.h) })
	toks = slices.CompactFunc(toks, func(a, b tok) bool { return a.h == b.h })
	sc.toks = toks

	var ut totals
	var layered bool
	if user != "" {
		var err error
		if ut, layered, err = m.userCounts(ctx, sc, user, toks); err != nil {
			return Result{}, err
		}
	}

	o := &m.opts
	today := day(o.Now())
	clues := sc.clues[:0]
	minDev2 := 2 * o.MinDev
	s, x := o.Strength, o.Prior

	m.mu.RLock()
	nspam := float64(max(m.tot.spam, 1))
	nham := float64(max(m.tot.ham, 1))
	uspam := float64(ut.spam) + o.UserPrior
	uham := float64(ut.ham) + o.UserPrior
	// A token's counts are weighed in units of the smaller class: with 500
	// spam and 2,625 ham, a token never seen in spam but in 36 hams is as
	// sure as one seen in 0 spam and 6.9 hams of an even corpus, not as one
	// seen 36 times. Without this the larger class's tokens are taken for
	// far surer evidence than the smaller class's.
	// The global class sizes set the units, so that a user's training does
	// not change how sure the global counts are.
	wSpam, wHam := 1.0, 1.0
	if m.tot.spam > 0 && m.tot.ham > 0 {
		small := min(nspam, nham)
		wSpam, wHam = small/nspam, small/nham
	}
	// A token of a CJK script occurs only in messages with text in one;
	// its rates are taken among those messages, so that how many of each
	// class were in those scripts (an accident of the training mail, such
	// as an English ham corpus beside Japanese spam) is not counted again
	// with every such token of a message.
	cspam, cham, cwSpam, cwHam := nspam, nham, wSpam, wHam
	if m.tot.cjk {
		cspam, cham = float64(max(m.tot.cjkSpam, 1)), float64(max(m.tot.cjkHam, 1))
		small := min(cspam, cham)
		cwSpam, cwHam = small/cspam, small/cham
	}
	ucspam, ucham := uspam, uham
	if ut.cjk {
		ucspam, ucham = float64(ut.cjkSpam)+o.UserPrior, float64(ut.cjkHam)+o.UserPrior
	}
	for k := range toks {
		t := &toks[k]
		var gs, gh uint32
		if idx, ok := m.index[t.h]; ok {
			e := &m.entries[idx]
			gs, gh = e.spam, e.ham
			if !o.ReadOnly && atomic.LoadUint32(&e.day) < today {
				atomic.StoreUint32(&e.day, today)
			}
		}
		if gs == 0 && gh == 0 && t.us == 0 && t.uh == 0 {
			continue
		}
		ns, nh, ws, wh, us, uh, s := nspam, nham, wSpam, wHam, uspam, uham, s
		if t.cjk {
			ns, nh, ws, wh, us, uh, s = cspam, cham, cwSpam, cwHam, ucspam, ucham, o.CJKStrength
		}
		b, g := float64(gs)/ns, float64(gh)/nh
		if layered {
			b = (float64(t.us) + o.UserPrior*b) / us
			g = (float64(t.uh) + o.UserPrior*g) / uh
		}
		if b+g == 0 {
			continue
		}
		var f, fc float64
		if o.Smoothing > 0 && !t.cjk {
			b, g = b+o.Smoothing/ns, g+o.Smoothing/nh
			f, fc = b/(b+g), g/(b+g)
		} else {
			// Robinson's: n counts the observations in units of the
			// smaller class.
			n := (float64(gs)+float64(t.us))*ws + (float64(gh)+float64(t.uh))*wh
			p, q := b/(b+g), g/(b+g)
			f = (s*x + n*p) / (s + n)
			fc = (s*(1-x) + n*q) / (s + n)
		}
		if math.Abs(f-fc) < minDev2 {
			continue
		}
		clues = append(clues, clue{
			f: f, g: fc, i: t.i, h: t.h,
			spam: sat32(uint64(gs) + uint64(t.us)), ham: sat32(uint64(gh) + uint64(t.uh)),
		})
	}
	m.mu.RUnlock()
	sc.clues = clues

	sorted := false
	if o.MaxTokens > 0 && len(clues) > o.MaxTokens || o.Clues > 0 {
		slices.SortFunc(clues, func(a, b clue) int {
			if c := cmp.Compare(math.Abs(b.f-b.g), math.Abs(a.f-a.g)); c != 0 {
				return c
			}
			return cmp.Compare(a.h, b.h)
		})
		sorted = true
	}
	if o.MaxTokens > 0 && len(clues) > o.MaxTokens {
		clues = clues[:o.MaxTokens]
	}

	r := combine(clues, o)
	if sorted && o.Clues > 0 {
		top := clues[:min(o.Clues, len(clues))]
		r.Top = make([]Clue, len(top))
		for i, c := range top {
			r.Top[i] = Clue{Token: tokens[c.i], Prob: c.f, Spam: c.spam, Ham: c.ham}
		}
	}
	return r, nil
}

func sat32(v uint64) uint32 {
	if v > math.MaxUint32 {
		return math.MaxUint32
	}
	return uint32(v)
}

// combine joins token probabilities into a Result: Score as o.Combining
// says, Spam and Ham from Fisher's method either way.
func combine(clues []clue, o *Options) Result {
	if len(clues) == 0 {
		return Result{Prob: 0.5}
	}
	var sumF, sumG float64
	for _, c := range clues {
		sumF += math.Log(c.f)
		sumG += math.Log(c.g)
	}
	n := len(clues)
	lnPs, lnQs := chi2LogTails(-2*sumG, n)
	lnPh, lnQh := chi2LogTails(-2*sumF, n)
	var score float64
	switch o.Combining {
	case Fisher:
		// Robinson's indicator I = (Spam + Qh)/2, and 1 - I = (Ham + Qs)/2;
		// its log-odds first.
		score = logAddExp(lnPs, lnQh) - logAddExp(lnPh, lnQs)
		// When the evidence for spam and for ham are both overwhelming
		// (long messages with strong tokens both ways), both tests reject
		// their null hypothesis, I is 1/2 to within 2(Qh - Qs), far below
		// what a sum with other symbols can hold, and such messages tie.
		// The mean, per clue, of the log-ratio of the two tests' p-values
		// keeps ranking them: which side's evidence is the more extreme,
		// for each clue. Elsewhere it moves the score by far less than the
		// indicator does.
		score += (lnQh - lnQs) / float64(n)
	default:
		// ln f - ln g is each token's log-odds, since g = 1 - f.
		score = (sumF - sumG) / (float64(n) + o.Shrink)
	}
	// Prob is derived from Score so that the two never disagree on order.
	return Result{
		Prob:  1 / (1 + math.Exp(-score)),
		Score: score,
		Spam:  math.Exp(lnPs),
		Ham:   math.Exp(lnPh),
		Used:  n,
	}
}

// userCounts fills in the user's counts of toks (sorted by hash) and returns
// the user's totals; layered is false if the user never trained.
func (m *Model) userCounts(ctx context.Context, sc *scratch, user string, toks []tok) (t totals, layered bool, err error) {
	scope := scopeOf(user)
	t, ok, err := m.getTotals(scope)
	if err != nil || !ok {
		return totals{}, false, err
	}
	if t.tokens == 0 || len(toks) == 0 {
		return t, true, nil
	}
	lower, upper := tokenRange(scope)
	it, err := m.pdb.NewIterWithContext(ctx, &pebble.IterOptions{LowerBound: lower, UpperBound: upper})
	if err != nil {
		return totals{}, false, fmt.Errorf("bayes: read user %q: %w", user, err)
	}
	defer it.Close()
	key := sc.key
	for k := range toks {
		key = tokenKey(key[:0], scope, toks[k].h)
		if !it.SeekGE(key) {
			break
		}
		if string(it.Key()) != string(key) {
			continue
		}
		v, err := it.ValueAndErr()
		if err != nil {
			return totals{}, false, fmt.Errorf("bayes: read user %q: %w", user, err)
		}
		c, err := decodeCounts(v)
		if err != nil {
			return totals{}, false, fmt.Errorf("bayes: read user %q token %x: %w", user, key, err)
		}
		toks[k].us, toks[k].uh = c.spam, c.ham
	}
	sc.key = key
	if err := it.Error(); err != nil {
		return totals{}, false, fmt.Errorf("bayes: read user %q: %w", user, err)
	}
	return t, true, nil
}
