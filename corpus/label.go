package corpus

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Label says whether a message is spam or ham, as far as a collection knows.
type Label int

const (
	// Unknown is the label of messages whose class is not known, such as
	// messages read for classification rather than training.
	Unknown Label = iota
	// Spam marks unsolicited bulk or malicious mail.
	Spam
	// Ham marks legitimate mail.
	Ham
)

// String returns "spam", "ham" or "unknown".
func (l Label) String() string {
	switch l {
	case Spam:
		return "spam"
	case Ham:
		return "ham"
	case Unknown:
		return "unknown"
	}
	return fmt.Sprintf("Label(%d)", int(l))
}

// ParseLabel parses "spam" or "ham" (any case), the two words of label lists
// and score files.
func ParseLabel(s string) (Label, error) {
	switch strings.ToLower(s) {
	case "spam":
		return Spam, nil
	case "ham":
		return Ham, nil
	}
	return Unknown, fmt.Errorf("corpus: bad label %q (want spam or ham)", s)
}

// Entry is one line of a label list: a labelled file, directory, maildir or
// mbox.
type Entry struct {
	Label Label
	// Path is the path as resolved against the list's root.
	Path string
}

// ReadLabelList reads a label list file. Each line is "spam PATH" or
// "ham PATH" (label and path separated by spaces or a tab); blank lines and
// lines whose first non-blank character is '#' are ignored. For lists made
// the other way round, "PATH<TAB>spam" lines (as labels.tsv files use) are
// accepted as well.
//
// A relative PATH is taken relative to root; when root is "", relative to
// the directory holding the list file, so that a list kept beside its
// messages works from anywhere. An absolute PATH is used as is. A malformed
// line is an error naming the file and line number.
func ReadLabelList(path, root string) ([]Entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("corpus: open label list: %w", err)
	}
	defer f.Close()
	if root == "" {
		root = filepath.Dir(path)
	}
	return ParseLabelList(f, path, root)
}

// ParseLabelList parses a label list from r in the format ReadLabelList
// describes. name is used in error messages; relative paths are joined to
// root (which may be "" to keep them as written).
func ParseLabelList(r io.Reader, name, root string) ([]Entry, error) {
	var entries []Entry
	br := bufio.NewReader(r)
	for lineno := 1; ; lineno++ {
		line, err := br.ReadBytes('\n')
		if len(line) > 0 {
			e, ok, perr := parseLabelLine(line, root)
			if perr != nil {
				return entries, fmt.Errorf("corpus: %s:%d: %w", name, lineno, perr)
			}
			if ok {
				entries = append(entries, e)
			}
		}
		if errors.Is(err, io.EOF) {
			return entries, nil
		}
		if err != nil {
			return entries, fmt.Errorf("corpus: read %s: %w", name, err)
		}
	}
}

// parseLabelLine parses one line; ok is false for blank and comment lines.
func parseLabelLine(line []byte, root string) (e Entry, ok bool, err error) {
	s := string(bytes.TrimSpace(line))
	if s == "" || s[0] == '#' {
		return Entry{}, false, nil
	}
	i := strings.IndexAny(s, " \t")
	var label, p string
	if i >= 0 {
		label, p = s[:i], strings.TrimSpace(s[i:])
	} else {
		label = s
	}
	l, lerr := ParseLabel(label)
	if lerr != nil {
		// "PATH<TAB>LABEL"?
		if j := strings.LastIndexByte(s, '\t'); j >= 0 {
			if l2, err2 := ParseLabel(strings.TrimSpace(s[j+1:])); err2 == nil {
				l, p, lerr = l2, strings.TrimSpace(s[:j]), nil
			}
		}
	}
	if lerr != nil {
		return Entry{}, false, fmt.Errorf("want \"spam PATH\" or \"ham PATH\", got %q", truncate(s, 80))
	}
	if p == "" {
		return Entry{}, false, fmt.Errorf("label %q without a path", label)
	}
	if !filepath.IsAbs(p) && root != "" {
		p = filepath.Join(root, p)
	}
	return Entry{Label: l, Path: p}, true, nil
}

// WriteLabelList writes entries as "LABEL PATH" lines that ReadLabelList
// reads back. Entries whose label is Unknown, or whose path is empty, holds
// a newline, or begins or ends with white space, cannot be written and are
// an error.
func WriteLabelList(w io.Writer, entries []Entry) error {
	bw := bufio.NewWriter(w)
	for _, e := range entries {
		if e.Label != Spam && e.Label != Ham {
			return fmt.Errorf("corpus: write label list: %s has label %v", e.Path, e.Label)
		}
		if e.Path == "" || strings.ContainsRune(e.Path, '\n') || strings.TrimSpace(e.Path) != e.Path {
			return fmt.Errorf("corpus: write label list: path %q cannot be written on one line", e.Path)
		}
		fmt.Fprintf(bw, "%s %s\n", e.Label, e.Path)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("corpus: write label list: %w", err)
	}
	return nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}
