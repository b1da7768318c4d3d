package bench

import (
	"context"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestRunLoadRequests checks a run of a fixed number of requests: every
// number is handed out once, no more calls are in flight than asked for,
// and the failures are counted with the first one kept.
func TestRunLoadRequests(t *testing.T) {
	tests := []struct {
		name       string
		conc, reqs int
		failEvery  int
	}{
		{"one at a time", 1, 50, 0},
		{"four at once", 4, 200, 0},
		{"more workers than requests", 16, 5, 0},
		{"some fail", 3, 90, 10},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var inFlight, peak atomic.Int64
			var mu sync.Mutex
			seen := map[int]int{}
			res, err := RunLoad(context.Background(), LoadOptions{Concurrency: tc.conc, Requests: tc.reqs}, func(ctx context.Context, i int) error {
				n := inFlight.Add(1)
				defer inFlight.Add(-1)
				for {
					p := peak.Load()
					if n <= p || peak.CompareAndSwap(p, n) {
						break
					}
				}
				time.Sleep(100 * time.Microsecond)
				mu.Lock()
				seen[i]++
				mu.Unlock()
				if tc.failEvery > 0 && i%tc.failEvery == 0 {
					return errors.New("refused")
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if res.Requests != tc.reqs || len(res.Latencies) != tc.reqs || len(seen) != tc.reqs {
				t.Fatalf("%d requests, %d latencies, %d distinct numbers; want %d", res.Requests, len(res.Latencies), len(seen), tc.reqs)
			}
			for i := range tc.reqs {
				if seen[i] != 1 {
					t.Fatalf("request %d made %d times", i, seen[i])
				}
			}
			if p := peak.Load(); p > int64(tc.conc) {
				t.Errorf("%d in flight at once, want at most %d", p, tc.conc)
			}
			wantErr := 0
			if tc.failEvery > 0 {
				wantErr = (tc.reqs + tc.failEvery - 1) / tc.failEvery
			}
			if res.Errors != wantErr {
				t.Errorf("%d errors, want %d", res.Errors, wantErr)
			}
			if (res.FirstError != nil) != (wantErr > 0) || res.FirstError != nil && !strings.Contains(res.FirstError.Error(), "refused") {
				t.Errorf("first error %v with %d failures", res.FirstError, wantErr)
			}
			for k := 1; k < len(res.Latencies); k++ {
				if res.Latencies[k] < res.Latencies[k-1] {
					t.Fatal("latencies not sorted")
				}
			}
			if res.Latencies[0] < 100*time.Microsecond || res.Elapsed < res.Latencies[len(res.Latencies)-1] {
				t.Errorf("latencies %v..%v in %v elapsed", res.Latencies[0], res.Latencies[len(res.Latencies)-1], res.Elapsed)
			}
		})
	}
}

// TestRunLoadDuration checks a run bounded by time: it makes requests
// until the time is up, and stops early when its context is cancelled.
func TestRunLoadDuration(t *testing.T) {
	res, err := RunLoad(context.Background(), LoadOptions{Concurrency: 2, Duration: 30 * time.Millisecond}, func(ctx context.Context, i int) error {
		time.Sleep(time.Millisecond)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.Requests < 2 || res.Elapsed < 30*time.Millisecond {
		t.Errorf("%d requests in %v, want several in at least 30ms", res.Requests, res.Elapsed)
	}

	ctx, cancel := context.WithCancel(context.Background())
	var calls atomic.Int64
	res, err = RunLoad(ctx, LoadOptions{Concurrency: 2, Duration: time.Hour}, func(ctx context.Context, i int) error {
		if calls.Add(1) == 10 {
			cancel()
		}
		return ctx.Err()
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled run returned %v", err)
	}
	if res.Requests < 10 || res.Requests > 12 {
		t.Errorf("%d requests counted after cancelling at the 10th", res.Requests)
	}
}

func TestLoadOptionsValidate(t *testing.T) {
	bad := []LoadOptions{
		{},
		{Concurrency: -1, Requests: 1},
		{Requests: -1},
		{Duration: -time.Second},
	}
	for _, o := range bad {
		if err := o.Validate(); err == nil {
			t.Errorf("%+v: no error", o)
		}
		if _, err := RunLoad(context.Background(), o, func(context.Context, int) error { return nil }); err == nil {
			t.Errorf("RunLoad(%+v): no error", o)
		}
	}
}

func TestPercentile(t *testing.T) {
	r := LoadResult{Elapsed: 2 * time.Second}
	for i := 1; i <= 100; i++ {
		r.Latencies = append(r.Latencies, time.Duration(i)*time.Millisecond)
	}
	r.Requests = len(r.Latencies)
	tests := []struct {
		p    float64
		want time.Duration
	}{
		{50, 50 * time.Millisecond},
		{90, 90 * time.Millisecond},
		{99, 99 * time.Millisecond},
		{99.5, 100 * time.Millisecond},
		{100, 100 * time.Millisecond},
		{0.1, time.Millisecond},
		{0, 0},
	}
	for _, tc := range tests {
		if got := r.Percentile(tc.p); got != tc.want {
			t.Errorf("p%v = %v, want %v", tc.p, got, tc.want)
		}
	}
	if got := r.PerSecond(); got != 50 {
		t.Errorf("%v per second, want 50", got)
	}
	if got := (LoadResult{}).Percentile(50); got != 0 {
		t.Errorf("empty p50 = %v", got)
	}
}
