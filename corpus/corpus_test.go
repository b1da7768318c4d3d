package corpus

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// section is one part of a case file: "-- NAME --" and the lines up to the
// next such line.
type section struct {
	name string
	data []byte
}

// parseSections splits a case file into its sections; text before the
// first section is a comment.
func parseSections(t testing.TB, data []byte) []section {
	t.Helper()
	var out []section
	for len(data) > 0 {
		line, rest, _ := bytes.Cut(data, []byte("\n"))
		if bytes.HasPrefix(line, []byte("-- ")) && bytes.HasSuffix(line, []byte(" --")) {
			out = append(out, section{name: string(line[3 : len(line)-3])})
		} else if len(out) > 0 {
			s := &out[len(out)-1]
			s.data = append(s.data, line...)
			if len(rest) > 0 || bytes.HasSuffix(data, []byte("\n")) {
				s.data = append(s.data, '\n')
			}
		}
		data = rest
	}
	return out
}

type splitMsg struct {
	index int
	data  string
}

// splitMbox reads every message of an mbox with the same index rule as
// Walk.
func splitMbox(t testing.TB, data []byte) ([]splitMsg, error) {
	m, err := newMboxReader(bufio.NewReaderSize(bytes.NewReader(data), mboxBufSize), DefaultMaxMessageBytes)
	if err != nil {
		return nil, err
	}
	var out []splitMsg
	for i := 0; ; i++ {
		msg, tooLarge, err := m.next()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		if tooLarge {
			t.Fatalf("message %d too large", i)
		}
		idx := i
		if i == 0 && m.done {
			idx = -1
		}
		out = append(out, splitMsg{idx, string(msg)})
	}
}

func TestMboxCases(t *testing.T) {
	files, err := filepath.Glob("testdata/mbox/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			secs := parseSections(t, data)
			if len(secs) == 0 || secs[0].name != "input" {
				t.Fatalf("%s: first section must be input", file)
			}
			var want []splitMsg
			for _, s := range secs[1:] {
				n, err := strconv.Atoi(strings.TrimPrefix(s.name, "message "))
				if err != nil {
					t.Fatalf("%s: bad section %q", file, s.name)
				}
				want = append(want, splitMsg{n, string(s.data)})
			}
			got, err := splitMbox(t, secs[0].data)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("got  %#v\nwant %#v", got, want)
			}
		})
	}
}

// TestMboxCRLF covers line ends that case files cannot hold.
func TestMboxCRLF(t *testing.T) {
	in := "From a@example.com Sat Sep  7 18:11:19 2002\r\nSubject: one\r\n\r\n>From x\r\n\r\n" +
		"From b@example.com Sat Sep  7 18:11:20 2002\r\nSubject: two\r\n\r\nno final newline"
	want := []splitMsg{
		{0, "Subject: one\r\n\r\nFrom x\r\n"},
		{1, "Subject: two\r\n\r\nno final newline"},
	}
	got, err := splitMbox(t, []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %#v\nwant %#v", got, want)
	}
}

// TestMboxLongLines checks lines longer than the read buffer: in a body,
// in a postmark, and in an escaped From line.
func TestMboxLongLines(t *testing.T) {
	long := strings.Repeat("x", 3*mboxBufSize+17)
	in := "From a@example.com Sat Sep  7 18:11:19 2002 " + long + "\n" +
		"Subject: one\n\n" + long + "\n>From " + long + "\n\n" +
		"From b@example.com Sat Sep  7 18:11:20 2002 " + long + "\n" +
		"Subject: two\n"
	want := []splitMsg{
		{0, "Subject: one\n\n" + long + "\nFrom " + long + "\n"},
		{1, "Subject: two\n"},
	}
	got, err := splitMbox(t, []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("got %d messages, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("message %d: index %d, %d bytes; want index %d, %d bytes", i, got[i].index, len(got[i].data), want[i].index, len(want[i].data))
		}
	}
}

type walkCase struct {
	path   string
	events []string
	line   int
}

func readWalkCases(t *testing.T) []walkCase {
	data, err := os.ReadFile("testdata/walk.txt")
	if err != nil {
		t.Fatal(err)
	}
	var cases []walkCase
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "== "):
			cases = append(cases, walkCase{path: strings.TrimPrefix(line, "== "), line: i + 1})
		case len(cases) == 0:
			t.Fatalf("walk.txt:%d: event before a case", i+1)
		default:
			cases[len(cases)-1].events = append(cases[len(cases)-1].events, line)
		}
	}
	return cases
}

func walkAll(t *testing.T, path string, label Label) ([]Item, []Skipped, Stats) {
	t.Helper()
	var items []Item
	var skipped []Skipped
	st, err := Walk(context.Background(), path, label, &WalkOptions{OnSkip: func(s Skipped) { skipped = append(skipped, s) }},
		func(it Item) error {
			items = append(items, it)
			return nil
		})
	if err != nil {
		t.Fatalf("Walk(%s): %v", path, err)
	}
	return items, skipped, st
}

func TestWalk(t *testing.T) {
	cases := readWalkCases(t)
	if len(cases) == 0 {
		t.Fatal("no cases")
	}
	// Walk reports paths as given; run from testdata so that names in the
	// table are relative to it.
	t.Chdir("testdata")
	for _, c := range cases {
		t.Run(c.path, func(t *testing.T) {
			items, skipped, st := walkAll(t, c.path, Spam)
			byName := make(map[string]Item)
			var got []string
			// Items and skips interleave in path order; rebuild one stream.
			type ev struct {
				name, text string
			}
			var evs []ev
			for _, it := range items {
				byName[it.Name()] = it
				evs = append(evs, ev{it.Name(), "item " + it.Name()})
				if it.Label != Spam {
					t.Errorf("%s: label %v", it.Name(), it.Label)
				}
			}
			for _, s := range skipped {
				name := Item{Path: s.Path, Index: s.Index}.Name()
				evs = append(evs, ev{name, "skip " + name + " " + s.Reason})
			}
			// Walk's order is lexical by path; sort the merged stream the
			// same way to compare with the table.
			sortEvents := func(e []ev) {
				for i := 1; i < len(e); i++ {
					for j := i; j > 0 && lessName(e[j].name, e[j-1].name); j-- {
						e[j], e[j-1] = e[j-1], e[j]
					}
				}
			}
			sortEvents(evs)
			for _, e := range evs {
				got = append(got, e.text)
			}
			var want []string
			for _, e := range c.events {
				f := strings.Fields(e)
				if f[0] == "item" {
					want = append(want, "item "+f[1])
				} else {
					want = append(want, e)
				}
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("walk.txt:%d:\ngot  %q\nwant %q", c.line, got, want)
			}
			if st.Messages != len(items) || st.Skipped != len(skipped) {
				t.Errorf("stats %+v, callbacks %d items %d skipped", st, len(items), len(skipped))
			}
			for _, e := range c.events {
				f := strings.Fields(e)
				if f[0] != "item" || len(f) == 2 {
					continue
				}
				it := byName[f[1]]
				var want []byte
				switch f[2] {
				case "raw":
					var err error
					if want, err = os.ReadFile(it.Path); err != nil {
						t.Fatal(err)
					}
				case "same":
					alone, _, _ := walkAll(t, f[3], Ham)
					if len(alone) != 1 {
						t.Fatalf("%s: %d items", f[3], len(alone))
					}
					want = alone[0].Data
				default:
					t.Fatalf("walk.txt: bad event %q", e)
				}
				if f[2] == "same" {
					// An mbox writer adds an empty line after each message,
					// which the reader cannot tell from the message's own.
					it.Data, want = bytes.TrimRight(it.Data, "\n"), bytes.TrimRight(want, "\n")
				}
				if !bytes.Equal(it.Data, want) {
					t.Errorf("%s: data differs from %s %s (%d vs %d bytes)", f[1], f[2], f[len(f)-1], len(it.Data), len(want))
				}
			}
		})
	}
}

// lessName orders names as Walk visits them: by path, then by index.
func lessName(a, b string) bool {
	pa, ia := splitName(a)
	pb, ib := splitName(b)
	if pa != pb {
		return pa < pb
	}
	return ia < ib
}

func splitName(n string) (string, int) {
	if i := strings.LastIndexByte(n, '#'); i >= 0 {
		if k, err := strconv.Atoi(n[i+1:]); err == nil {
			return n[:i], k
		}
	}
	return n, -1
}

func TestWalkFromDataIsMessage(t *testing.T) {
	// A message from a file with a From_ line has no From_ line, and its
	// escaped line is unescaped.
	items, _, _ := walkAll(t, "testdata/msg/spam-2-00206.txt", Spam)
	if len(items) != 1 || items[0].Index != -1 {
		t.Fatalf("got %d items", len(items))
	}
	d := items[0].Data
	if !bytes.HasPrefix(d, []byte("Return-Path: info@hi-mind.com\n")) {
		t.Errorf("data starts %q", d[:40])
	}
	if !bytes.Contains(d, []byte("\nFrom Hi-Mind, Assembler")) || bytes.Contains(d, []byte(">From Hi-Mind")) {
		t.Errorf("escaped From line not unescaped")
	}
}

func TestWalkErrors(t *testing.T) {
	ctx := context.Background()
	if _, err := Walk(ctx, "testdata/does-not-exist", Spam, nil, nil); err == nil || !strings.Contains(err.Error(), "does-not-exist") {
		t.Errorf("missing path: %v", err)
	}
	if _, err := Walk(ctx, "testdata/msg", Spam, &WalkOptions{MaxMessageBytes: -1}, nil); err == nil || !strings.Contains(err.Error(), "MaxMessageBytes") {
		t.Errorf("bad options: %v", err)
	}
	// An error from the callback stops the walk and comes back unchanged.
	stop := errors.New("stop")
	n := 0
	st, err := Walk(ctx, "testdata/msg", Spam, nil, func(Item) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if err != stop || n != 2 || st.Messages != 2 {
		t.Errorf("callback error: err %v, %d calls, %d messages", err, n, st.Messages)
	}
	// A cancelled context stops it too.
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := Walk(cctx, "testdata/sa.mbox", Spam, nil, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}

func TestWalkTooLarge(t *testing.T) {
	var skipped []Skipped
	opts := &WalkOptions{MaxMessageBytes: 1000, OnSkip: func(s Skipped) { skipped = append(skipped, s) }}
	var names []string
	st, err := Walk(context.Background(), "testdata/sa.mbox", Ham, opts, func(it Item) error {
		names = append(names, it.Name())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// Only spam-2 00206 (2,032 bytes) is over the limit; hard-ham 00003 is
	// 1,003 bytes with its From_ line but 951 without.
	if want := []string{"testdata/sa.mbox#0", "testdata/sa.mbox#1", "testdata/sa.mbox#3"}; !reflect.DeepEqual(names, want) {
		t.Errorf("passed %q, want %q", names, want)
	}
	if st.Skipped != 1 || st.Reasons[ReasonTooLarge] != 1 || len(skipped) != 1 || skipped[0].Index != 2 {
		t.Errorf("stats %v, skipped %+v", st, skipped)
	}
	if s := st.String(); s != "3 messages, 1 skipped (1 larger than WalkOptions.MaxMessageBytes)" {
		t.Errorf("String() = %q", s)
	}
	// A plain file over the limit is skipped without being read.
	st, err = Walk(context.Background(), "testdata/msg/spam-2-00206.txt", Ham, &WalkOptions{MaxMessageBytes: 100}, nil)
	if err != nil || st.Reasons[ReasonTooLarge] != 1 {
		t.Errorf("plain file: %v %v", st, err)
	}
}

func TestWalkEntries(t *testing.T) {
	entries, err := ReadLabelList("testdata/labels/fixtures.list", "")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	st, err := WalkEntries(context.Background(), entries, nil, func(it Item) error {
		got = append(got, it.Label.String()+" "+filepath.Base(it.Name()))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"ham sa.mbox#0", "ham sa.mbox#1", "ham sa.mbox#2", "ham sa.mbox#3",
		"spam 1031457079.M1P4242.example!2,S", "spam 1027225826.M2P4242.example",
		"spam 00206.eml", "spam 00809.eml", "spam 1031457079.M1P4242.example", "spam 1024937220.M5P4242.example",
		"spam two.mbox#0", "spam two.mbox#1",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if st.Messages != 12 || st.Skipped != 3 {
		t.Errorf("stats %v", st)
	}
}

func TestIsProbablyMail(t *testing.T) {
	data, err := os.ReadFile("testdata/sniff/cases.txt")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for i, line := range strings.Split(string(data), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		file, want, _ := strings.Cut(line, " ")
		msg, err := os.ReadFile(filepath.Join("testdata", file))
		if err != nil {
			t.Fatal(err)
		}
		ok, reason := IsProbablyMail(msg)
		got := reason
		if ok {
			got = "ok"
		}
		if got != want || ok != (reason == "") {
			t.Errorf("cases.txt:%d: %s: got %q (%v), want %q", i+1, file, got, ok, want)
		}
		n++
	}
	if n == 0 {
		t.Fatal("no cases")
	}
}

func TestReadLabelList(t *testing.T) {
	got, err := parseLabelListFile(t, "testdata/labels/ok.list", "/corpus")
	if err != nil {
		t.Fatal(err)
	}
	wantData, err := os.ReadFile("testdata/labels/ok.want")
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, l := range strings.Split(string(wantData), "\n") {
		if l != "" && l[0] != '#' {
			want = append(want, l)
		}
	}
	var gotS []string
	for _, e := range got {
		gotS = append(gotS, e.Label.String()+" "+e.Path)
	}
	if !reflect.DeepEqual(gotS, want) {
		t.Errorf("got  %q\nwant %q", gotS, want)
	}

	// With no root, paths are relative to the list's directory.
	got, err = ReadLabelList("testdata/labels/crlf.list", "")
	if err != nil {
		t.Fatal(err)
	}
	wantE := []Entry{{Spam, filepath.Join("testdata", "labels", "data", "a.txt")}, {Ham, filepath.Join("testdata", "labels", "data", "b.txt")}}
	if !reflect.DeepEqual(got, wantE) {
		t.Errorf("crlf: got %v, want %v", got, wantE)
	}

	if _, err := ReadLabelList("testdata/labels/missing.list", ""); err == nil || !strings.Contains(err.Error(), "missing.list") {
		t.Errorf("missing list: %v", err)
	}
}

// parseLabelListFile reads a list file with ParseLabelList.
func parseLabelListFile(t *testing.T, path, root string) ([]Entry, error) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return ParseLabelList(f, path, root)
}

func TestReadLabelListErrors(t *testing.T) {
	data, err := os.ReadFile("testdata/labels/bad.txt")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for i, line := range strings.Split(string(data), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		bad, want, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("bad.txt:%d: no tab", i+1)
		}
		list := "# list\nspam data/ok.txt\n" + bad + "\nham data/after.txt\n"
		_, err := ParseLabelList(strings.NewReader(list), "split.txt", "/r")
		if err == nil {
			t.Errorf("bad.txt:%d: %q parsed", i+1, bad)
			continue
		}
		if !strings.Contains(err.Error(), "split.txt:3: ") || !strings.Contains(err.Error(), want) {
			t.Errorf("bad.txt:%d: error %q, want split.txt:3 and %q", i+1, err, want)
		}
		n++
	}
	if n == 0 {
		t.Fatal("no cases")
	}
}

func TestWriteLabelList(t *testing.T) {
	entries := []Entry{{Spam, "/c/data/spam-1/a b.txt"}, {Ham, "rel/x.eml"}}
	var buf bytes.Buffer
	if err := WriteLabelList(&buf, entries); err != nil {
		t.Fatal(err)
	}
	got, err := ParseLabelList(&buf, "written", "")
	if err != nil || !reflect.DeepEqual(got, entries) {
		t.Errorf("round trip: %v, %v", got, err)
	}
	for _, bad := range []Entry{{Unknown, "x"}, {Spam, "a\nb"}, {Spam, " x"}, {Ham, ""}} {
		if err := WriteLabelList(io.Discard, []Entry{bad}); err == nil {
			t.Errorf("%+v written", bad)
		}
	}
}

func TestLabel(t *testing.T) {
	for _, c := range []struct {
		s    string
		want Label
		ok   bool
	}{{"spam", Spam, true}, {"SPAM", Spam, true}, {"Ham", Ham, true}, {"unknown", Unknown, false}, {"", Unknown, false}} {
		l, err := ParseLabel(c.s)
		if l != c.want || (err == nil) != c.ok {
			t.Errorf("ParseLabel(%q) = %v, %v", c.s, l, err)
		}
		if c.ok && l.String() != strings.ToLower(c.s) {
			t.Errorf("%v.String() = %q", l, l.String())
		}
	}
}

// TestWalkSpamAssassin reads the whole SpamAssassin corpus: every message
// must be taken as mail.
func TestWalkSpamAssassin(t *testing.T) {
	dir := DefaultDir()
	if _, err := VerifySpamAssassin(dir); err != nil {
		t.Skipf("SpamAssassin corpus not available (run `mizugiwa corpus fetch spamassassin`): %v", err)
	}
	var spam, ham int
	skipped := map[string]string{}
	opts := &WalkOptions{OnSkip: func(s Skipped) { skipped[s.Path] = s.Reason }}
	var entries []Entry
	for g := range SpamAssassinCounts() {
		l := Ham
		if strings.HasPrefix(g, "spam-") {
			l = Spam
		}
		entries = append(entries, Entry{l, filepath.Join(dir, "data", g)})
	}
	st, err := WalkEntries(context.Background(), entries, opts, func(it Item) error {
		if it.Index != -1 {
			return fmt.Errorf("%s: index %d", it.Path, it.Index)
		}
		if it.Label == Spam {
			spam++
		} else {
			ham++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(skipped) > 0 {
		t.Errorf("skipped: %v", skipped)
	}
	total := 0
	for _, n := range SpamAssassinCounts() {
		total += n
	}
	if st.Messages != total || spam != 1896 {
		t.Errorf("%v; %d spam, %d ham", st, spam, ham)
	}
}

// TestSplitList reads the head of the shared split against the corpus.
func TestSplitList(t *testing.T) {
	dir := DefaultDir()
	if _, err := VerifySpamAssassin(dir); err != nil {
		t.Skipf("SpamAssassin corpus not available (run `mizugiwa corpus fetch spamassassin`): %v", err)
	}
	entries, err := ReadLabelList("testdata/labels/split-sa-head.list", dir)
	if err != nil {
		t.Fatal(err)
	}
	var spam, ham int
	st, err := WalkEntries(context.Background(), entries, nil, func(it Item) error {
		if it.Label == Spam {
			spam++
		} else {
			ham++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if spam != 3 || ham != 5 || st.Skipped != 0 {
		t.Errorf("%v: %d spam, %d ham", st, spam, ham)
	}
}

// TestJapaneseStarter checks the Japanese starter mail that make run trains
// on: every file read as a message, in the numbers its README gives.
func TestJapaneseStarter(t *testing.T) {
	for _, tc := range []struct {
		dir   string
		label Label
		want  int
	}{
		{"starter/ja/spam", Spam, 138},
		{"starter/ja/ham", Ham, 118},
		{"starter/ja-more/spam", Spam, 50},
		{"starter/ja-more/ham", Ham, 50},
		{"starter/ja-more-2/spam", Spam, 60},
		{"starter/ja-more-2/ham", Ham, 90},
		{"starter/ja-more-3/spam", Spam, 50},
		{"starter/ja-more-3/ham", Ham, 70},
		{"starter/ja-more-4/spam", Spam, 55},
		{"starter/ja-more-4/ham", Ham, 65},
		{"starter/ja-more-5/spam", Spam, 60},
		{"starter/ja-more-5/ham", Ham, 60},
		{"starter/ja-more-6/spam", Spam, 40},
		{"starter/ja-more-6/ham", Ham, 80},
	} {
		st, err := Walk(context.Background(), tc.dir, tc.label, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if st.Messages != tc.want || st.Skipped != 0 {
			t.Errorf("%s: %d messages, %d skipped (%v); want %d, none skipped", tc.dir, st.Messages, st.Skipped, st.Reasons, tc.want)
		}
	}
}
