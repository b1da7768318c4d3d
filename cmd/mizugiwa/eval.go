package main

import (
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"time"

	"github.com/mizugiwa/mizugiwa/bayes"
	"github.com/mizugiwa/mizugiwa/bench"
	"github.com/mizugiwa/mizugiwa/classifier"
	"github.com/mizugiwa/mizugiwa/corpus"
	"github.com/mizugiwa/mizugiwa/scoring"
	"github.com/mizugiwa/mizugiwa/store"
	"github.com/mizugiwa/mizugiwa/tokenizer"
)

func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("eval", "(--train LIST --test LIST | --list LIST --folds K) [--root DIR] [--scores FILE]", stderr)
	trainList := fs.String("train", "", "label list to train on (lines: spam PATH / ham PATH)")
	testList := fs.String("test", "", "label list to measure on")
	cvList := fs.String("list", "", "label list to cross-validate on (with --folds)")
	folds := fs.Int("folds", 0, "K-fold cross-validation on --list: train on K-1 folds, score the held-out one, pool the scores")
	blocked := fs.Bool("blocked", false, "with --folds: each fold is a contiguous run of each class in list order (for a list in time order) instead of dealing messages to the folds in turn")
	japanese := fs.String("japanese", "", "Japanese tokenization: morph, bigram, both or whole (default: the tokenizer's)")
	passes := fs.Int("passes", 0, "after training, re-learn the training messages still mis-scored, up to N passes (train until no error)")
	bayesOpts := combiningFlag(fs)
	root := fs.String("root", corpus.DefaultDir(), "directory the lists' relative paths start from")
	scoresFile := fs.String("scores", "", "write label<TAB>score<TAB>path for every test message to this file")
	keep := fs.String("data", "", "keep the trained store in this directory (default: a temporary one, removed)")
	conc := fs.Int("concurrency", runtime.GOMAXPROCS(0), "messages classified at once")
	var ef engineFlags
	ef.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	tokOpts := tokenizer.Options{}
	if *japanese != "" {
		mode, err := tokenizer.ParseJapaneseMode(*japanese)
		if err != nil {
			return fmt.Errorf("--japanese: %w", err)
		}
		tokOpts.Japanese = mode
	}
	if *passes < 0 {
		return fmt.Errorf("--passes %d: must not be negative", *passes)
	}
	bo, err := bayesOpts()
	if err != nil {
		return err
	}
	if *folds != 0 || *cvList != "" {
		if *folds < 2 || *cvList == "" || *trainList != "" || *testList != "" || fs.NArg() > 0 {
			fmt.Fprintln(stderr, "mizugiwa eval: cross-validation takes --list LIST and --folds K (K >= 2), without --train and --test")
			return errUsage
		}
		return crossValidate(ctx, cvOptions{
			list: *cvList, root: *root, folds: *folds, blocked: *blocked, passes: *passes, conc: *conc,
			tok: tokOpts, bayes: bo, ef: ef, scores: *scoresFile,
		}, stdout, stderr)
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
	st, err := openStackWith(ctx, dir, store.Options{NoSync: true}, bo)
	if err != nil {
		return err
	}
	defer st.Close()
	// A store kept with --data records the tokenization, as train does.
	if err := st.useJapanese(ctx, *japanese); err != nil {
		return err
	}
	// Load the Japanese dictionary before timing anything: a server pays
	// that second once, at start-up, not per message.
	if err := st.tok.LoadDictionary(); err != nil {
		return err
	}

	tr, err := st.train(ctx, "", trainEntries, trainOptions{progress: isTerminal(stderr), out: stderr})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "train: %s\n", tr)
	trainItems, err := readItems(ctx, trainEntries, stderr)
	if err != nil {
		return err
	}
	if *passes > 0 {
		if err := st.retrain(ctx, trainItems, *passes, stdout); err != nil {
			return err
		}
	}
	// The training spam is reported to the signature database too, as
	// Learn of spam does on a server.
	if err := st.addSignatures(ctx, trainItems); err != nil {
		return err
	}

	// Load the test messages first so that the timing is the engine's.
	msgs, err := readItems(ctx, testEntries, stderr)
	if err != nil {
		return err
	}
	eng, err := st.engine(ef, newQuietLogger(stderr))
	if err != nil {
		return err
	}
	scored, failed, elapsed := classifyItems(ctx, eng, msgs, *conc)
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
		if err := writeScoreFile(*scoresFile, ok); err != nil {
			return err
		}
	}
	if len(ok) < len(msgs) {
		return &exitError{code: 1, err: fmt.Errorf("%d test messages could not be classified", len(msgs)-len(ok))}
	}
	return nil
}

// labelled is one message read for evaluation.
type labelled struct {
	name string
	raw  []byte
	spam bool
}

// readItems reads every message of entries into memory.
func readItems(ctx context.Context, entries []corpus.Entry, stderr io.Writer) ([]labelled, error) {
	var out []labelled
	ws, err := corpus.WalkEntries(ctx, entries, nil, func(it corpus.Item) error {
		out = append(out, labelled{name: it.Name(), raw: it.Data, spam: it.Label == corpus.Spam})
		return nil
	})
	if err != nil {
		return nil, err
	}
	if ws.Skipped > 0 {
		fmt.Fprintf(stderr, "warning: %d inputs were not mail and were skipped (%s)\n", ws.Skipped, ws)
	}
	return out, nil
}

// retrainMargin is the Bayes score (the mean log-odds of the message's
// tokens) a training message must clear on its own side for a retraining
// pass to leave it alone: a spam scoring below +retrainMargin or a ham
// scoring above -retrainMargin is learned again. With the training half of
// the SpamAssassin split, 2 finds 5 of the 3,125 messages on the first
// pass (1 finds none, 4 nearly a third). retrainMarginFisher is the same
// for Fisher's combining, whose scores are log-odds of Robinson's
// indicator: 4 finds 3.
// Learning only the messages near or past the boundary, as bogofilter's
// and SpamBayes' "train until no error" do, spends the extra weight where
// the model is unsure instead of on what it already knows.
const (
	retrainMargin       = 2
	retrainMarginFisher = 4
)

// retrain runs up to passes passes over items, learning again each message
// the model still scores on the wrong side of retrainMargin, and stops early
// when a pass finds none. Each relearning is recorded under its own digest,
// so it adds weight rather than being taken for the message already known
// (and forgetting the message later takes back only its first learning).
func (s *stack) retrain(ctx context.Context, items []labelled, passes int, stdout io.Writer) error {
	toks := make([][]string, len(items))
	for i, it := range items {
		t, err := s.tokens(it.raw)
		if err != nil {
			continue
		}
		toks[i] = t
	}
	margin := float64(retrainMargin)
	if s.model.Options().Combining == bayes.Fisher {
		margin = retrainMarginFisher
	}
	for pass := 1; pass <= passes; pass++ {
		start := time.Now()
		tr := s.model.NewTrainer()
		relearned := 0
		for i, it := range items {
			if toks[i] == nil {
				continue
			}
			r, err := s.model.Score(ctx, "", toks[i])
			if err != nil {
				return err
			}
			if it.spam && r.Score >= margin || !it.spam && r.Score <= -margin {
				continue
			}
			id := digest(it.raw)
			id = sha256.Sum256(append(id[:], byte(pass), byte(pass>>8)))
			if err := tr.Learn(ctx, "", id, toks[i], it.spam); err != nil {
				return err
			}
			relearned++
		}
		if err := tr.Flush(ctx); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "retrain pass %d: relearned %d of %d messages in %.2fs\n",
			pass, relearned, len(items), time.Since(start).Seconds())
		if relearned == 0 {
			break
		}
	}
	return nil
}

// learnItems learns items into the stack's global model, tokenizing on
// every CPU.
func (s *stack) learnItems(ctx context.Context, items []labelled) error {
	toks := make([][]string, len(items))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				toks[i], _ = s.tokens(items[i].raw)
			}
		}()
	}
	for i := range items {
		next <- i
	}
	close(next)
	wg.Wait()
	tr := s.model.NewTrainer()
	for i, it := range items {
		if toks[i] == nil {
			continue
		}
		if err := tr.Learn(ctx, "", digest(it.raw), toks[i], it.spam); err != nil {
			return err
		}
	}
	return tr.Flush(ctx)
}

// classifyItems classifies items with eng, conc at once, and returns the
// scores, the error of each message that failed, and the time taken.
func classifyItems(ctx context.Context, eng *classifier.Engine, items []labelled, conc int) ([]bench.Scored, []error, time.Duration) {
	scored := make([]bench.Scored, len(items))
	failed := make([]error, len(items))
	start := time.Now()
	var wg sync.WaitGroup
	next := make(chan int)
	for range max(conc, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				m := items[i]
				res, err := eng.Classify(ctx, m.raw, scoring.Envelope{})
				if err != nil {
					failed[i] = err
					continue
				}
				scored[i] = bench.Scored{Spam: m.spam, Score: res.Recipients[0].Score, Path: m.name}
			}
		}()
	}
	for i := range items {
		next <- i
	}
	close(next)
	wg.Wait()
	return scored, failed, time.Since(start)
}

// cvOptions configure crossValidate.
type cvOptions struct {
	list, root string
	folds      int
	blocked    bool
	passes     int
	conc       int
	tok        tokenizer.Options
	bayes      bayes.Options
	ef         engineFlags
	scores     string
}

// crossValidate runs K-fold cross-validation on one label list: the
// messages of each class are dealt to the folds in turn (so every fold has
// the list's class balance), a fresh model is trained on all folds but one
// and scores the one held out, and the metrics are computed on the pooled
// scores of all folds.
func crossValidate(ctx context.Context, o cvOptions, stdout, stderr io.Writer) error {
	entries, err := corpus.ReadLabelList(o.list, o.root)
	if err != nil {
		return err
	}
	items, err := readItems(ctx, entries, stderr)
	if err != nil {
		return err
	}
	if len(items) < o.folds {
		return fmt.Errorf("--folds %d: the list holds only %d messages", o.folds, len(items))
	}
	fold := assignFolds(items, o.folds, o.blocked)
	tmp, err := os.MkdirTemp("", "mizugiwa-cv-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	var all []bench.Scored
	var trainTime, testTime time.Duration
	var trained, tested, bad int
	var threshold float64
	for k := range o.folds {
		var tr, te []labelled
		for i, it := range items {
			if fold[i] == k {
				te = append(te, it)
			} else {
				tr = append(tr, it)
			}
		}
		err := func() error {
			st, err := openStackWith(ctx, filepath.Join(tmp, strconv.Itoa(k)), store.Options{NoSync: true}, o.bayes)
			if err != nil {
				return err
			}
			defer st.Close()
			if st.tok, err = tokenizer.New(o.tok); err != nil {
				return err
			}
			if err := st.tok.LoadDictionary(); err != nil {
				return err
			}
			start := time.Now()
			if err := st.learnItems(ctx, tr); err != nil {
				return err
			}
			if o.passes > 0 {
				if err := st.retrain(ctx, tr, o.passes, io.Discard); err != nil {
					return err
				}
			}
			trainTime += time.Since(start)
			trained += len(tr)
			eng, err := st.engine(o.ef, newQuietLogger(stderr))
			if err != nil {
				return err
			}
			threshold = eng.Threshold()
			scored, failed, el := classifyItems(ctx, eng, te, o.conc)
			testTime += el
			for i, err := range failed {
				if err != nil {
					fmt.Fprintf(stderr, "mizugiwa eval: %s: %v\n", te[i].name, err)
					bad++
					continue
				}
				all = append(all, scored[i])
			}
			tested += len(te)
			return nil
		}()
		if err != nil {
			return fmt.Errorf("fold %d: %w", k+1, err)
		}
	}
	nspam := 0
	for _, it := range items {
		if it.spam {
			nspam++
		}
	}
	nham := len(items) - nspam
	mode := "default"
	if o.tok.Japanese != 0 {
		mode = o.tok.Japanese.String()
	}
	kind := foldKind(o.blocked)
	fmt.Fprintf(stdout, "cross-validation: %d %s folds over %d messages (%d spam, %d ham), Japanese %s, Bayes combining %s, passes %d\n",
		o.folds, kind, len(items), nspam, nham, mode, o.bayes.Combining, o.passes)
	fmt.Fprintf(stdout, "train: %d messages in %.2fs (%.0f msg/s)\n", trained, trainTime.Seconds(), float64(trained)/trainTime.Seconds())
	fmt.Fprintf(stdout, "test: %d messages classified in %.2fs (%.0f msg/s, %d at once, scorers %s)\n",
		tested-bad, testTime.Seconds(), float64(tested-bad)/testTime.Seconds(), o.conc, o.ef.scorers)
	fmt.Fprint(stdout, bench.Evaluate(all, threshold).String())
	if o.scores != "" {
		if err := writeScoreFile(o.scores, all); err != nil {
			return err
		}
	}
	if bad > 0 {
		return &exitError{code: 1, err: fmt.Errorf("%d messages could not be classified", bad)}
	}
	return nil
}

// writeScoreFile writes s to path in the --scores format.
func writeScoreFile(path string, s []bench.Scored) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := bench.WriteScores(f, s); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
