package bayes

import (
	"bufio"
	"context"
	"crypto/sha256"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestOps runs the scenarios of testdata/ops.txt.
func TestOps(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "ops.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	type step struct {
		line   int
		fields []string
	}
	type scenario struct {
		name  string
		steps []step
	}
	var cases []*scenario
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "== "):
			cases = append(cases, &scenario{name: strings.TrimPrefix(line, "== ")})
		case len(cases) == 0:
			t.Fatalf("ops.txt:%d: step before the first case", n)
		default:
			c := cases[len(cases)-1]
			c.steps = append(c.steps, step{n, strings.Fields(line)})
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Fatal("ops.txt has no cases")
	}
	ctx := context.Background()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m, _ := openModel(t, Options{})
			for _, s := range c.steps {
				where := fmt.Sprintf("ops.txt:%d", s.line)
				f := s.fields
				user := f[1]
				if user == "-" {
					user = ""
				}
				switch {
				case f[0] == "learn" && len(f) == 5:
					msg := testdataMsg(t, f[2])
					changed, err := m.Learn(ctx, user, msg.id, msg.tokens, f[3] == "spam")
					if err != nil {
						t.Fatalf("%s: %v", where, err)
					}
					if want := f[4] == "changed"; changed != want {
						t.Fatalf("%s: changed = %v, want %v", where, changed, want)
					}
				case f[0] == "forget" && len(f) == 4:
					msg := testdataMsg(t, f[2])
					changed, err := m.Forget(ctx, user, msg.id)
					if err != nil {
						t.Fatalf("%s: %v", where, err)
					}
					if want := f[3] == "changed"; changed != want {
						t.Fatalf("%s: changed = %v, want %v", where, changed, want)
					}
				case f[0] == "model":
					checkModel(t, where, m, user, f[2:])
				default:
					t.Fatalf("%s: bad step %q", where, strings.Join(f, " "))
				}
			}
		})
	}
}

// checkModel checks that user's counts are exactly those of the messages in
// lists ("spam=a,b", "ham=c").
func checkModel(t *testing.T, where string, m *Model, user string, lists []string) {
	t.Helper()
	sdb := m.db
	var want totals
	wantCounts := make(map[uint64][2]uint32)
	for _, l := range lists {
		label, names, ok := strings.Cut(l, "=")
		if !ok || (label != "spam" && label != "ham") {
			t.Fatalf("%s: bad list %q", where, l)
		}
		k := 0
		if label == "ham" {
			k = 1
		}
		for _, name := range strings.Split(names, ",") {
			toks := testdataMsg(t, name).tokens
			cjk := anyCJK(toks)
			switch {
			case k == 0 && cjk:
				want.spam++
				want.cjkSpam++
			case k == 0:
				want.spam++
			case cjk:
				want.ham++
				want.cjkHam++
			default:
				want.ham++
			}
			for _, h := range hashTokens(toks) {
				c := wantCounts[h]
				c[k]++
				wantCounts[h] = c
			}
		}
	}
	want.tokens = uint64(len(wantCounts))

	if len(lists) == 0 && user != "" {
		if n := scopeKeys(t, sdb, user); n != 0 {
			t.Fatalf("%s: user %q has %d keys, want none", where, user, n)
		}
		return
	}
	got, ok, err := m.getTotals(scopeOf(user))
	if err != nil {
		t.Fatal(err)
	}
	// Every scope in these tests starts empty, so it counts CJK messages
	// from its first write.
	want.cjk = ok
	if got != want {
		t.Fatalf("%s: totals %+v, want %+v", where, got, want)
	}
	if err := diffCounts(storedCounts(t, sdb, user), wantCounts); err != nil {
		t.Fatalf("%s: stored: %v", where, err)
	}
	if user == "" {
		if err := diffCounts(memCounts(m), wantCounts); err != nil {
			t.Fatalf("%s: in memory: %v", where, err)
		}
		if m.tot != want {
			t.Fatalf("%s: totals in memory %+v, want %+v", where, m.tot, want)
		}
	}
	st, err := m.Stats(context.Background(), user)
	if err != nil {
		t.Fatal(err)
	}
	if st != (Stats{Spam: want.spam, Ham: want.ham, Tokens: want.tokens}) {
		t.Fatalf("%s: Stats %+v, want %+v", where, st, want)
	}
}

func TestUserLayering(t *testing.T) {
	ctx := context.Background()
	m, db := openModel(t, Options{})
	for _, name := range []string{"spam-1", "spam-2", "spam-3", "ham-1", "ham-2", "ham-3"} {
		msg := testdataMsg(t, name)
		if _, err := m.Learn(ctx, "", msg.id, msg.tokens, msg.spam); err != nil {
			t.Fatal(err)
		}
	}
	target := testdataMsg(t, "spam-4")
	score := func(user string) Result {
		t.Helper()
		r, err := m.Score(ctx, user, target.tokens)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	global := score("")
	if global.Used == 0 || global.Score <= 0 {
		t.Fatalf("global score of a spam: %+v, want spammy", global)
	}
	for _, u := range []string{"dave", "erin"} {
		if r := score(u); !reflect.DeepEqual(r, global) {
			t.Fatalf("untrained user %q: %+v, want the global %+v", u, r, global)
		}
		if n := scopeKeys(t, db, u); n != 0 {
			t.Fatalf("scoring for untrained user %q wrote %d keys", u, n)
		}
	}

	// erin says this kind of mail is ham.
	if _, err := m.Learn(ctx, "erin", target.id, target.tokens, false); err != nil {
		t.Fatal(err)
	}
	erin := score("erin")
	if !(erin.Score < global.Score) {
		t.Fatalf("erin's score %g after learning it as ham, want below the global %g", erin.Score, global.Score)
	}
	if r := score("dave"); !reflect.DeepEqual(r, global) {
		t.Fatalf("dave's score moved with erin's training: %+v, want %+v", r, global)
	}
	if r := score(""); !reflect.DeepEqual(r, global) {
		t.Fatalf("global score moved with erin's training: %+v, want %+v", r, global)
	}

	// More of erin's own ham moves her further.
	other := testdataMsg(t, "spam-1")
	if _, err := m.Learn(ctx, "erin", other.id, other.tokens, false); err != nil {
		t.Fatal(err)
	}
	if r := score("erin"); !(r.Score < erin.Score) {
		t.Fatalf("erin's score %g after more ham training, want below %g", r.Score, erin.Score)
	}

	// Forgetting returns erin to the global model exactly.
	for _, msg := range []testMsg{target, other} {
		if _, err := m.Forget(ctx, "erin", msg.id); err != nil {
			t.Fatal(err)
		}
	}
	if r := score("erin"); !reflect.DeepEqual(r, global) {
		t.Fatalf("erin after forgetting: %+v, want the global %+v", r, global)
	}
	if n := scopeKeys(t, db, "erin"); n != 0 {
		t.Fatalf("erin has %d keys after forgetting everything", n)
	}
}

// TestUserOneClass checks that a user who trained only ham keeps the global
// spam rates: a token absent from the user's ham but frequent in global spam
// stays as spammy, one frequent in global ham stays hammy (a little less:
// the user's own ham lacks it), and one frequent in the user's ham becomes
// hammy.
func TestUserOneClass(t *testing.T) {
	ctx := context.Background()
	m, _ := openModel(t, Options{MinDev: 1e-9})
	tr := m.NewTrainer()
	for i := range 40 {
		spam := i%2 == 0
		toks := []string{"common", fmt.Sprintf("noise%d", i)}
		if spam {
			toks = append(toks, "offer", "newsletter")
		} else {
			toks = append(toks, "meeting")
		}
		if err := tr.Learn(ctx, "", sha256.Sum256([]byte(fmt.Sprint(i))), toks, spam); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 5 {
		toks := []string{"common", "newsletter", fmt.Sprintf("mine%d", i)}
		if err := tr.Learn(ctx, "ursula", sha256.Sum256([]byte(fmt.Sprint("u", i))), toks, false); err != nil {
			t.Fatal(err)
		}
	}
	if err := tr.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	prob := func(user, token string) float64 {
		r, err := m.Score(ctx, user, []string{token})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Top) != 1 {
			t.Fatalf("user %q token %q: no clue (%+v)", user, token, r)
		}
		return r.Top[0].Prob
	}
	if g, u := prob("", "offer"), prob("ursula", "offer"); math.Abs(u-g) > 1e-12 {
		t.Errorf("offer: ursula %.6f, global %.6f: want the same", u, g)
	}
	if g, u := prob("", "meeting"), prob("ursula", "meeting"); !(g <= u && u < 0.001) {
		t.Errorf("meeting: ursula %.6f, global %.6f: want it hammy for both, not more so for ursula", u, g)
	}
	if g, u := prob("", "newsletter"), prob("ursula", "newsletter"); !(u < g-0.1) {
		t.Errorf("newsletter: ursula %.4f, global %.4f: want it clearly less spammy for ursula", u, g)
	}
}

func TestExpire(t *testing.T) {
	ctx := context.Background()
	now := time.Unix(100*86400, 0)
	clock := func() time.Time { return now }
	m, db := openModel(t, Options{Now: clock, FlushInterval: -1})
	learn := func(user, name string) testMsg {
		t.Helper()
		msg := testdataMsg(t, name)
		if _, err := m.Learn(ctx, user, msg.id, msg.tokens, msg.spam); err != nil {
			t.Fatal(err)
		}
		return msg
	}
	set := func(toks []string) map[uint64]bool {
		s := make(map[uint64]bool)
		for _, h := range hashTokens(toks) {
			s[h] = true
		}
		return s
	}

	a := set(learn("", "spam-1").tokens) // day 100
	c := set(learn("alice", "ham-1").tokens)

	now = time.Unix(150*86400+3600, 0)
	b0 := set(testdataMsg(t, "ham-2").tokens)
	var touched []string
	for _, w := range testdataMsg(t, "spam-1").tokens {
		if !b0[TokenHash(w)] && len(touched) < 20 {
			touched = append(touched, w)
		}
	}
	if _, err := m.Score(ctx, "", touched); err != nil {
		t.Fatal(err)
	}
	s := set(touched)

	now = time.Unix(200*86400, 0)
	b := set(learn("", "ham-2").tokens)
	if _, err := m.FlushDays(ctx); err != nil {
		t.Fatal(err)
	}

	// Reopen: the last-use days must have reached the store.
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}
	now = time.Unix(300*86400, 0)
	m2, err := Open(ctx, db, Options{Now: clock, FlushInterval: -1})
	if err != nil {
		t.Fatal(err)
	}
	defer m2.Close()
	m = m2

	wantGone := 0
	for h := range a {
		if !b[h] && !s[h] {
			wantGone++
		}
	}
	removed, err := m.Expire(ctx, time.Unix(120*86400, 0))
	if err != nil {
		t.Fatal(err)
	}
	if want := wantGone + len(c); removed != want {
		t.Fatalf("Expire removed %d, want %d (%d global, %d of alice)", removed, want, wantGone, len(c))
	}
	left := storedCounts(t, db, "")
	if err := diffCounts(memCounts(m), left); err != nil {
		t.Fatalf("memory and store disagree after Expire: %v", err)
	}
	for h := range s {
		if left[h] != [2]uint32{1, 0} {
			t.Fatalf("token used while scoring on day 150 expired or changed: %v", left[h])
		}
	}
	if st, err := m.Stats(ctx, "alice"); err != nil || st != (Stats{Ham: 1}) {
		t.Fatalf("alice after Expire: %+v, %v; want Ham 1 and no tokens", st, err)
	}
	if n := len(storedCounts(t, db, "alice")); n != 0 {
		t.Fatalf("alice keeps %d tokens", n)
	}
	if tot, _, _ := m.getTotals(m.global); tot.tokens != uint64(len(left)) {
		t.Fatalf("global totals count %d tokens, store holds %d", tot.tokens, len(left))
	}

	// Hapaxes: nothing is older than day 120 any more.
	if n, err := m.ExpireHapaxes(ctx, time.Unix(120*86400, 0)); err != nil || n != 0 {
		t.Fatalf("ExpireHapaxes(day 120) = %d, %v; want 0", n, err)
	}
	wantGone = 0
	for h := range left {
		if !(a[h] && b[h]) {
			wantGone++
		}
	}
	if n, err := m.ExpireHapaxes(ctx, time.Unix(250*86400, 0)); err != nil || n != wantGone {
		t.Fatalf("ExpireHapaxes(day 250) = %d, %v; want %d", n, err, wantGone)
	}
	for h, cnt := range storedCounts(t, db, "") {
		if cnt != [2]uint32{1, 1} {
			t.Fatalf("token %x with counts %v survived hapax expiry", h, cnt)
		}
	}
}

// TestNoSaturation checks that overwhelming evidence still orders messages,
// whichever the combining.
func TestNoSaturation(t *testing.T) {
	for _, c := range []Combining{MeanLogOdds, Fisher} {
		t.Run(c.String(), func(t *testing.T) { testNoSaturation(t, c) })
	}
}

func testNoSaturation(t *testing.T, c Combining) {
	ctx := context.Background()
	m, _ := openModel(t, Options{Combining: c})
	const vocab = 5000
	spamWords := make([]string, vocab)
	hamWords := make([]string, vocab)
	for i := range vocab {
		spamWords[i] = fmt.Sprintf("spamword%d", i)
		hamWords[i] = fmt.Sprintf("hamword%d", i)
	}
	tr := m.NewTrainer()
	for i := range 60 {
		id := sha256.Sum256([]byte(fmt.Sprint(i)))
		words, spam := hamWords, false
		if i%2 == 0 {
			words, spam = spamWords, true
		}
		if err := tr.Learn(ctx, "", id, words, spam); err != nil {
			t.Fatal(err)
		}
	}
	if err := tr.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	score := func(toks ...[]string) Result {
		t.Helper()
		var all []string
		for _, ts := range toks {
			all = append(all, ts...)
		}
		r, err := m.Score(ctx, "", all)
		if err != nil {
			t.Fatal(err)
		}
		if math.IsInf(r.Score, 0) || math.IsNaN(r.Score) || math.IsNaN(r.Prob) {
			t.Fatalf("score of %d tokens is not finite: %+v", len(all), r)
		}
		return r
	}
	// Each row must score strictly above the next.
	rows := []struct {
		name string
		toks [][]string
	}{
		{"4000 spammy", [][]string{spamWords[:4000]}},
		{"3000 spammy", [][]string{spamWords[:3000]}},
		{"3000 spammy and 1 hammy", [][]string{spamWords[:3000], hamWords[:1]}},
		{"2000 spammy", [][]string{spamWords[:2000]}},
		{"20 spammy", [][]string{spamWords[:20]}},
		{"nothing known", [][]string{{"unknown"}}},
		{"20 hammy", [][]string{hamWords[:20]}},
		{"2000 hammy", [][]string{hamWords[:2000]}},
		{"3000 hammy", [][]string{hamWords[:3000]}},
	}
	prev := Result{Score: math.Inf(1)}
	for i, row := range rows {
		r := score(row.toks...)
		t.Logf("%-24s Prob %-8.6g Score %-12.6g Used %d", row.name, r.Prob, r.Score, r.Used)
		if i > 0 && !(r.Score < prev.Score) {
			t.Errorf("%s: Score %g, want below %s's %g", row.name, r.Score, rows[i-1].name, prev.Score)
		}
		if i > 0 && r.Prob > prev.Prob {
			t.Errorf("%s: Prob %g above %s's %g", row.name, r.Prob, rows[i-1].name, prev.Prob)
		}
		prev = r
	}
	if r := score(spamWords[:2000]); r.Prob != 1 {
		t.Logf("Prob of 2000 spammy tokens is %g: this check is meant for a saturated Prob", r.Prob)
	}
}

func TestTrainerBatches(t *testing.T) {
	ctx := context.Background()
	m, _ := openModel(t, Options{BatchSize: 3})
	names := []string{"spam-1", "spam-2", "spam-3", "spam-4", "ham-1", "ham-2", "ham-3"}
	tr := m.NewTrainer()
	for _, name := range names {
		msg := testdataMsg(t, name)
		if err := tr.Learn(ctx, "", msg.id, msg.tokens, msg.spam); err != nil {
			t.Fatal(err)
		}
		// Within one batch: learn again, and to a user.
		if err := tr.Learn(ctx, "", msg.id, msg.tokens, msg.spam); err != nil {
			t.Fatal(err)
		}
		if err := tr.Learn(ctx, "zoe", msg.id, msg.tokens, !msg.spam); err != nil {
			t.Fatal(err)
		}
	}
	// Move one, forget one, learn and forget one in the same batch.
	s1, h3 := testdataMsg(t, "spam-1"), testdataMsg(t, "ham-3")
	for _, step := range []func() error{
		func() error { return tr.Learn(ctx, "", s1.id, s1.tokens, false) },
		func() error { return tr.Forget(ctx, "", h3.id) },
		func() error { return tr.Forget(ctx, "zoe", s1.id) },
		func() error { return tr.Learn(ctx, "zoe", s1.id, s1.tokens, true) },
	} {
		if err := step(); err != nil {
			t.Fatal(err)
		}
	}
	if tr.Pending() == 0 {
		t.Fatal("nothing pending before Flush: BatchSize not honoured")
	}
	if err := tr.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	want := Summary{Learned: 2*len(names) + 1, Relabeled: 1, Forgotten: 2, Unchanged: len(names)}
	if got := tr.Summary(); got != want {
		t.Fatalf("Summary %+v, want %+v", got, want)
	}
	for _, user := range []string{"", "zoe"} {
		checkConsistent(t, m, user)
	}
}

// checkConsistent checks that user's totals and counts are what the learned
// records add up to.
func checkConsistent(t testing.TB, m *Model, user string) {
	t.Helper()
	wantTot, wantCounts := recordCounts(t, m.db, user)
	tot, _, err := m.getTotals(scopeOf(user))
	if err != nil {
		t.Fatal(err)
	}
	if tot != wantTot {
		t.Fatalf("user %q: totals %+v, records add up to %+v", user, tot, wantTot)
	}
	if err := diffCounts(storedCounts(t, m.db, user), wantCounts); err != nil {
		t.Fatalf("user %q: stored counts: %v", user, err)
	}
	if user == "" {
		if err := diffCounts(memCounts(m), wantCounts); err != nil {
			t.Fatalf("in-memory counts: %v", err)
		}
		if m.tot != wantTot {
			t.Fatalf("in-memory totals %+v, records add up to %+v", m.tot, wantTot)
		}
	}
}

func TestReopen(t *testing.T) {
	ctx := context.Background()
	m, db := openModel(t, Options{})
	for _, name := range []string{"spam-1", "spam-2", "ham-1", "ham-2"} {
		msg := testdataMsg(t, name)
		if _, err := m.Learn(ctx, "", msg.id, msg.tokens, msg.spam); err != nil {
			t.Fatal(err)
		}
	}
	probe := testdataMsg(t, "spam-3").tokens
	before, err := m.Score(ctx, "", probe)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := m.Score(ctx, "", probe); err != ErrClosed {
		t.Fatalf("Score after Close: %v, want ErrClosed", err)
	}
	m2, err := Open(ctx, db, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer m2.Close()
	after, err := m2.Score(ctx, "", probe)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(before, after) {
		t.Fatalf("score changed across reopen:\n%+v\n%+v", before, after)
	}
	checkConsistent(t, m2, "")
	if n, err := m2.DiskSize(); err != nil || n < 0 {
		t.Fatalf("DiskSize = %d, %v", n, err)
	}
}

func TestTopClues(t *testing.T) {
	ctx := context.Background()
	m, _ := openModel(t, Options{Clues: 5})
	for _, name := range []string{"spam-1", "spam-2", "ham-1", "ham-2", "ham-3"} {
		msg := testdataMsg(t, name)
		if _, err := m.Learn(ctx, "", msg.id, msg.tokens, msg.spam); err != nil {
			t.Fatal(err)
		}
	}
	probe := testdataMsg(t, "spam-1").tokens
	r, err := m.Score(ctx, "", probe)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Top) != 5 || r.Used < 5 {
		t.Fatalf("Top has %d clues of %d used, want 5", len(r.Top), r.Used)
	}
	in := make(map[string]bool)
	for _, w := range probe {
		in[w] = true
	}
	for i, c := range r.Top {
		if !in[c.Token] {
			t.Errorf("clue %q is not a token of the message", c.Token)
		}
		if c.Spam+c.Ham == 0 {
			t.Errorf("clue %q has no counts", c.Token)
		}
		if i > 0 && math.Abs(c.Prob-0.5) > math.Abs(r.Top[i-1].Prob-0.5) {
			t.Errorf("clue %d (%g) is stronger than clue %d (%g)", i, c.Prob, i-1, r.Top[i-1].Prob)
		}
	}
	// Repeating tokens changes nothing.
	r2, err := m.Score(ctx, "", append(append([]string{}, probe...), probe...))
	if err != nil {
		t.Fatal(err)
	}
	if r2.Score != r.Score || r2.Used != r.Used {
		t.Fatalf("repeated tokens: %+v, want %+v", r2, r)
	}
}

func TestConcurrentScoreAndLearn(t *testing.T) {
	ctx := context.Background()
	m, _ := openModel(t, Options{BatchSize: 2})
	names := []string{"spam-1", "spam-2", "spam-3", "spam-4", "ham-1", "ham-2", "ham-3"}
	msgs := make([]testMsg, len(names))
	for i, n := range names {
		msgs[i] = testdataMsg(t, n)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				user := ""
				if i%3 == 0 {
					user = "frank"
				}
				r, err := m.Score(ctx, user, msgs[(i+g)%len(msgs)].tokens)
				if err != nil || math.IsNaN(r.Score) || math.IsInf(r.Score, 0) {
					errs <- fmt.Errorf("score: %+v, %v", r, err)
					return
				}
			}
		}()
	}
	for _, user := range []string{"", "frank"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tr := m.NewTrainer()
			for i := range 100 {
				msg := msgs[i%len(msgs)]
				var err error
				if i%5 == 4 {
					err = tr.Forget(ctx, user, msg.id)
				} else {
					err = tr.Learn(ctx, user, msg.id, msg.tokens, (i/len(msgs))%2 == 0)
				}
				if err != nil {
					errs <- err
					return
				}
			}
			if err := tr.Flush(ctx); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	checkConsistent(t, m, "")
	checkConsistent(t, m, "frank")
}

func TestOptionsValidate(t *testing.T) {
	tests := []struct {
		o     Options
		field string // "" for valid
	}{
		{Options{}, ""},
		{DefaultOptions(), ""},
		{Options{Strength: -1}, "Strength"},
		{Options{Strength: math.Inf(1)}, "Strength"},
		{Options{Prior: 1}, "Prior"},
		{Options{Prior: -0.1}, "Prior"},
		{Options{MinDev: 0.5}, "MinDev"},
		{Options{MinDev: math.NaN()}, "MinDev"},
		{Options{MaxTokens: -1}, "MaxTokens"},
		{Options{UserPrior: -2}, "UserPrior"},
		{Options{BatchSize: -5}, "BatchSize"},
	}
	for _, tt := range tests {
		err := tt.o.Validate()
		switch {
		case tt.field == "" && err != nil:
			t.Errorf("%+v: %v, want valid", tt.o, err)
		case tt.field != "" && (err == nil || !strings.Contains(err.Error(), tt.field)):
			t.Errorf("%+v: %v, want an error naming %s", tt.o, err, tt.field)
		}
	}
}

func TestBadUser(t *testing.T) {
	ctx := context.Background()
	m, _ := openModel(t, Options{})
	long := strings.Repeat("u", MaxUserLen+1)
	if _, err := m.Learn(ctx, long, [32]byte{}, []string{"a"}, true); err == nil {
		t.Error("Learn accepted a user name longer than MaxUserLen")
	}
	if _, err := m.Score(ctx, long, []string{"a"}); err == nil {
		t.Error("Score accepted a user name longer than MaxUserLen")
	}
	if err := m.DropUser(ctx, ""); err == nil {
		t.Error("DropUser accepted the global model")
	}
}

// TestScoreOddTokens scores token lists no tokenizer should produce, for
// users that did and did not train: the results must be well formed.
func TestScoreOddTokens(t *testing.T) {
	ctx := context.Background()
	m, _ := openModel(t, Options{})
	for _, name := range []string{"spam-1", "ham-1"} {
		msg := testdataMsg(t, name)
		if _, err := m.Learn(ctx, "", msg.id, msg.tokens, msg.spam); err != nil {
			t.Fatal(err)
		}
		if _, err := m.Learn(ctx, "bob", msg.id, msg.tokens, !msg.spam); err != nil {
			t.Fatal(err)
		}
	}
	many := make([]string, 20000)
	for i := range many {
		many[i] = testdataMsg(t, "spam-1").tokens[i%50]
	}
	for _, toks := range [][]string{
		nil,
		{""},
		{"", "", ""},
		{"\xff\xfe", "\x00", strings.Repeat("x", 1<<16)},
		many,
	} {
		for _, user := range []string{"", "bob", "nobody", "\x00\xff"} {
			r, err := m.Score(ctx, user, toks)
			if err != nil {
				t.Fatalf("user %q, %d tokens: %v", user, len(toks), err)
			}
			if math.IsNaN(r.Score) || math.IsInf(r.Score, 0) || !(r.Prob >= 0 && r.Prob <= 1) {
				t.Fatalf("user %q, %d tokens: malformed %+v", user, len(toks), r)
			}
		}
	}
}

// TestClassSizes checks that, by Robinson's method, token counts are
// weighed in units of the smaller class: with five times more ham than spam
// learned, a token in half of the spam and no ham is exactly as spammy as a
// token in half of the ham and no spam is hammy, and a token seen once in
// the 50 ham is weaker evidence than one seen once in the 10 spam.
func TestClassSizes(t *testing.T) {
	ctx := context.Background()
	m, _ := openModel(t, Options{MinDev: 1e-9, Smoothing: -1, Strength: 0.5})
	tr := m.NewTrainer()
	for i := range 60 {
		spam := i < 10
		toks := []string{fmt.Sprintf("noise%d", i)}
		switch {
		case spam && i < 5:
			toks = append(toks, "halfspam")
		case !spam && i < 35:
			toks = append(toks, "halfham")
		}
		if i == 0 {
			toks = append(toks, "oncespam")
		}
		if i == 59 {
			toks = append(toks, "onceham")
		}
		if err := tr.Learn(ctx, "", sha256.Sum256([]byte(fmt.Sprint(i))), toks, spam); err != nil {
			t.Fatal(err)
		}
	}
	if err := tr.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	prob := func(token string) float64 {
		r, err := m.Score(ctx, "", []string{token})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Top) != 1 {
			t.Fatalf("token %q: no clue (%+v)", token, r)
		}
		return r.Top[0].Prob
	}
	if s, h := prob("halfspam"), prob("halfham"); !(s > 0.5 && h < 0.5) || math.Abs(s-(1-h)) > 1e-12 {
		t.Errorf("halfspam %.6f, halfham %.6f: want mirror images", s, h)
	}
	if s, h := prob("oncespam"), prob("onceham"); !(s > 0.5 && h < 0.5) || !(0.5-h < s-0.5) {
		t.Errorf("oncespam %.6f, onceham %.6f: want onceham nearer 0.5", s, h)
	}
}

// TestSmoothing checks the default estimate of a token's probability, each
// class's rate smoothed by Smoothing over the class's size: a token seen
// once in one class only has f = b'/(b'+g'), and the log-odds of one seen
// once in spam only and of one seen once in ham only sum to twice the log
// of the classes' ratio, nham/nspam, whatever the smoothing: absence from
// the smaller class is the weaker evidence.
func TestSmoothing(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		nspam, nham int
		a           float64
	}{
		{10, 50, 0},
		{10, 50, 0.1},
		{50, 10, 0.003},
		{20, 20, 0.003},
	} {
		m, _ := openModel(t, Options{MinDev: 1e-9, Smoothing: tc.a})
		a := m.opts.Smoothing
		tr := m.NewTrainer()
		for i := range tc.nspam + tc.nham {
			spam := i < tc.nspam
			toks := []string{fmt.Sprintf("noise%d", i)}
			if i == 0 {
				toks = append(toks, "oncespam")
			}
			if i == tc.nspam+tc.nham-1 {
				toks = append(toks, "onceham")
			}
			if err := tr.Learn(ctx, "", sha256.Sum256([]byte(fmt.Sprint(i))), toks, spam); err != nil {
				t.Fatal(err)
			}
		}
		if err := tr.Flush(ctx); err != nil {
			t.Fatal(err)
		}
		ns, nh := float64(tc.nspam), float64(tc.nham)
		for _, q := range []struct {
			tok  string
			want float64
		}{
			{"oncespam", ((1 + a) / ns) / ((1+a)/ns + a/nh)},
			{"onceham", (a / ns) / (a/ns + (1+a)/nh)},
		} {
			r, err := m.Score(ctx, "", []string{q.tok})
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Top) != 1 || math.Abs(r.Top[0].Prob-q.want) > 1e-12 {
				t.Errorf("%d spam, %d ham, a %g: %s clues %+v, want f = %.9f", tc.nspam, tc.nham, a, q.tok, r.Top, q.want)
			}
		}
		rs, _ := m.Score(ctx, "", []string{"oncespam"})
		rh, _ := m.Score(ctx, "", []string{"onceham"})
		logOdds := func(r Result) float64 { f := r.Top[0].Prob; return math.Log(f / (1 - f)) }
		if got, want := logOdds(rs)+logOdds(rh), 2*math.Log(nh/ns); math.Abs(got-want) > 1e-6 {
			t.Errorf("%d spam, %d ham, a %g: log-odds of oncespam + onceham = %.6f, want %.6f", tc.nspam, tc.nham, a, got, want)
		}
	}
}

// TestLearned: a model has learned once a message is learned globally or
// for any user, and not after a user who alone had learned is dropped.
func TestLearned(t *testing.T) {
	ctx := context.Background()
	msg := testdataMsg(t, "spam-1")
	for _, tc := range []struct {
		name string
		user string
		drop bool
		want bool
	}{
		{"nothing learned", "", false, false},
		{"global", "", false, true},
		{"one user", "frank", false, true},
		{"one user, dropped", "frank", true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, _ := openModel(t, Options{})
			if tc.name != "nothing learned" {
				if _, err := m.Learn(ctx, tc.user, msg.id, msg.tokens, msg.spam); err != nil {
					t.Fatal(err)
				}
			}
			if tc.drop {
				if err := m.DropUser(ctx, tc.user); err != nil {
					t.Fatal(err)
				}
			}
			got, err := m.Learned(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("Learned = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestCombine checks each combining on clues of known probabilities: the
// mean log-odds shrunk by Shrink, and Robinson's indicator.
func TestCombine(t *testing.T) {
	lo := math.Log(0.99 / 0.01)
	same := func(n int, f float64) []clue {
		cs := make([]clue, n)
		for i := range cs {
			cs[i] = clue{f: f, g: 1 - f}
		}
		return cs
	}
	tests := []struct {
		name  string
		opts  Options
		clues []clue
		want  float64
	}{
		{"mean, one clue", Options{}, same(1, 0.99), lo / 6},
		{"mean, ten clues", Options{}, same(10, 0.99), 10 * lo / 15},
		{"mean, ten ham clues", Options{}, same(10, 0.01), -10 * lo / 15},
		{"mean, Shrink 1", Options{Shrink: 1}, same(3, 0.99), 3 * lo / 4},
		{"mean, both ways", Options{}, append(same(2, 0.99), same(2, 0.01)...), 0},
		// A token seen once in spam only, with even classes and Strength
		// 0.01: f = (s/2 + 1) / (s + 1), log-odds ln(1 + 2/s).
		{"mean, a token seen once", Options{}, same(1, 1.005/1.01), math.Log(201) / 6},
		// One clue: Spam = f, Ham = 1 - f, I = f; Qh = f, Qs = 1 - f.
		{"fisher, one clue", Options{Combining: Fisher}, same(1, 0.99), 2 * lo},
	}
	for _, tc := range tests {
		o := tc.opts.withDefaults()
		r := combine(tc.clues, &o)
		if math.Abs(r.Score-tc.want) > 1e-9 {
			t.Errorf("%s: Score %g, want %g", tc.name, r.Score, tc.want)
		}
		if r.Used != len(tc.clues) {
			t.Errorf("%s: Used %d, want %d", tc.name, r.Used, len(tc.clues))
		}
	}
}

func TestCombiningOptions(t *testing.T) {
	for _, s := range []string{"mean", "fisher"} {
		c, err := ParseCombining(s)
		if err != nil || c.String() != s {
			t.Errorf("ParseCombining(%q) = %v, %v", s, c, err)
		}
	}
	if _, err := ParseCombining("chi2"); err == nil {
		t.Error("ParseCombining(chi2): no error")
	}
	for _, o := range []Options{{Combining: 7}, {Shrink: -1}, {Shrink: math.NaN()}} {
		if err := o.Validate(); err == nil {
			t.Errorf("%+v: Validate gave no error", o)
		}
	}
}
