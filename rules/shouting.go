package rules

import (
	"strconv"
	"strings"
)

// asciiCase counts the capital and the small ASCII letters of s.
func asciiCase(s string) (upper, lower int) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'A' <= c && c <= 'Z':
			upper++
		case 'a' <= c && c <= 'z':
			lower++
		}
	}
	return upper, lower
}

// bodyCaps: of at least 200 Latin letters of text, more than pct percent
// are capitals. Other scripts have no case and are not counted.
func bodyCaps(ec *evalCtx, pct float64) (bool, string) {
	upper, letters := 0, 0
	for _, p := range ec.m.Parts {
		if p.IsText {
			u, l := asciiCase(p.Text)
			upper += u
			letters += u + l
		}
	}
	if letters < 200 || float64(upper)*100 <= pct*float64(letters) {
		return false, ""
	}
	return true, strconv.Itoa(upper*100/letters) + "% capitals"
}

// linesYelling: at least min lines of the text have 20 capitals or more
// and fewer than one small letter to ten capitals.
func linesYelling(ec *evalCtx, min float64) (bool, string) {
	n := 0
	for _, p := range ec.m.Parts {
		if !p.IsText {
			continue
		}
		for line := range strings.SplitSeq(p.Text, "\n") {
			if u, l := asciiCase(line); u >= 20 && l*10 < u {
				n++
			}
		}
	}
	if float64(n) < min {
		return false, ""
	}
	return true, strconv.Itoa(n) + " lines in capitals"
}
