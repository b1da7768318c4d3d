// Package corpus reads collections of mail for training and evaluation:
// single message files, directory trees, maildirs, mboxes and label lists,
// and fetches the SpamAssassin public corpus.
//
// Walk streams the messages of any of these shapes to a callback, one at a
// time, so that a large mbox is never held in memory beyond one message.
// Items that are not mail (empty or binary files) are not passed on; they
// are counted in Stats per reason and, when WalkOptions.OnSkip is set,
// reported one by one, so that a caller can warn about them.
package corpus

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Item is one message read from a collection.
type Item struct {
	// Label is the label the caller gave the collection.
	Label Label
	// Path is the file the message came from.
	Path string
	// Index is the message's position (from 0) inside an mbox file that
	// holds more than one message, and -1 for a file holding one message:
	// a plain message file or a one-message mbox, as every file of the
	// SpamAssassin public corpus is. Path alone then names the message.
	Index int
	// Data is the raw message. For messages taken from an mbox, the From_
	// line is removed and ">From " lines are unescaped. The callback may
	// keep Data; it is not reused.
	Data []byte
}

// Name returns a name for the message: Path, or "Path#Index" for a
// message inside a multi-message mbox.
func (it Item) Name() string {
	if it.Index < 0 {
		return it.Path
	}
	return fmt.Sprintf("%s#%d", it.Path, it.Index)
}

// Skipped describes a file or mbox message that Walk did not pass on
// because it does not look like mail.
type Skipped struct {
	Path string
	// Index is as in Item.
	Index int
	// Reason is one of the Reason constants.
	Reason string
}

// Stats counts what a walk found.
type Stats struct {
	// Messages is the number of messages passed to the callback.
	Messages int
	// Skipped is the number of files and mbox messages skipped as not mail.
	Skipped int
	// Reasons counts skipped items per reason; nil when nothing was skipped.
	Reasons map[string]int
}

// Add adds the counts of o to s.
func (s *Stats) Add(o Stats) {
	s.Messages += o.Messages
	s.Skipped += o.Skipped
	for r, n := range o.Reasons {
		s.skip(r, n)
	}
}

func (s *Stats) skip(reason string, n int) {
	if s.Reasons == nil {
		s.Reasons = make(map[string]int)
	}
	s.Reasons[reason] += n
}

// String summarises the counts, e.g. "6046 messages, 2 skipped (1 empty,
// 1 binary: NUL bytes)".
func (s Stats) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d messages", s.Messages)
	if s.Skipped > 0 {
		fmt.Fprintf(&b, ", %d skipped (", s.Skipped)
		reasons := make([]string, 0, len(s.Reasons))
		for r := range s.Reasons {
			reasons = append(reasons, r)
		}
		sort.Strings(reasons)
		for i, r := range reasons {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%d %s", s.Reasons[r], r)
		}
		b.WriteString(")")
	}
	return b.String()
}

// DefaultMaxMessageBytes is the default of WalkOptions.MaxMessageBytes.
const DefaultMaxMessageBytes = 64 << 20

// WalkOptions tunes Walk. The zero value (or nil) uses the defaults.
type WalkOptions struct {
	// MaxMessageBytes is the size of the largest message passed to the
	// callback; larger ones are skipped with ReasonTooLarge without being
	// read into memory. Zero means DefaultMaxMessageBytes (64 MiB).
	MaxMessageBytes int64
	// OnSkip, when not nil, is called for every item skipped as not mail.
	OnSkip func(Skipped)
}

// Validate reports a bad field.
func (o *WalkOptions) Validate() error {
	if o == nil {
		return nil
	}
	if o.MaxMessageBytes < 0 {
		return fmt.Errorf("corpus: WalkOptions.MaxMessageBytes is %d, must not be negative", o.MaxMessageBytes)
	}
	return nil
}

// Walk reads every message at path and calls fn for each, in a stable
// order (lexical by path, then by position in an mbox). path may be:
//
//   - a file holding one message;
//   - an mbox: a file whose first line starts with "From " (see the
//     splitting rules on Item.Data and in the package's mbox reader);
//   - a maildir: a directory with cur/ and new/ subdirectories, of which
//     only cur/ and new/ are read: not tmp/ (deliveries in progress), nor
//     the index files some servers keep beside them;
//   - any other directory, read recursively, where each regular file is a
//     message or an mbox and each subdirectory may itself be a maildir.
//
// In directories, names starting with "." are skipped (so are maildir++
// subfolders such as .Sent), as are files ending in ".json" (metadata
// kept beside messages, as in the SpamAssassin corpus package); symbolic
// links to files are followed, symbolic links to directories are not. A
// file named explicitly as path is always read.
//
// Each Item carries label. fn may be nil to only count. An error from fn
// stops the walk and is returned as is; I/O errors stop it too. The Stats
// are valid up to the point where the walk stopped.
func Walk(ctx context.Context, path string, label Label, opts *WalkOptions, fn func(Item) error) (Stats, error) {
	w, err := newWalker(ctx, opts, fn)
	if err != nil {
		return Stats{}, err
	}
	err = w.walk(path, label)
	return w.stats, err
}

// WalkEntries walks the path of each entry in turn with the entry's label,
// as Walk does, and returns the combined counts.
func WalkEntries(ctx context.Context, entries []Entry, opts *WalkOptions, fn func(Item) error) (Stats, error) {
	w, err := newWalker(ctx, opts, fn)
	if err != nil {
		return Stats{}, err
	}
	for _, e := range entries {
		if err := w.walk(e.Path, e.Label); err != nil {
			return w.stats, err
		}
	}
	return w.stats, nil
}

type walker struct {
	ctx   context.Context
	max   int64
	skip  func(Skipped)
	fn    func(Item) error
	stats Stats
	br    *bufio.Reader // reused from file to file: its buffer is 64 KiB
}

func newWalker(ctx context.Context, opts *WalkOptions, fn func(Item) error) (*walker, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	w := &walker{ctx: ctx, max: DefaultMaxMessageBytes, fn: fn}
	if opts != nil {
		if opts.MaxMessageBytes > 0 {
			w.max = opts.MaxMessageBytes
		}
		w.skip = opts.OnSkip
	}
	return w, nil
}

// fnError marks an error returned by the callback, so that it leaves Walk
// unwrapped.
type fnError struct{ err error }

func (e fnError) Error() string { return e.err.Error() }

func (w *walker) walk(path string, label Label) error {
	err := w.walkPath(path, label)
	var fe fnError
	if errors.As(err, &fe) {
		return fe.err
	}
	return err
}

func (w *walker) walkPath(path string, label Label) error {
	fi, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("corpus: %w", err)
	}
	switch {
	case fi.IsDir():
		return w.walkDir(path, label)
	case fi.Mode().IsRegular():
		return w.walkFile(path, fi.Size(), label)
	}
	return fmt.Errorf("corpus: %s: not a regular file or directory", path)
}

func (w *walker) walkDir(root string, label Label) error {
	maildirs := make(map[string]bool)
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("corpus: %w", err)
		}
		if err := w.ctx.Err(); err != nil {
			return err
		}
		name := d.Name()
		if p != root && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if p != root && maildirs[filepath.Dir(p)] && !(d.IsDir() && (name == "cur" || name == "new")) {
			// In a maildir, only cur/ and new/ hold messages.
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if isMaildir(p) {
				maildirs[p] = true
			}
			return nil
		}
		if strings.HasSuffix(name, ".json") {
			return nil
		}
		fi, err := os.Stat(p) // follows a symbolic link
		if err != nil {
			return fmt.Errorf("corpus: %w", err)
		}
		if !fi.Mode().IsRegular() {
			return nil
		}
		return w.walkFile(p, fi.Size(), label)
	})
}

// isMaildir reports whether dir has cur/ and new/ subdirectories.
func isMaildir(dir string) bool {
	for _, sub := range []string{"cur", "new"} {
		fi, err := os.Stat(filepath.Join(dir, sub))
		if err != nil || !fi.IsDir() {
			return false
		}
	}
	return true
}

func (w *walker) walkFile(path string, size int64, label Label) error {
	if err := w.ctx.Err(); err != nil {
		return err
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("corpus: %w", err)
	}
	defer f.Close()
	if w.br == nil {
		w.br = bufio.NewReaderSize(f, mboxBufSize)
	} else {
		w.br.Reset(f)
	}
	br := w.br
	head, err := br.Peek(len(fromPrefix))
	if err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("corpus: read %s: %w", path, err)
	}
	if bytes.Equal(head, fromPrefix) {
		return w.walkMbox(path, br, size, label)
	}
	if size > w.max {
		return w.skipped(path, -1, ReasonTooLarge)
	}
	data, err := io.ReadAll(io.LimitReader(br, w.max+1))
	if err != nil {
		return fmt.Errorf("corpus: read %s: %w", path, err)
	}
	if int64(len(data)) > w.max {
		return w.skipped(path, -1, ReasonTooLarge)
	}
	return w.emit(Item{Label: label, Path: path, Index: -1, Data: data})
}

func (w *walker) walkMbox(path string, br *bufio.Reader, size int64, label Label) error {
	m, err := newMboxReader(br, w.max)
	// Most mbox files hold one message: make room for the whole file (up
	// to a bound) rather than grow line by line.
	m.firstCap = int(min(size, w.max, maxFirstCap))
	if err != nil {
		return fmt.Errorf("corpus: read %s: %w", path, err)
	}
	for i := 0; ; i++ {
		if err := w.ctx.Err(); err != nil {
			return err
		}
		msg, tooLarge, err := m.next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("corpus: read %s: %w", path, err)
		}
		index := i
		if i == 0 && m.done {
			index = -1
		}
		if tooLarge {
			err = w.skipped(path, index, ReasonTooLarge)
		} else {
			err = w.emit(Item{Label: label, Path: path, Index: index, Data: msg})
		}
		if err != nil {
			return err
		}
	}
}

// emit passes it on if it looks like mail and reports it as skipped
// otherwise.
func (w *walker) emit(it Item) error {
	if ok, reason := IsProbablyMail(it.Data); !ok {
		return w.skipped(it.Path, it.Index, reason)
	}
	w.stats.Messages++
	if w.fn == nil {
		return nil
	}
	if err := w.fn(it); err != nil {
		return fnError{err}
	}
	return nil
}

func (w *walker) skipped(path string, index int, reason string) error {
	w.stats.Skipped++
	w.stats.skip(reason, 1)
	if w.skip != nil {
		w.skip(Skipped{Path: path, Index: index, Reason: reason})
	}
	return nil
}
