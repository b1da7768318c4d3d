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

// shouting counts, once per message, the capitals and the Latin letters
// of its text and the lines written in capitals: at least 20 capitals and
// fewer than one small letter to ten of them.
func (ec *evalCtx) shouting() (upper, letters, yelling int) {
	if !ec.capsDone {
		ec.capsDone = true
		for _, p := range ec.m.Parts {
			if !p.IsText {
				continue
			}
			for line := range strings.SplitSeq(p.Text, "\n") {
				u, l := asciiCase(line)
				ec.capsUpper += u
				ec.capsLetters += u + l
				if u >= 20 && l*10 < u {
					ec.capsLines++
				}
			}
		}
	}
	return ec.capsUpper, ec.capsLetters, ec.capsLines
}

// bodyCaps: of at least 200 Latin letters of text, more than pct percent
// are capitals. Other scripts have no case and are not counted.
func bodyCaps(ec *evalCtx, pct float64) (bool, string) {
	upper, letters, _ := ec.shouting()
	if letters < 200 || float64(upper)*100 <= pct*float64(letters) {
		return false, ""
	}
	return true, strconv.Itoa(upper*100/letters) + "% capitals"
}

// linesYelling: at least min lines of the text are written in capitals.
func linesYelling(ec *evalCtx, min float64) (bool, string) {
	_, _, n := ec.shouting()
	if float64(n) < min {
		return false, ""
	}
	return true, strconv.Itoa(n) + " lines in capitals"
}
