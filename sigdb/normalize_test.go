package sigdb

import "testing"

func TestFoldWord(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string
		ok   bool
	}{
		{"offer", "offer", true},
		{"a1b2", "a0b0", true},
		{"2024", "0", true},
		{"v1.2", "v0.0", true},
		{"١٢٣", "0", true},                       // Arabic-Indic digits fold too
		{"caf\xe9", "caf\uFFFD", true},           // invalid UTF-8 comes out as U+FFFD
		{"xk92jd", "", false},                    // letters and digits, six or more
		{"bcdfghjk", "", false},                  // eight letters without a vowel
		{"abcdefghijklmnopqrstuvwxy", "", false}, // longer than 24
		{"未承諾", "未承諾", true},
	} {
		got, ok := foldWord(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("foldWord(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestIsCJK(t *testing.T) {
	for _, c := range []struct {
		r    rune
		want bool
	}{{'a', false}, {'é', false}, {'ー', true}, {'漢', true}, {'ひ', true}, {'カ', true}, {'한', true}, {'ก', true}, {'Я', false}} {
		if got := isCJK(c.r); got != c.want {
			t.Errorf("isCJK(%q) = %v, want %v", c.r, got, c.want)
		}
	}
}
