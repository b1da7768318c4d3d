package bayes

import "math"

// chi2LogTails returns the natural logarithms of both tails of the
// chi-square distribution with 2n degrees of freedom at x:
// lnP = ln P(X <= x) and lnQ = ln P(X > x).
//
// For even degrees of freedom the upper tail is a Poisson sum,
//
//	Q = sum_{i=0}^{n-1} e^(-m) m^i / i!,   m = x/2,
//
// and P is the rest of the same series. Each sum is evaluated relative to its
// largest term, so the results stay finite and accurate where Q or P is far
// below the smallest float64 (x or n in the thousands).
func chi2LogTails(x float64, n int) (lnP, lnQ float64) {
	m := x / 2
	switch {
	case n <= 0:
		// No degrees of freedom: all the mass is at 0.
		return 0, math.Inf(-1)
	case math.IsNaN(m):
		return math.NaN(), math.NaN()
	case m <= 0:
		return math.Inf(-1), 0
	case math.IsInf(m, 1):
		return 0, math.Inf(-1)
	}
	lm := math.Log(m)

	// Q: the terms i = 0..n-1 rise up to i = floor(m) and fall after it.
	j := n - 1
	if m < float64(n-1) {
		j = int(m)
	}
	lgj, _ := math.Lgamma(float64(j + 1))
	top := -m + float64(j)*lm - lgj
	sum, r := 1.0, 1.0
	for i := j; i > 0; i-- {
		r *= float64(i) / m
		sum += r
		if r < sum*0x1p-60 {
			break
		}
	}
	r = 1
	for i := j + 1; i < n; i++ {
		r *= m / float64(i)
		sum += r
		if r < sum*0x1p-60 {
			break
		}
	}
	lnQ = top + math.Log(sum)
	if lnQ > 0 {
		lnQ = 0
	}
	if lnQ < -math.Ln2 {
		return math.Log1p(-math.Exp(lnQ)), lnQ
	}

	// Q >= 1/2 implies m < n, so the terms of P, i >= n, only fall.
	lgn, _ := math.Lgamma(float64(n + 1))
	top = -m + float64(n)*lm - lgn
	sum, r = 1, 1
	for i := n + 1; i < n+1<<24; i++ {
		r *= m / float64(i)
		sum += r
		if r < sum*0x1p-60 {
			break
		}
	}
	lnP = top + math.Log(sum)
	if lnP > 0 {
		lnP = 0
	}
	if lnP < -math.Ln2 {
		// Q = 1 - P is more accurate from a small P than from its own sum.
		lnQ = math.Log1p(-math.Exp(lnP))
	}
	return lnP, lnQ
}

// logAddExp returns ln(e^a + e^b) without overflow or underflow.
func logAddExp(a, b float64) float64 {
	if a < b {
		a, b = b, a
	}
	if math.IsInf(a, -1) {
		return a
	}
	return a + math.Log1p(math.Exp(b-a))
}
