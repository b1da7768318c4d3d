package classifier

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestNewtonOptimal checks that the solver ends at the optimum of its
// objective (the KKT conditions of the weights' bound at 0): on a free
// weight the gradient vanishes, on one held at 0 it points away from the
// bound. Steep hinges over a score that separates the classes almost
// perfectly, with a light penalty, are where full Newton steps overshoot.
func TestNewtonOptimal(t *testing.T) {
	for seed := range uint64(6) {
		r := rand.New(rand.NewPCG(seed, 9))
		var x [][]float64
		var y, cw []float64
		// A Bayes-like score bounded at ±10, most mail at the bounds,
		// reported as two symbols (spam side, ham side, negative) each
		// with hinges, as mizugiwa tune fits them.
		for i := range 3000 {
			spam := i%6 == 0
			var b float64
			switch u := r.Float64(); {
			case spam && u < 0.7, !spam && u < 0.02:
				b = 9.5 + r.Float64()/2
			case !spam && u < 0.85, spam && u < 0.75:
				b = -9.5 - r.Float64()/2
			default:
				b = r.Float64()*20 - 10
			}
			sp, hm := math.Max(b, 0), math.Min(b, 0)
			row := []float64{sp, math.Max(0, sp-2), math.Max(0, sp-4), math.Max(0, sp-6), math.Max(0, sp-8),
				hm, math.Min(0, hm+2), math.Min(0, hm+4), math.Min(0, hm+6), math.Min(0, hm+8), 1}
			x = append(x, row)
			if spam {
				y, cw = append(y, 1), append(cw, 3)
			} else {
				y, cw = append(y, 0), append(cw, 50*0.6)
			}
		}
		l2 := 0.01
		beta := newton(x, y, cw, nil, l2, 50)
		d := len(beta)
		g := make([]float64, d)
		for i, row := range x {
			p := 1 / (1 + math.Exp(-dot(beta, row)))
			for j, v := range row {
				g[j] += cw[i] * (p - y[i]) * v / float64(len(x))
			}
		}
		for j := range d - 1 {
			g[j] += l2 * beta[j]
		}
		for j, v := range beta {
			switch {
			case j == d-1 || v > 0:
				if math.Abs(g[j]) > 1e-4 {
					t.Errorf("seed %d: weight %d = %v, gradient %v: not at the optimum", seed, j, v, g[j])
				}
			case g[j] < -1e-4:
				t.Errorf("seed %d: weight %d held at 0 with gradient %v pulling it up", seed, j, g[j])
			}
		}
	}
}
