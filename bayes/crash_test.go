package bayes

import (
	"bufio"
	"context"
	"crypto/sha256"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/v2"

	"github.com/mizugiwa/mizugiwa/store"
)

const crashEnv = "MIZUGIWA_BAYES_CRASH_DIR"

var crashUsers = []string{"", "u1", "u2"}

// TestCrashChild is the process TestCrash kills: it trains without end,
// printing "records N" after each committed batch, N being how many
// learned-message records the store then holds.
func TestCrashChild(t *testing.T) {
	dir := os.Getenv(crashEnv)
	if dir == "" {
		t.Skip("run by TestCrash only")
	}
	ctx := context.Background()
	db, err := store.Open(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	m, err := Open(ctx, db, Options{BatchSize: 40, FlushInterval: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	var base [][]string
	for _, name := range []string{"spam-1", "spam-2", "spam-3", "spam-4", "ham-1", "ham-2", "ham-3"} {
		base = append(base, testdataMsg(t, name).tokens)
	}
	tr := m.NewTrainer()
	records := 0
	for i := 0; ; i++ {
		toks := append([]string{}, base[i%len(base)]...)
		for j := range 30 {
			toks = append(toks, fmt.Sprintf("r%d", (i*31+j*7)%5000))
		}
		user := crashUsers[i%len(crashUsers)]
		if i%10 == 9 {
			// Move an earlier message to the other label.
			k := i - 9
			id := sha256.Sum256([]byte(strconv.Itoa(k)))
			if err := tr.Learn(ctx, crashUsers[k%len(crashUsers)], id, []string{"ignored"}, k%4 != 0); err != nil {
				t.Fatal(err)
			}
		} else {
			id := sha256.Sum256([]byte(strconv.Itoa(i)))
			if err := tr.Learn(ctx, user, id, toks, i%4 == 0); err != nil {
				t.Fatal(err)
			}
			records++
		}
		if tr.Pending() == 0 {
			fmt.Printf("records %d\n", records)
		}
		if i%50 == 0 {
			if _, err := m.Score(ctx, user, toks); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// TestCrash kills a training process and checks that the store it leaves
// opens cleanly and agrees with itself: every scope's totals and token
// counts are exactly what its learned-message records add up to.
func TestCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process; skipped in -short mode")
	}
	dir := t.TempDir()
	for round := range 3 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), crashEnv+"="+dir)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill it after a few commits, at a different point each round.
		sc := bufio.NewScanner(out)
		last, commits := 0, 0
		for sc.Scan() {
			if n, ok := strings.CutPrefix(sc.Text(), "records "); ok {
				last, _ = strconv.Atoi(n)
				if commits++; commits == 3+2*round {
					time.Sleep(time.Duration(round) * 3 * time.Millisecond)
					break
				}
			}
		}
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		err = cmd.Wait()
		if commits == 0 {
			t.Fatalf("round %d: the child committed nothing (%v)", round, err)
		}
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
			t.Fatalf("round %d: child was not killed: %v", round, err)
		}

		db, err := store.Open(dir, store.Options{})
		if err != nil {
			t.Fatalf("round %d: reopen: %v", round, err)
		}
		m, err := Open(context.Background(), db, Options{})
		if err != nil {
			db.Close()
			t.Fatalf("round %d: reopen model: %v", round, err)
		}
		recs := 0
		for _, u := range crashUsers {
			checkConsistent(t, m, u)
			tot, _ := recordCounts(t, db, u)
			recs += int(tot.spam + tot.ham)
		}
		// Each round starts counting afresh but the store keeps growing.
		if recs < last {
			t.Errorf("round %d: %d records survived, the child had committed %d", round, recs, last)
		}
		t.Logf("round %d: killed after %d commits; %d records consistent", round, commits, recs)
		if err := m.Close(); err != nil {
			t.Error(err)
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
	}
	// The store holds nothing outside the Bayes space but the layout version.
	db, err := store.Open(dir, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	it, err := db.Pebble().NewIter(&pebble.IterOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	for ok := it.First(); ok; ok = it.Next() {
		k := it.Key()
		if k[0] != byte(store.Bayes) && k[0] != byte(store.Meta) {
			t.Fatalf("key %q outside the Bayes space", k)
		}
		if k[0] == byte(store.Bayes) {
			if _, _, ok := parseScope(k); !ok {
				t.Fatalf("key %q is not of this package's layout", k)
			}
		}
	}
}
