package bench

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// LoadOptions say how RunLoad drives a system under test.
type LoadOptions struct {
	// Concurrency is how many requests are in flight at once. Default 1.
	Concurrency int
	// Requests is how many requests are made in all. When it is 0, requests
	// are made until Duration has passed.
	Requests int
	// Duration bounds the run when Requests is 0. Starting a request stops
	// once it has passed; requests in flight finish.
	Duration time.Duration
}

// Validate reports the first field that holds an impossible value.
func (o LoadOptions) Validate() error {
	switch {
	case o.Concurrency < 0:
		return fmt.Errorf("bench: load: Concurrency %d is negative", o.Concurrency)
	case o.Requests < 0:
		return fmt.Errorf("bench: load: Requests %d is negative", o.Requests)
	case o.Duration < 0:
		return fmt.Errorf("bench: load: Duration %v is negative", o.Duration)
	case o.Requests == 0 && o.Duration == 0:
		return errors.New("bench: load: neither Requests nor Duration is set")
	}
	return nil
}

// LoadResult is what a load run measured.
type LoadResult struct {
	// Requests counts the requests made, Errors those that failed.
	Requests, Errors int
	// FirstError is the first failure seen, for a person to act on.
	FirstError error
	// Elapsed is the wall time from the first request's start to the last
	// one's end.
	Elapsed time.Duration
	// Latencies holds every request's duration, failed ones included,
	// shortest first.
	Latencies []time.Duration
}

// PerSecond is the rate of requests made, failed ones included.
func (r LoadResult) PerSecond() float64 {
	if r.Elapsed <= 0 {
		return math.NaN()
	}
	return float64(r.Requests) / r.Elapsed.Seconds()
}

// Percentile returns the latency that p percent of the requests (0 < p <=
// 100) took at most: the nearest-rank percentile. It is 0 with no requests.
func (r LoadResult) Percentile(p float64) time.Duration {
	n := len(r.Latencies)
	if n == 0 || !(p > 0) {
		return 0
	}
	k := int(math.Ceil(math.Min(p, 100)/100*float64(n))) - 1
	return r.Latencies[max(k, 0)]
}

// RunLoad calls do with request numbers 0, 1, 2, … from
// o.Concurrency goroutines at once, until o.Requests calls were made or
// o.Duration has passed, and measures each call. A caller cycles through
// its inputs with the number (i % len(inputs)). Cancelling ctx stops the
// run early: the requests started are counted, and RunLoad returns ctx's
// error with them.
func RunLoad(ctx context.Context, o LoadOptions, do func(ctx context.Context, i int) error) (LoadResult, error) {
	if err := o.Validate(); err != nil {
		return LoadResult{}, err
	}
	conc := max(o.Concurrency, 1)
	if o.Requests > 0 {
		conc = min(conc, o.Requests)
	}
	var (
		next     atomic.Int64
		mu       sync.Mutex
		res      LoadResult
		wg       sync.WaitGroup
		deadline time.Time
	)
	start := time.Now()
	if o.Requests == 0 {
		deadline = start.Add(o.Duration)
	}
	lat := make([][]time.Duration, conc)
	for w := range conc {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				if !deadline.IsZero() && !time.Now().Before(deadline) {
					return
				}
				i := int(next.Add(1) - 1)
				if o.Requests > 0 && i >= o.Requests {
					return
				}
				t0 := time.Now()
				err := do(ctx, i)
				lat[w] = append(lat[w], time.Since(t0))
				if err != nil {
					mu.Lock()
					res.Errors++
					if res.FirstError == nil {
						res.FirstError = fmt.Errorf("request %d: %w", i, err)
					}
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	res.Elapsed = time.Since(start)
	for _, l := range lat {
		res.Latencies = append(res.Latencies, l...)
	}
	slices.Sort(res.Latencies)
	res.Requests = len(res.Latencies)
	return res, ctx.Err()
}
