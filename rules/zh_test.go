package rules

import "testing"

// TestZhOnly checks the table of characters only simplified Chinese
// writes against characters both languages share and Japanese forms.
func TestZhOnly(t *testing.T) {
	for _, tc := range []struct {
		r    rune
		want bool
	}{
		{'们', true}, {'请', true}, {'账', true}, {'户', true}, {'认', true}, {'证', true}, {'冻', true}, {'验', true},
		{'日', false}, {'本', false}, {'国', false}, {'銀', false}, {'行', false}, // shared
		{'戸', false}, {'証', false}, {'認', false}, {'請', false}, {'験', false}, // Japanese forms
		{'髙', false}, {'﨑', false}, // Windows-31J extensions
		{'あ', false}, {'A', false}, {'帳', false},
	} {
		if got := zhOnly(tc.r); got != tc.want {
			t.Errorf("zhOnly(%q) = %v, want %v", tc.r, got, tc.want)
		}
	}
}
