package corpus

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// writeMboxrd writes msgs as an mboxrd writer does: a postmark, the
// message with ^>*From  lines escaped by one more '>', a final newline if
// missing, and an empty line.
func writeMboxrd(msgs [][]byte) ([]byte, [][]byte) {
	var out bytes.Buffer
	var want [][]byte
	for _, m := range msgs {
		if len(m) == 0 || m[len(m)-1] != '\n' {
			m = append(append([]byte(nil), m...), '\n')
		}
		want = append(want, m)
		out.WriteString("From MAILER-DAEMON Thu Aug 22 13:17:22 2002\n")
		for _, line := range bytes.SplitAfter(m, []byte("\n")) {
			i := 0
			for i < len(line) && line[i] == '>' {
				i++
			}
			if bytes.HasPrefix(line[i:], fromPrefix) {
				out.WriteByte('>')
			}
			out.Write(line)
		}
		out.WriteByte('\n')
	}
	return out.Bytes(), want
}

func mboxSeeds(f *testing.F) {
	for _, p := range []string{"testdata/sa.mbox", "testdata/tree/two.mbox", "testdata/msg/spam-2-00206.txt"} {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	files, _ := filepath.Glob("testdata/mbox/*.txt")
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

// FuzzMbox checks that the mbox reader never fails on any input, never
// makes data up, and reads back exactly what an mboxrd writer wrote, with
// the messages taken from the input split at NUL bytes.
func FuzzMbox(f *testing.F) {
	mboxSeeds(f)
	f.Add([]byte("Subject: a\n\nFrom me\n\x00Subject: b\n\n>From you\r\n>>From them"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<16 {
			return // lines longer than the read buffer are tested elsewhere
		}
		// Any input starting with "From " splits without error, and the
		// messages together are no larger than the input.
		in := data
		if !bytes.HasPrefix(in, fromPrefix) {
			in = append([]byte("From x Thu Aug 22 13:17:22 2002\n"), in...)
		}
		got, err := splitMbox(t, in)
		if err != nil {
			t.Fatal(err)
		}
		total := 0
		for _, m := range got {
			total += len(m.data)
		}
		if total > len(in) {
			t.Fatalf("%d bytes of messages from %d bytes of input", total, len(in))
		}

		// Round trip through an mboxrd writer.
		mbox, want := writeMboxrd(bytes.Split(data, []byte{0}))
		got, err = splitMbox(t, mbox)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Fatalf("wrote %d messages, read %d\nmbox %q", len(want), len(got), mbox)
		}
		for i := range want {
			idx := i
			if len(want) == 1 {
				idx = -1
			}
			if got[i].index != idx || got[i].data != string(want[i]) {
				t.Fatalf("message %d: got %d %q, want %d %q", i, got[i].index, got[i].data, idx, want[i])
			}
		}
	})
}

// FuzzParseLabelList checks that whatever parses writes back to a list
// that parses to the same entries.
func FuzzParseLabelList(f *testing.F) {
	for _, p := range []string{"testdata/labels/ok.list", "testdata/labels/crlf.list", "testdata/labels/fixtures.list",
		"testdata/labels/bad.txt", "testdata/labels/split-sa-head.list"} {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		entries, err := ParseLabelList(bytes.NewReader(data), "fuzz", "/r")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "corpus: fuzz:") {
				t.Fatalf("error without position: %v", err)
			}
			return
		}
		for _, e := range entries {
			if strings.TrimSpace(e.Path) != e.Path {
				// "x /" names the directory "x ", which cleaning the path
				// exposes; the format cannot hold its trailing blank.
				return
			}
		}
		var buf bytes.Buffer
		if err := WriteLabelList(&buf, entries); err != nil {
			t.Fatalf("parsed %q but cannot write it: %v", entries, err)
		}
		again, err := ParseLabelList(&buf, "again", "")
		if err != nil {
			t.Fatalf("written list does not parse: %v\n%s", err, buf.Bytes())
		}
		if !reflect.DeepEqual(again, entries) && !(len(again) == 0 && len(entries) == 0) {
			t.Fatalf("got %q, want %q", again, entries)
		}
	})
}

func BenchmarkWalkMbox(b *testing.B) {
	src, err := os.ReadFile("testdata/sa.mbox")
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "big.mbox")
	if err := os.WriteFile(path, bytes.Repeat(src, 250), 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src) * 250))
	b.ReportAllocs()
	for b.Loop() {
		st, err := Walk(context.Background(), path, Spam, nil, func(Item) error { return nil })
		if err != nil || st.Messages != 1000 {
			b.Fatalf("%v %v", st, err)
		}
	}
}

func BenchmarkIsProbablyMail(b *testing.B) {
	msg, err := os.ReadFile("testdata/msg/spam-2-00206.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(msg)))
	for b.Loop() {
		if ok, _ := IsProbablyMail(msg); !ok {
			b.Fatal("not mail")
		}
	}
}

func BenchmarkMboxSplit(b *testing.B) {
	src, err := os.ReadFile("testdata/sa.mbox")
	if err != nil {
		b.Fatal(err)
	}
	data := bytes.Repeat(src, 250)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		m, err := newMboxReader(bufio.NewReaderSize(bytes.NewReader(data), mboxBufSize), DefaultMaxMessageBytes)
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for !m.done {
			if _, _, err := m.next(); err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != 1000 {
			b.Fatalf("%d messages", n)
		}
	}
}
