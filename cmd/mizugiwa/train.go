package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/term"

	"github.com/mizugiwa/mizugiwa/corpus"
	"github.com/mizugiwa/mizugiwa/store"
)

// multiFlag collects a flag given several times; each value may also hold
// several paths separated by commas.
type multiFlag []string

func (m *multiFlag) String() string { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error {
	*m = append(*m, v)
	return nil
}

func runTrain(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("train", "[--data DIR] [--user U] --spam PATH... --ham PATH...", stderr)
	data := fs.String("data", "./data", "store to train (created if missing)")
	user := fs.String("user", "", "train this user's own model instead of the global one")
	var spam, ham multiFlag
	fs.Var(&spam, "spam", "spam: a message file, a directory, a maildir or an mbox (repeatable)")
	fs.Var(&ham, "ham", "ham: a message file, a directory, a maildir or an mbox (repeatable)")
	quiet := fs.Bool("quiet", false, "no progress bar")
	passes := fs.Int("passes", 0, "after training, re-learn the messages the model still scores near or past the boundary, up to N passes (train until no error)")
	ifUntrained := fs.Bool("if-untrained", false, "do nothing when the model already holds spam and ham (for a starter model)")
	japanese := fs.String("japanese", "", "how to cut Japanese text: morph, bigram, both or whole; recorded in the store at its first training, and fixed from then on (default: what the store records, else both)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	// Paths may also follow the last --spam or --ham flag, as in
	// "--spam dir/*.eml": they take that flag's label.
	if rest := fs.Args(); len(rest) > 0 {
		last := lastLabelFlag(args)
		switch last {
		case "spam":
			spam = append(spam, rest...)
		case "ham":
			ham = append(ham, rest...)
		default:
			fs.Usage()
			return errUsage
		}
	}
	if len(spam)+len(ham) == 0 {
		fmt.Fprintln(stderr, "mizugiwa train: give messages with --spam PATH and/or --ham PATH")
		return errUsage
	}
	if err := checkUser(*user); err != nil {
		return err
	}
	if *passes < 0 {
		return fmt.Errorf("--passes %d: must not be negative", *passes)
	}
	var entries []corpus.Entry
	for _, p := range spam {
		entries = append(entries, corpus.Entry{Label: corpus.Spam, Path: p})
	}
	for _, p := range ham {
		entries = append(entries, corpus.Entry{Label: corpus.Ham, Path: p})
	}
	// A training run is a bulk load: a larger memtable spares most of the
	// flushes and compactions of small ones.
	st, err := openStack(ctx, *data, store.Options{MemTableSize: 16 << 20})
	if err != nil {
		return err
	}
	defer st.Close()
	if *ifUntrained {
		stats, err := st.model.Stats(ctx, *user)
		if err != nil {
			return err
		}
		if stats.Spam > 0 && stats.Ham > 0 {
			fmt.Fprintf(stdout, "the model already holds %d spam and %d ham messages; not training\n", stats.Spam, stats.Ham)
			return nil
		}
	}
	if err := st.useJapanese(ctx, *japanese); err != nil {
		return err
	}
	showProgress := !*quiet && isTerminal(stderr)
	res, err := st.train(ctx, *user, entries, trainOptions{progress: showProgress, out: stderr})
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, res.String())
	if *passes > 0 {
		if *user != "" {
			return errors.New("--passes trains the global model only")
		}
		items, err := readItems(ctx, entries, io.Discard)
		if err != nil {
			return err
		}
		if err := st.retrain(ctx, items, *passes, stdout); err != nil {
			return err
		}
	}
	if res.walk.Skipped > 0 {
		fmt.Fprintf(stderr, "warning: %d inputs were not mail and were skipped (%s)\n", res.walk.Skipped, res.walk.String())
	}
	if res.failed > 0 {
		return &exitError{code: 1, err: fmt.Errorf("%d messages could not be learned", res.failed)}
	}
	return nil
}

// lastLabelFlag returns "spam" or "ham", whichever of the two flags comes
// last in args, or "".
func lastLabelFlag(args []string) string {
	last := ""
	for _, a := range args {
		name := strings.TrimLeft(a, "-")
		if i := strings.IndexByte(name, '='); i >= 0 {
			name = name[:i]
		}
		if strings.HasPrefix(a, "-") && (name == "spam" || name == "ham") {
			last = name
		}
	}
	return last
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

type trainOptions struct {
	progress bool
	out      io.Writer
}

// trainResult summarizes a training run.
type trainResult struct {
	spam, ham int   // messages given as spam and as ham
	unchanged int   // of those, already learned with this label
	failed    int   // messages that could not be parsed
	tokens    int64 // tokens learned, summed over messages
	elapsed   time.Duration
	walk      corpus.Stats
}

func (r trainResult) messages() int { return r.spam + r.ham }

func (r trainResult) String() string {
	rate := float64(r.messages()) / r.elapsed.Seconds()
	return fmt.Sprintf("trained %d messages (%d spam, %d ham, %d already known) with %d tokens in %.2fs (%.0f msg/s)",
		r.messages(), r.spam, r.ham, r.unchanged, r.tokens, r.elapsed.Seconds(), rate)
}

type learnItem struct {
	name   string
	id     [32]byte
	tokens []string
	spam   bool
	err    error
}

// train learns every message of entries for user: messages are parsed and
// tokenized on every CPU and learned in batches, each batch one atomic write,
// so a killed run loses at most the batch in flight.
func (s *stack) train(ctx context.Context, user string, entries []corpus.Entry, o trainOptions) (trainResult, error) {
	start := time.Now()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	var total atomic.Int64
	if o.progress {
		// Counting first is cheap next to learning and gives the bar an end.
		st, _ := corpus.WalkEntries(ctx, entries, nil, nil)
		total.Store(int64(st.Messages))
	}

	items := make(chan corpus.Item, 64)
	learned := make(chan learnItem, 64)
	var walkStats corpus.Stats
	walkErr := make(chan error, 1)
	go func() {
		defer close(items)
		st, err := corpus.WalkEntries(ctx, entries, nil, func(it corpus.Item) error {
			select {
			case items <- it:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
		walkStats = st
		walkErr <- err
	}()
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range items {
				toks, err := s.tokens(it.Data)
				learned <- learnItem{name: it.Name(), id: digest(it.Data), tokens: toks, spam: it.Label == corpus.Spam, err: err}
			}
		}()
	}
	go func() { wg.Wait(); close(learned) }()

	var res trainResult
	var done atomic.Int64
	stopBar := func() {}
	if o.progress {
		stopBar = progressBar(o.out, &done, &total, start)
	}
	tr := s.model.NewTrainer()
	var trainErr error
	for li := range learned {
		done.Add(1)
		if trainErr != nil {
			continue
		}
		if li.err != nil {
			res.failed++
			fmt.Fprintf(o.out, "\rmizugiwa train: %s: %v\n", li.name, li.err)
			continue
		}
		if err := tr.Learn(ctx, user, li.id, li.tokens, li.spam); err != nil {
			trainErr = err
			cancel()
			continue
		}
		res.tokens += int64(len(li.tokens))
		if li.spam {
			res.spam++
		} else {
			res.ham++
		}
	}
	if trainErr == nil {
		trainErr = tr.Flush(ctx)
	}
	stopBar()
	if err := <-walkErr; err != nil && trainErr == nil && !errors.Is(err, context.Canceled) {
		trainErr = err
	}
	if trainErr != nil {
		return res, fmt.Errorf("train: %w", trainErr)
	}
	if err := ctx.Err(); err != nil {
		return res, err
	}
	res.unchanged = tr.Summary().Unchanged
	res.walk = walkStats
	res.elapsed = time.Since(start)
	return res, nil
}

// progressBar draws a progress line on w until the returned func is called.
func progressBar(w io.Writer, done, total *atomic.Int64, start time.Time) func() {
	stop := make(chan struct{})
	finished := make(chan struct{})
	draw := func() {
		d, t := done.Load(), total.Load()
		rate := float64(d) / time.Since(start).Seconds()
		const width = 30
		filled := 0
		if t > 0 {
			filled = int(min(d, t) * width / t)
		}
		fmt.Fprintf(w, "\r[%s%s] %d/%d messages, %.0f msg/s ", strings.Repeat("#", filled), strings.Repeat(" ", width-filled), d, t, rate)
	}
	go func() {
		defer close(finished)
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-tick.C:
				draw()
			case <-stop:
				draw()
				fmt.Fprintln(w)
				return
			}
		}
	}()
	return func() { close(stop); <-finished }
}
