package bench

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// WriteScores writes s as score-file lines "label<TAB>score<TAB>path",
// label being "spam" or "ham", the format metrics.py and ReadScores read.
// Scores are written in the shortest form that reads back as the same
// float64, so that the order of scores, and their ties, survive exactly.
// A path holding a tab or a line break cannot be written and is an error.
func WriteScores(w io.Writer, s []Scored) error {
	bw := bufio.NewWriter(w)
	for _, x := range s {
		if strings.ContainsAny(x.Path, "\t\r\n") {
			return fmt.Errorf("bench: write scores: path %q holds a tab or line break", x.Path)
		}
		label := "ham"
		if x.Spam {
			label = "spam"
		}
		bw.WriteString(label)
		bw.WriteByte('\t')
		bw.WriteString(strconv.FormatFloat(x.Score, 'g', -1, 64))
		bw.WriteByte('\t')
		bw.WriteString(x.Path)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("bench: write scores: %w", err)
	}
	return nil
}

// ReadScores reads a score file as metrics.py does: lines of
// "label<TAB>score" with an optional "<TAB>path"; label "spam" or "1",
// "ham" or "0" (any case, blanks around it ignored); score a decimal
// float, inf or -inf. Blank lines are ignored. Lines that do not parse,
// and NaN scores, are not returned but counted in bad; only I/O errors
// are returned as err.
func ReadScores(r io.Reader) (s []Scored, bad int, err error) {
	br := bufio.NewReader(r)
	for {
		line, rerr := br.ReadString('\n')
		if line != "" {
			if x, ok, blank := parseScoreLine(strings.TrimSuffix(line, "\n")); ok {
				s = append(s, x)
			} else if !blank {
				bad++
			}
		}
		if errors.Is(rerr, io.EOF) {
			return s, bad, nil
		}
		if rerr != nil {
			return s, bad, fmt.Errorf("bench: read scores: %w", rerr)
		}
	}
}

func parseScoreLine(line string) (x Scored, ok, blank bool) {
	if strings.TrimSpace(line) == "" {
		return x, false, true
	}
	parts := strings.SplitN(line, "\t", 3)
	if len(parts) < 2 {
		return x, false, false
	}
	switch strings.ToLower(strings.TrimSpace(parts[0])) {
	case "spam", "1":
		x.Spam = true
	case "ham", "0":
	default:
		return x, false, false
	}
	f, ok := parsePyFloat(parts[1])
	if !ok || f != f {
		return x, false, false
	}
	x.Score = f
	if len(parts) == 3 {
		x.Path = parts[2]
	}
	return x, true, false
}

// parsePyFloat parses s as Python's float() does: surrounding blanks
// allowed, underscores allowed between digits, no hexadecimal form.
func parsePyFloat(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, "xXpP") {
		return 0, false
	}
	if strings.Contains(s, "_") {
		for i := 0; i < len(s); i++ {
			if s[i] == '_' && (i == 0 || i == len(s)-1 || !isDigit(s[i-1]) || !isDigit(s[i+1])) {
				return 0, false
			}
		}
		s = strings.ReplaceAll(s, "_", "")
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		var ne *strconv.NumError
		// Python overflows to inf as strconv does, and reports no error.
		if errors.As(err, &ne) && errors.Is(ne.Err, strconv.ErrRange) {
			return f, true
		}
		return 0, false
	}
	return f, true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
