package bayes

import (
	"bufio"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// refTails computes ln P(chi2(2n) <= x) and ln P(chi2(2n) > x) by summing
// the Poisson series e^-m m^i/i! (m = x/2) with 256-bit floats.
func refTails(x float64, n int) (lnP, lnQ float64) {
	const prec = 256
	m := new(big.Float).SetPrec(prec).SetFloat64(x / 2)
	term := new(big.Float).SetPrec(prec).SetInt64(1)
	low := new(big.Float).SetPrec(prec)
	high := new(big.Float).SetPrec(prec)
	eps := new(big.Float).SetPrec(prec)
	for i := 0; ; i++ {
		if i > 0 {
			term.Mul(term, m)
			term.Quo(term, new(big.Float).SetPrec(prec).SetInt64(int64(i)))
		}
		if i < n {
			low.Add(low, term)
			continue
		}
		high.Add(high, term)
		// Past the mode the terms fall at least geometrically.
		if float64(i) > x/2+1 && term.Cmp(eps.SetMantExp(high, -300)) < 0 {
			break
		}
	}
	total := new(big.Float).SetPrec(prec).Add(low, high)
	rQ := new(big.Float).SetPrec(prec).Quo(low, total)
	rP := new(big.Float).SetPrec(prec).Quo(high, total)
	half := big.NewFloat(0.5)
	if rQ.Cmp(half) > 0 {
		f, _ := rP.Float64()
		return bigLn(rP), math.Log1p(-f)
	}
	f, _ := rQ.Float64()
	return math.Log1p(-f), bigLn(rQ)
}

func bigLn(f *big.Float) float64 {
	mant := new(big.Float)
	exp := f.MantExp(mant)
	mf, _ := mant.Float64()
	return math.Log(mf) + float64(exp)*math.Ln2
}

func TestChi2LogTails(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "chi2.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	cases := 0
	for line := 1; sc.Scan(); line++ {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		x, err1 := strconv.ParseFloat(fields[0], 64)
		n, err2 := strconv.Atoi(fields[1])
		if err1 != nil || err2 != nil || len(fields) != 2 {
			t.Fatalf("chi2.txt:%d: bad line %q", line, sc.Text())
		}
		cases++
		lnP, lnQ := chi2LogTails(x, n)
		wantP, wantQ := refTails(x, n)
		for _, c := range []struct {
			name      string
			got, want float64
		}{{"lnP", lnP, wantP}, {"lnQ", lnQ, wantQ}} {
			if math.IsNaN(c.got) || math.IsInf(c.got, 0) || math.Abs(c.got-c.want) > 1e-9*math.Abs(c.want) {
				t.Errorf("chi2.txt:%d: x=%g n=%d: %s = %.17g, want %.17g", line, x, n, c.name, c.got, c.want)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if cases == 0 {
		t.Fatal("chi2.txt has no cases")
	}
}

func TestChi2LogTailsEdges(t *testing.T) {
	if p, q := chi2LogTails(0, 5); !math.IsInf(p, -1) || q != 0 {
		t.Errorf("x=0: %g %g, want -Inf 0", p, q)
	}
	if p, q := chi2LogTails(math.Inf(1), 5); p != 0 || !math.IsInf(q, -1) {
		t.Errorf("x=Inf: %g %g, want 0 -Inf", p, q)
	}
	// The upper tail falls strictly as x grows, far past float64 underflow.
	prev := 0.0
	for x := 1000.0; x < 1e6; x *= 1.5 {
		_, q := chi2LogTails(x, 200)
		if !(q < prev) || math.IsInf(q, 0) {
			t.Fatalf("x=%g: lnQ %g not below %g", x, q, prev)
		}
		prev = q
	}
}
