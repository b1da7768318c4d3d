package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"time"

	"github.com/mizugiwa/mizugiwa/bench"
	"github.com/mizugiwa/mizugiwa/corpus"
	"github.com/mizugiwa/mizugiwa/scoring"
	"github.com/mizugiwa/mizugiwa/store"
)

func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("eval", "--train LIST --test LIST [--root DIR] [--scores FILE]", stderr)
	trainList := fs.String("train", "", "label list to train on (lines: spam PATH / ham PATH)")
	testList := fs.String("test", "", "label list to measure on")
	root := fs.String("root", corpus.DefaultDir(), "directory the lists' relative paths start from")
	scoresFile := fs.String("scores", "", "write label<TAB>score<TAB>path for every test message to this file")
	keep := fs.String("data", "", "keep the trained store in this directory (default: a temporary one, removed)")
	conc := fs.Int("concurrency", runtime.GOMAXPROCS(0), "messages classified at once")
	var ef engineFlags
	ef.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *trainList == "" || *testList == "" || fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	trainEntries, err := corpus.ReadLabelList(*trainList, *root)
	if err != nil {
		return err
	}
	testEntries, err := corpus.ReadLabelList(*testList, *root)
	if err != nil {
		return err
	}
	dir := *keep
	if dir == "" {
		tmp, err := os.MkdirTemp("", "mizugiwa-eval-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	}
	st, err := openStack(ctx, dir, store.Options{NoSync: true})
	if err != nil {
		return err
	}
	defer st.Close()

	tr, err := st.train(ctx, "", trainEntries, trainOptions{progress: isTerminal(stderr), out: stderr})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "train: %s\n", tr)

	// Load the test messages first so that the timing is the engine's.
	type testMsg struct {
		name string
		raw  []byte
		spam bool
	}
	var msgs []testMsg
	ws, err := corpus.WalkEntries(ctx, testEntries, nil, func(it corpus.Item) error {
		msgs = append(msgs, testMsg{name: it.Name(), raw: it.Data, spam: it.Label == corpus.Spam})
		return nil
	})
	if err != nil {
		return err
	}
	if ws.Skipped > 0 {
		fmt.Fprintf(stderr, "warning: %d test inputs were not mail and were skipped (%s)\n", ws.Skipped, ws)
	}
	eng, err := st.engine(ef, newQuietLogger(stderr))
	if err != nil {
		return err
	}
	// Warm up: the first Japanese message loads the dictionary; don't time that.
	if err := st.tok.LoadDictionary(); err != nil {
		return err
	}
	scored := make([]bench.Scored, len(msgs))
	failed := make([]error, len(msgs))
	start := time.Now()
	var wg sync.WaitGroup
	next := make(chan int)
	for range max(*conc, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				m := msgs[i]
				res, err := eng.Classify(ctx, m.raw, scoring.Envelope{})
				if err != nil {
					failed[i] = err
					continue
				}
				scored[i] = bench.Scored{Spam: m.spam, Score: res.Recipients[0].Score, Path: m.name}
			}
		}()
	}
	for i := range msgs {
		next <- i
	}
	close(next)
	wg.Wait()
	elapsed := time.Since(start)
	var ok []bench.Scored
	for i, err := range failed {
		if err != nil {
			fmt.Fprintf(stderr, "mizugiwa eval: %s: %v\n", msgs[i].name, err)
			continue
		}
		ok = append(ok, scored[i])
	}
	fmt.Fprintf(stdout, "test: %d messages classified in %.2fs (%.0f msg/s, %d at once, scorers %s)\n",
		len(ok), elapsed.Seconds(), float64(len(ok))/elapsed.Seconds(), *conc, ef.scorers)
	fmt.Fprint(stdout, bench.Evaluate(ok, eng.Threshold()).String())
	if *scoresFile != "" {
		f, err := os.Create(*scoresFile)
		if err != nil {
			return err
		}
		if err := bench.WriteScores(f, ok); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
	}
	if len(ok) < len(msgs) {
		return &exitError{code: 1, err: fmt.Errorf("%d test messages could not be classified", len(msgs)-len(ok))}
	}
	return nil
}
