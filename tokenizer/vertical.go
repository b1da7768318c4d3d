package tokenizer

import (
	"strings"
	"unicode/utf8"
)

// maxGridColumns bounds the columns of a line read as vertical text.
const maxGridColumns = 12

// gridLine reports whether line is one row of vertically written text: one
// Japanese character per column, columns separated by one space (an
// ideographic space before NFKC), an empty cell written as a space. A line
// of a single character is a row of one column. It returns the columns.
func gridLine(line string) (cols int, ok bool) {
	line = strings.TrimRight(line, " \t\r")
	if line == "" {
		return 0, false
	}
	chars := 0
	idx := 0
	for _, r := range line {
		if idx >= 2*maxGridColumns {
			return 0, false
		}
		if idx%2 == 1 {
			if r != ' ' {
				return 0, false
			}
		} else if isJapanese(r) {
			chars++
		} else if r != ' ' {
			return 0, false
		}
		idx++
	}
	return (idx + 1) / 2, chars > 0
}

// vertical finds blocks of at least Options.VerticalMinLines rows of
// vertically written text (縦書き) in s and replaces each by its columns
// read top-down, one column per line, so that the words come back
// together. Blank lines inside a block separate groups of columns. It
// emits "layout:vertical" when it finds one.
func (st *state) vertical(prefix, s string) string {
	// Cheap rejection: vertical text has many short lines.
	if strings.Count(s, "\n") < st.opts.VerticalMinLines-1 {
		return s
	}
	out := st.vert[:0]
	copied := 0 // s[:copied] is in out (when rewriting)
	rewrote := false

	blockStart, blockEnd := -1, -1 // byte range of the current block
	rows := 0
	flush := func() {
		if blockStart >= 0 && rows >= st.opts.VerticalMinLines {
			out = append(out, s[copied:blockStart]...)
			out = appendColumns(out, s[blockStart:blockEnd])
			copied = blockEnd
			rewrote = true
		}
		blockStart, blockEnd, rows = -1, -1, 0
	}
	for pos := 0; pos < len(s); {
		end := strings.IndexByte(s[pos:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += pos
		}
		line := s[pos:end]
		switch _, ok := gridLine(line); {
		case ok:
			if blockStart < 0 {
				blockStart = pos
			}
			blockEnd = end
			rows++
		case strings.TrimSpace(line) == "" && blockStart >= 0:
			// A blank line may separate groups inside a block.
		default:
			flush()
		}
		pos = end + 1
	}
	flush()
	if !rewrote {
		st.vert = out[:0]
		return s
	}
	out = append(out, s[copied:]...)
	st.vert = out[:0]
	st.emit(prefix, "layout:vertical")
	return string(out)
}

// appendColumns appends the columns of the rows in block (lines, blank
// lines separating groups) to dst, each column read top-down as one line.
func appendColumns(dst []byte, block string) []byte {
	var group []string
	emitGroup := func() {
		cols := 0
		for _, row := range group {
			if c, _ := gridLine(row); c > cols {
				cols = c
			}
		}
		for c := 0; c < cols; c++ {
			for _, row := range group {
				if r, ok := cellAt(row, c); ok {
					dst = utf8.AppendRune(dst, r)
				}
			}
			dst = append(dst, '\n')
		}
		dst = append(dst, '\n')
		group = group[:0]
	}
	for _, line := range strings.Split(block, "\n") {
		if _, ok := gridLine(line); ok {
			group = append(group, line)
			continue
		}
		if len(group) > 0 {
			emitGroup()
		}
	}
	if len(group) > 0 {
		emitGroup()
	}
	return dst
}

// cellAt returns the character in column c of a grid row, if any.
func cellAt(row string, c int) (rune, bool) {
	idx := 0
	for _, r := range row {
		if idx == 2*c {
			return r, r != ' ' && isJapanese(r)
		}
		idx++
	}
	return 0, false
}
