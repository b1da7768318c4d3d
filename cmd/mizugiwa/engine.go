package main

import (
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"time"

	"github.com/mizugiwa/mizugiwa/classifier"
	"github.com/mizugiwa/mizugiwa/rules"
	"github.com/mizugiwa/mizugiwa/scoring"
	"github.com/mizugiwa/mizugiwa/store"
)

// engineFlags are the engine settings shared by serve and local classify.
type engineFlags struct {
	threshold float64
	timeout   time.Duration
}

func (f *engineFlags) register(fs *flag.FlagSet) {
	fs.Float64Var(&f.threshold, "threshold", 5, "default spam threshold: a message scoring at least this is spam")
	fs.DurationVar(&f.timeout, "timeout", 5*time.Second, "time limit for classifying one message")
}

// engine is an engine with the store it reads from.
type engine struct {
	*classifier.Engine
	db *store.DB
}

func (e *engine) Close() error { return e.db.Close() }

// openEngine opens the store in dir and builds the engine with every scorer
// wired to it.
func openEngine(dir string, f engineFlags, log *slog.Logger) (*engine, error) {
	db, err := store.Open(dir, store.Options{})
	if err != nil {
		if errors.Is(err, store.ErrLocked) {
			return nil, fmt.Errorf("the store in %s is in use by another process, probably a running server: classify through it with --server ADDR", dir)
		}
		return nil, err
	}
	scorers := []scoring.Scorer{rules.NewStructure(nil)}
	eng, err := classifier.New(classifier.Options{
		Scorers:   scorers,
		Threshold: f.threshold,
		Timeout:   f.timeout,
		Logger:    log,
	})
	if err != nil {
		db.Close()
		return nil, err
	}
	return &engine{Engine: eng, db: db}, nil
}
