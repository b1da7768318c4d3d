package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/mizugiwa/mizugiwa/bench"
	"github.com/mizugiwa/mizugiwa/corpus"
)

// runBench sends messages to a server (or an engine in this process) as
// fast as the server answers and reports the throughput and latency: the
// load test an operator runs before putting a server in the mail path, and
// the speed figure to compare with other filters on the same machine.
func runBench(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("bench", "(--server ADDR | --data DIR) [--concurrency N] [--passes K | --duration D] [--json] (--list LIST [--root DIR] | PATH...)", stderr)
	var cf clientFlags
	cf.register(fs, "load the server at this address")
	list := fs.String("list", "", "label list of the messages to send (lines: spam PATH / ham PATH)")
	root := fs.String("root", corpus.DefaultDir(), "directory the list's relative paths start from")
	passes := fs.Int("passes", 1, "times each message is sent")
	duration := fs.Duration("duration", 0, "send messages in turn for this long instead of a number of passes")
	warmup := fs.Int("warmup", 0, "requests made before the measured run (lazily built tables, connections)")
	asJSON := fs.Bool("json", false, "print the figures as one JSON object")
	var ef engineFlags
	ef.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch {
	case (*list == "") == (fs.NArg() == 0):
		fs.Usage()
		return errUsage
	case *passes < 1:
		return fmt.Errorf("--passes %d: must be at least 1", *passes)
	case *duration < 0:
		return fmt.Errorf("--duration %v: must not be negative", *duration)
	case *warmup < 0:
		return fmt.Errorf("--warmup %d: must not be negative", *warmup)
	}

	var entries []corpus.Entry
	if *list != "" {
		var err error
		if entries, err = corpus.ReadLabelList(*list, *root); err != nil {
			return err
		}
	} else {
		for _, p := range fs.Args() {
			entries = append(entries, corpus.Entry{Path: p})
		}
	}
	items, err := readItems(ctx, entries, stderr)
	if err != nil {
		return err
	}
	if len(items) == 0 {
		return errors.New("no messages to send")
	}
	var size int64
	for _, it := range items {
		size += int64(len(it.raw))
	}

	classify, n, rcpts, closeFn, err := cf.open(ctx, ef, stderr)
	if err != nil {
		return err
	}
	defer closeFn()
	send := func(ctx context.Context, i int) error {
		it := items[i%len(items)]
		resp, err := classify(ctx, it.raw, rcpts)
		if err == nil && len(resp.GetResults()) == 0 {
			err = errors.New("no result in the answer")
		}
		if err != nil {
			return fmt.Errorf("%s: %w", it.name, err)
		}
		return nil
	}
	if *warmup > 0 {
		if _, err := bench.RunLoad(ctx, bench.LoadOptions{Concurrency: n, Requests: *warmup}, send); err != nil {
			return err
		}
	}
	o := bench.LoadOptions{Concurrency: n, Requests: *passes * len(items)}
	if *duration > 0 {
		o.Requests, o.Duration = 0, *duration
	}
	res, err := bench.RunLoad(ctx, o, send)
	if err != nil {
		return err
	}

	target := cf.addr
	if target == "" {
		target = "an engine on " + cf.data
	}
	// Bytes sent: whole passes over the messages, then the part of one.
	sent := int64(res.Requests/len(items)) * size
	for i := range res.Requests % len(items) {
		sent += int64(len(items[i].raw))
	}
	if *asJSON {
		ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
		out := struct {
			Target      string             `json:"target"`
			Messages    int                `json:"messages"`
			Concurrency int                `json:"concurrency"`
			Requests    int                `json:"requests"`
			Errors      int                `json:"errors"`
			FirstError  string             `json:"first_error,omitempty"`
			Seconds     float64            `json:"seconds"`
			PerSecond   float64            `json:"msgs_per_sec"`
			BytesPerSec float64            `json:"bytes_per_sec"`
			LatencyMS   map[string]float64 `json:"latency_ms"`
		}{
			Target: target, Messages: len(items), Concurrency: n, Requests: res.Requests, Errors: res.Errors,
			Seconds: res.Elapsed.Seconds(), PerSecond: res.PerSecond(), BytesPerSec: float64(sent) / res.Elapsed.Seconds(),
			LatencyMS: map[string]float64{
				"p50": ms(res.Percentile(50)), "p90": ms(res.Percentile(90)),
				"p99": ms(res.Percentile(99)), "max": ms(res.Percentile(100)),
			},
		}
		if res.FirstError != nil {
			out.FirstError = res.FirstError.Error()
		}
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(out); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(stdout, "bench: %d messages (%.1f MB) to %s, %d in flight\n", len(items), float64(size)/1e6, target, n)
		fmt.Fprintf(stdout, "requests: %d in %.2fs: %.0f msg/s, %.1f MB/s\n",
			res.Requests, res.Elapsed.Seconds(), res.PerSecond(), float64(sent)/1e6/res.Elapsed.Seconds())
		fmt.Fprintf(stdout, "latency: p50 %v  p90 %v  p99 %v  max %v\n",
			round(res.Percentile(50)), round(res.Percentile(90)), round(res.Percentile(99)), round(res.Percentile(100)))
		fmt.Fprintf(stdout, "errors: %d\n", res.Errors)
	}
	if res.Errors > 0 {
		return &exitError{code: 1, err: fmt.Errorf("%d of %d requests failed; the first: %v", res.Errors, res.Requests, res.FirstError)}
	}
	return nil
}

// round shortens d for a person: three significant figures or so.
func round(d time.Duration) time.Duration {
	switch {
	case d >= time.Second:
		return d.Round(10 * time.Millisecond)
	case d >= time.Millisecond:
		return d.Round(10 * time.Microsecond)
	}
	return d.Round(time.Microsecond)
}
