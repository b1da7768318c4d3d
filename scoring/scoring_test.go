package scoring

import (
	"sync"
	"sync/atomic"
	"testing"
)

func TestMemoComputesOncePerKey(t *testing.T) {
	type keyA struct{}
	type keyB struct{}
	in := &Input{}
	var calls atomic.Int32
	var wg sync.WaitGroup
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v := in.Memo(keyA{}, func() any { calls.Add(1); return "tokens" })
			if v != "tokens" {
				t.Errorf("Memo = %v", v)
			}
		}()
	}
	wg.Wait()
	if calls.Load() != 1 {
		t.Errorf("computed %d times, want once", calls.Load())
	}
	if v := in.Memo(keyB{}, func() any { return 42 }); v != 42 {
		t.Errorf("second key: %v", v)
	}
}
