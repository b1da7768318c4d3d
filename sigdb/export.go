package sigdb

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/cockroachdb/pebble/v2"

	"github.com/mizugiwa/mizugiwa/store"
)

// FormatMagic and FormatVersion begin the first line of an export.
const (
	FormatMagic   = "mizugiwa-sigdb"
	FormatVersion = "v1"
)

// maxLine bounds one line of an import.
const maxLine = 64 << 10

// ImportError locates what is wrong in an import stream.
type ImportError struct {
	Line int // 1-based line number
	Err  error
}

func (e *ImportError) Error() string { return fmt.Sprintf("sigdb: import: line %d: %v", e.Line, e.Err) }
func (e *ImportError) Unwrap() error { return e.Err }

func (o Options) header() string {
	return fmt.Sprintf("%s %s hashes=%d word=%d char=%d", FormatMagic, FormatVersion, o.Hashes, o.WordShingle, o.CharShingle)
}

// Export writes every signature to w in the export format: a first line
// "mizugiwa-sigdb v1 hashes=H word=W char=C" naming the digest parameters,
// then one JSON object per line and signature (see the package
// documentation). It reads one consistent snapshot.
func (d *DB) Export(ctx context.Context, w io.Writer) (int, error) {
	snap := d.db.NewSnapshot()
	defer snap.Close()
	bw := bufio.NewWriter(w)
	if _, err := bw.WriteString(d.o.header() + "\n"); err != nil {
		return 0, fmt.Errorf("sigdb: export: %w", err)
	}
	it, err := snap.NewIter(&pebble.IterOptions{LowerBound: prefRecord, UpperBound: store.UpperBound(prefRecord)})
	if err != nil {
		return 0, fmt.Errorf("sigdb: export: %w", err)
	}
	defer it.Close()
	n := 0
	enc := json.NewEncoder(bw)
	for ok := it.First(); ok; ok = it.Next() {
		if n%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return n, err
			}
		}
		var id ID
		copy(id[:], it.Key()[len(prefRecord):])
		s, err := decodeSignature(id, it.Value())
		if err != nil {
			return n, err
		}
		if err := enc.Encode(toJSON(&s)); err != nil {
			return n, fmt.Errorf("sigdb: export: %w", err)
		}
		n++
	}
	if err := it.Error(); err != nil {
		return n, fmt.Errorf("sigdb: export: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return n, fmt.Errorf("sigdb: export: %w", err)
	}
	return n, nil
}

// parseHeader checks the first line of an import against the options.
func (o Options) parseHeader(line string) error {
	f := strings.Fields(line)
	if len(f) < 2 || f[0] != FormatMagic {
		return fmt.Errorf("not a signature export: first line must start with %q", FormatMagic)
	}
	if f[1] != FormatVersion {
		return fmt.Errorf("unsupported version %q (this program reads %s)", f[1], FormatVersion)
	}
	want := map[string]int{"hashes": o.Hashes, "word": o.WordShingle, "char": o.CharShingle}
	seen := map[string]bool{}
	for _, kv := range f[2:] {
		k, v, ok := strings.Cut(kv, "=")
		w, known := want[k]
		if !ok || !known || seen[k] {
			return fmt.Errorf("bad header field %q", kv)
		}
		seen[k] = true
		n, err := strconv.Atoi(v)
		if err != nil || n != w {
			return fmt.Errorf("header %s=%s: this database uses %s=%d", k, v, k, w)
		}
	}
	for k := range want {
		if !seen[k] {
			return fmt.Errorf("header lacks %s=", k)
		}
	}
	return nil
}

// readImport reads and validates a whole import stream, calling fn with
// each signature. Errors are *ImportError.
func (o Options) readImport(ctx context.Context, r io.Reader, fn func(*Signature) error) (int, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxLine)
	line, n := 0, 0
	for sc.Scan() {
		line++
		if line%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return n, err
			}
		}
		b := sc.Bytes()
		if line == 1 {
			if err := o.parseHeader(string(b)); err != nil {
				return n, &ImportError{Line: line, Err: err}
			}
			continue
		}
		if len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		var j sigJSON
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&j); err != nil {
			return n, &ImportError{Line: line, Err: err}
		}
		if dec.More() {
			return n, &ImportError{Line: line, Err: errors.New("more than one JSON value on the line")}
		}
		s, err := o.fromJSON(&j, true)
		if err != nil {
			return n, &ImportError{Line: line, Err: err}
		}
		if err := fn(&s); err != nil {
			return n, &ImportError{Line: line, Err: err}
		}
		n++
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return n, &ImportError{Line: line + 1, Err: fmt.Errorf("line longer than %d bytes", maxLine)}
		}
		return n, fmt.Errorf("sigdb: import: read: %w", err)
	}
	if line == 0 {
		return n, &ImportError{Line: 1, Err: errors.New("empty stream: no header line")}
	}
	return n, nil
}

// Import reads a stream written by Export and merges its signatures into
// the database (per-origin report counts by maximum, so importing the same
// stream twice changes nothing). The whole stream is validated before
// anything is written and is committed as one batch: a malformed stream is
// rejected with an *ImportError naming the line, and the database is left
// as it was. Merged signatures enter the change log as this node's events.
// It returns the number of signatures read.
func (d *DB) Import(ctx context.Context, r io.Reader) (int, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	w := d.newWriter()
	n, err := d.o.readImport(ctx, r, func(s *Signature) error {
		old, ok, err := getSig(w.b, s.ID)
		if err != nil {
			return err
		}
		if !ok {
			return w.put(nil, s, "", 0)
		}
		merged := old.clone()
		merged.merge(s)
		if merged.Kind != old.Kind {
			return fmt.Errorf("signature %s: kind %s, stored as %s", s.ID, s.Kind, old.Kind)
		}
		if sameState(&old, &merged) {
			return nil
		}
		return w.put(&old, &merged, "", 0)
	})
	if err != nil {
		w.abort()
		return 0, err
	}
	return n, w.commit()
}

func sameState(a, b *Signature) bool {
	if !a.First.Equal(b.First) || !a.Last.Equal(b.Last) || !a.Expires.Equal(b.Expires) || len(a.Reports) != len(b.Reports) {
		return false
	}
	for k, v := range a.Reports {
		if b.Reports[k] != v {
			return false
		}
	}
	return true
}
