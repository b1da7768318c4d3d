package message

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestDecodeHeader runs the cases of testdata/rfc2047.txt.
func TestDecodeHeader(t *testing.T) {
	for _, f := range readLines(t, filepath.Join("testdata", "rfc2047.txt")) {
		in, want, note := f[0], f[1], field(f, 2)
		if got := DecodeHeader(in); got != want {
			t.Errorf("%s: DecodeHeader(%q) = %q, want %q", note, in, got, want)
		}
	}
}

// TestCharsets runs the cases of testdata/charsets.txt: each is a label (""
// for none), some bytes, the text they hold, the charset that must be used
// and the fact, if any, that explains the choice.
func TestCharsets(t *testing.T) {
	for _, f := range readLines(t, filepath.Join("testdata", "charsets.txt")) {
		label, in, want, used, fact, note := f[0], []byte(f[1]), f[2], f[3], FactKind(field(f, 4)), field(f, 5)
		cs, fk, detail := chooseCharset(in, label)
		got := string(decodeTo(nil, in, cs))
		if got != want || cs.name != used || fk != fact {
			t.Errorf("%s %s: got %q in %s (%s %s), want %q in %s (%s)", label, note, got, cs.name, fk, detail, want, used, fact)
		}
		// The same bytes as the body of a message give the same text.
		raw := "Content-Type: text/plain"
		if label != "" {
			raw += "; charset=" + label
		}
		raw += "\nContent-Transfer-Encoding: 8bit\n\n" + string(in)
		m, err := Parse([]byte(raw), Limits{})
		if err != nil {
			t.Fatal(err)
		}
		if m.Root.Text != want || m.Root.Charset != used {
			t.Errorf("%s %s: message text %q in %s, want %q in %s", label, note, m.Root.Text, m.Root.Charset, want, used)
		}
		if fact != "" && !m.HasFact(fact) {
			t.Errorf("%s %s: message facts %v, want %s", label, note, m.Facts, fact)
		}
	}
}

// TestTransferDecoding runs the cases of testdata/transfer.txt.
func TestTransferDecoding(t *testing.T) {
	for _, f := range readLines(t, filepath.Join("testdata", "transfer.txt")) {
		enc, in, want, wantBad, note := f[0], f[1], f[2], f[3] == "true", field(f, 4)
		var out []byte
		var size int64
		var bad bool
		switch enc {
		case "base64":
			out, size, bad = decodeBase64(nil, []byte(in), -1)
		case "qp":
			out, size, bad = decodeQP(nil, []byte(in), -1)
		default:
			t.Fatalf("unknown encoding %q", enc)
		}
		if string(out) != want || bad != wantBad || size != int64(len(want)) {
			t.Errorf("%s %s: %q → %q (size %d, malformed %v), want %q (malformed %v)", enc, note, in, out, size, bad, want, wantBad)
		}
		// With a limit, the output is cut but the size is the full size.
		if len(want) > 2 {
			switch enc {
			case "base64":
				out, size, _ = decodeBase64(nil, []byte(in), 2)
			case "qp":
				out, size, _ = decodeQP(nil, []byte(in), 2)
			}
			if string(out) != want[:2] || size != int64(len(want)) {
				t.Errorf("%s %s with limit 2: %q size %d, want %q size %d", enc, note, out, size, want[:2], len(want))
			}
		}
	}
}

// TestMediaType checks Content-Type and Content-Disposition parsing on
// the cases in testdata/params.txt: a value, then the expected
// "type/subtype" and the expected parameters as key=value pairs.
func TestMediaType(t *testing.T) {
	for _, f := range readLines(t, filepath.Join("testdata", "params.txt")) {
		var r wordReport
		mt := parseMediaType(f[0], nil, &r)
		if mt.value != f[1] {
			t.Errorf("%q: value %q, want %q", f[0], mt.value, f[1])
		}
		want := map[string]string{}
		for _, kv := range f[2:] {
			k, v, _ := strings.Cut(kv, "=")
			want[k] = v
		}
		if len(mt.params) != len(want) {
			t.Errorf("%q: params %q, want %q", f[0], mt.params, want)
			continue
		}
		for k, v := range want {
			if mt.params[k] != v {
				t.Errorf("%q: param %s = %q, want %q", f[0], k, mt.params[k], v)
			}
		}
	}
}
