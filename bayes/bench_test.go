package bayes

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"syscall"
	"testing"
	"time"

	"github.com/mizugiwa/mizugiwa/store"
)

// benchModel opens a model on a store that syncs its commits, as in
// production.
func benchModel(b *testing.B) *Model {
	b.Helper()
	db, err := store.Open(b.TempDir(), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	m, err := Open(context.Background(), db, Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		m.Close()
		db.Close()
	})
	return m
}

func meanTokens(msgs []testMsg) float64 {
	n := 0
	for _, m := range msgs {
		n += len(m.tokens)
	}
	return float64(n) / float64(len(msgs))
}

// BenchmarkLearn learns corpus messages through a Trainer, each under a
// new digest, committing every Options.BatchSize messages.
func BenchmarkLearn(b *testing.B) {
	train, _ := loadSplit(b)
	m := benchModel(b)
	ctx := context.Background()
	tr := m.NewTrainer()
	var seed [8]byte
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		msg := train[i%len(train)]
		binary.LittleEndian.PutUint64(seed[:], uint64(i))
		id := sha256.Sum256(seed[:])
		if err := tr.Learn(ctx, "", id, msg.tokens, msg.spam); err != nil {
			b.Fatal(err)
		}
	}
	if err := tr.Flush(ctx); err != nil {
		b.Fatal(err)
	}
	b.StopTimer()
	reportRate(b, cpu)
	b.ReportMetric(meanTokens(train), "tokens/msg")
}

// BenchmarkScore scores the split's test messages with the global model
// trained on its training half.
func BenchmarkScore(b *testing.B) {
	benchScore(b, "")
}

// BenchmarkScoreUser scores for a user who trained 300 messages of their
// own, so that each message also reads the user's counts from the store.
func BenchmarkScoreUser(b *testing.B) {
	benchScore(b, "user")
}

func benchScore(b *testing.B, user string) {
	train, test := loadSplit(b)
	m := benchModel(b)
	ctx := context.Background()
	tr := m.NewTrainer()
	for i, msg := range train {
		if err := tr.Learn(ctx, "", msg.id, msg.tokens, msg.spam); err != nil {
			b.Fatal(err)
		}
		if user != "" && i%10 == 0 {
			if err := tr.Learn(ctx, user, msg.id, msg.tokens, msg.spam); err != nil {
				b.Fatal(err)
			}
		}
	}
	if err := tr.Flush(ctx); err != nil {
		b.Fatal(err)
	}
	// Measure the steady state, after Pebble's background compactions.
	if err := m.Compact(ctx); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		if _, err := m.Score(ctx, user, test[i%len(test)].tokens); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	reportRate(b, cpu)
	b.ReportMetric(meanTokens(test), "tokens/msg")
}

// cpuTime returns the CPU time the process has used, in user and system
// mode: on a shared machine it measures the work better than the clock.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportRate reports messages per second of wall time and per second of
// CPU time (all of the process's threads: Pebble's and the collector's too).
func reportRate(b *testing.B, cpuStart time.Duration) {
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
	if cpu := cpuTime() - cpuStart; cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu.Seconds(), "msgs/cpu-s")
	}
}
