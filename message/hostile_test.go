package message

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"time"
)

// Hostile messages, made by generators: each must parse to a result that
// carries the right limit fact, with allocations bounded by a small
// multiple of the input size. BenchmarkHostile reports the time each takes.

type hostileCase struct {
	name string
	gen  func() []byte
	lim  Limits
	// facts that must be recorded
	want []FactKind
	// check inspects the result further; may be nil
	check func(t *testing.T, m *Message)
}

func hostileCases() []hostileCase {
	return []hostileCase{
		{
			name: "deep-multipart-5000",
			gen:  func() []byte { return deepMultipart(5000) },
			want: []FactKind{FactLimitDepth},
			check: func(t *testing.T, m *Message) {
				maxDepth := 0
				for _, p := range m.Parts {
					maxDepth = max(maxDepth, p.Depth)
				}
				if maxDepth != DefaultLimits().MaxDepth {
					t.Errorf("deepest part walked at depth %d, want %d", maxDepth, DefaultLimits().MaxDepth)
				}
			},
		},
		{
			name: "deep-rfc822-5000",
			gen:  func() []byte { return deepRFC822(5000) },
			want: []FactKind{FactLimitDepth},
		},
		{
			name: "deep-rfc822-5000-no-depth-limit",
			gen:  func() []byte { return deepRFC822(5000) },
			lim:  Limits{MaxDepth: 1 << 20},
			want: []FactKind{FactLimitParts},
		},
		{
			name: "deep-multipart-5000-no-depth-limit",
			gen:  func() []byte { return deepMultipart(5000) },
			lim:  Limits{MaxDepth: 1 << 20},
			want: []FactKind{FactLimitParts},
		},
		{
			name: "parts-50000",
			gen:  func() []byte { return manyParts(50000) },
			want: []FactKind{FactLimitParts},
			check: func(t *testing.T, m *Message) {
				if len(m.Parts) != DefaultLimits().MaxParts {
					t.Errorf("%d parts walked, want %d", len(m.Parts), DefaultLimits().MaxParts)
				}
				if got := m.Parts[len(m.Parts)-1].Text; got != "part 998" { // the root counts as a part
					t.Errorf("last part text %q", got)
				}
			},
		},
		{
			name: "header-line-2MB",
			gen:  func() []byte { return hugeHeaderLine(2 << 20) },
			want: []FactKind{FactLimitHeader},
			check: func(t *testing.T, m *Message) {
				if m.Root.Text != "body after the huge header\n" {
					t.Errorf("body %q", clip(m.Root.Text, 100))
				}
			},
		},
		{
			name: "header-words-2MB",
			gen:  func() []byte { return hugeHeaderWords(2 << 20) },
			want: []FactKind{FactLimitHeader, FactBadEncodedWord},
		},
		{
			name: "unclosed-boundaries-30",
			gen:  func() []byte { return unclosedNested(30) },
			want: []FactKind{FactUnclosedMulti},
			check: func(t *testing.T, m *Message) {
				if p := m.Parts[len(m.Parts)-1]; !strings.Contains(p.Text, "innermost") {
					t.Errorf("innermost text lost: %q", p.Text)
				}
			},
		},
		{
			name: "broken-base64-4MB",
			gen:  func() []byte { return brokenBase64(4 << 20) },
			want: []FactKind{FactBadBase64},
		},
		{
			name: "broken-qp-4MB",
			gen:  func() []byte { return brokenQP(4 << 20) },
			want: []FactKind{FactBadQP},
		},
		{
			name: "nul-bytes-1MB",
			gen:  func() []byte { return nulBytes(1 << 20) },
			want: []FactKind{FactNULBytes},
			check: func(t *testing.T, m *Message) {
				if !strings.HasPrefix(m.Root.Text, "visible text") {
					t.Errorf("text %q", clip(m.Root.Text, 60))
				}
			},
		},
		{
			name: "attachment-30MB",
			gen:  func() []byte { return bigAttachment(30 << 20) },
			check: func(t *testing.T, m *Message) {
				as := m.Attachments()
				if len(as) != 1 || as[0].Size != 30<<20 || len(m.Parts[2].Body) != 30<<20 {
					t.Errorf("attachments %+v", as)
				}
			},
		},
		{
			name: "attachment-30MB-limited",
			gen:  func() []byte { return bigAttachment(30 << 20) },
			lim:  Limits{MaxDecodedBytes: 1 << 20},
			want: []FactKind{FactLimitSize},
			check: func(t *testing.T, m *Message) {
				as := m.Attachments()
				if len(as) != 1 || as[0].Size != 30<<20 || int64(len(m.Parts[2].Body)) > 1<<20 {
					t.Errorf("attachments %+v, body %d", as, len(m.Parts[2].Body))
				}
			},
		},
		{
			name: "nested-html-6MB",
			gen:  func() []byte { return nestedHTML(500000) },
			lim:  Limits{MaxTextBytes: 64 << 10},
			want: []FactKind{FactLimitText},
		},
		{
			name: "nested-html-6MB-full",
			gen:  func() []byte { return nestedHTML(500000) },
			check: func(t *testing.T, m *Message) {
				if !strings.Contains(m.Root.Text, "deep text") || len(m.Root.Links) != 1 {
					t.Errorf("text %q, links %d", clip(m.Root.Text, 80), len(m.Root.Links))
				}
			},
		},
		{
			name: "links-100000",
			gen:  func() []byte { return manyLinks(100000) },
			want: []FactKind{FactLimitLinks},
			check: func(t *testing.T, m *Message) {
				if len(m.Links()) != DefaultLimits().MaxLinks {
					t.Errorf("%d links kept", len(m.Links()))
				}
			},
		},
		{
			name: "text-20MB",
			gen:  func() []byte { return bigText(20 << 20) },
			want: []FactKind{FactLimitText},
			check: func(t *testing.T, m *Message) {
				if len(m.Root.Text) != DefaultLimits().MaxTextBytes {
					t.Errorf("text of %d bytes", len(m.Root.Text))
				}
			},
		},
		{
			name: "timeout",
			gen:  func() []byte { return manyParts(100) },
			lim:  Limits{Timeout: time.Nanosecond},
			want: []FactKind{FactLimitTime},
		},
		{
			name: "random-binary-1MB",
			gen:  func() []byte { return randomBytes(1 << 20) },
			want: []FactKind{FactNoHeader},
		},
	}
}

// TestHostile parses each hostile message and checks its facts and that
// the bytes allocated stay within a small multiple of the input size.
func TestHostile(t *testing.T) {
	for _, c := range hostileCases() {
		t.Run(c.name, func(t *testing.T) {
			raw := c.gen()
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			m, err := Parse(raw, c.lim)
			runtime.ReadMemStats(&after)
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, m)
			for _, k := range c.want {
				if !m.HasFact(k) {
					t.Errorf("no %s fact in %v", k, m.Facts)
				}
			}
			if c.check != nil {
				c.check(t, m)
			}
			alloc := after.TotalAlloc - before.TotalAlloc
			if bound := 3*uint64(len(raw)) + 8<<20; alloc > bound {
				t.Errorf("allocated %d bytes for %d bytes of input (bound %d)", alloc, len(raw), bound)
			}
			t.Logf("%d bytes in, %d bytes allocated, %d parts, facts %v", len(raw), alloc, len(m.Parts), m.Facts)
		})
	}
}

// BenchmarkHostile reports the time and allocations of each hostile case.
func BenchmarkHostile(b *testing.B) {
	for _, c := range hostileCases() {
		b.Run(c.name, func(b *testing.B) {
			raw := c.gen()
			b.SetBytes(int64(len(raw)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse(raw, c.lim); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func deepMultipart(levels int) []byte {
	var b bytes.Buffer
	b.WriteString("From: a@example.com\nSubject: deep\nMIME-Version: 1.0\n")
	for i := 0; i < levels; i++ {
		fmt.Fprintf(&b, "Content-Type: multipart/mixed; boundary=\"b%d\"\n\n--b%d\n", i, i)
	}
	b.WriteString("Content-Type: text/plain\n\ninnermost\n")
	for i := levels - 1; i >= 0; i-- {
		fmt.Fprintf(&b, "--b%d--\n", i)
	}
	return b.Bytes()
}

func deepRFC822(levels int) []byte {
	var b bytes.Buffer
	for i := 0; i < levels; i++ {
		fmt.Fprintf(&b, "Subject: level %d\nContent-Type: message/rfc822\n\n", i)
	}
	b.WriteString("Subject: innermost\n\ninnermost\n")
	return b.Bytes()
}

func manyParts(n int) []byte {
	var b bytes.Buffer
	b.WriteString("Subject: parts\nContent-Type: multipart/mixed; boundary=p\n\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "--p\nContent-Type: text/plain\n\npart %d\n", i)
	}
	b.WriteString("--p--\n")
	return b.Bytes()
}

func hugeHeaderLine(n int) []byte {
	var b bytes.Buffer
	b.WriteString("From: a@example.com\nSubject: ")
	b.Write(bytes.Repeat([]byte("A"), n))
	b.WriteString("\nTo: b@example.com\n\nbody after the huge header\n")
	return b.Bytes()
}

func hugeHeaderWords(n int) []byte {
	var b bytes.Buffer
	b.WriteString("Subject: ")
	word := "=?utf-8?B?5pel5pys?= =?x?q?=?utf-8?q?a =?iso-2022-jp?B?GyRCJEYbKEI ?="
	for b.Len() < n {
		b.WriteString(word)
	}
	b.WriteString("\n\nbody\n")
	return b.Bytes()
}

func unclosedNested(levels int) []byte {
	var b bytes.Buffer
	b.WriteString("Subject: unclosed\n")
	for i := 0; i < levels; i++ {
		fmt.Fprintf(&b, "Content-Type: multipart/mixed; boundary=u%d\n\npreamble\n--u%d\n", i, i)
	}
	b.WriteString("Content-Type: text/plain\n\ninnermost text, no close delimiters follow\n")
	return b.Bytes()
}

func brokenBase64(n int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	var b bytes.Buffer
	b.WriteString("Subject: b64\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n")
	const junk = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=!*%\x00\xff "
	for b.Len() < n {
		for i := 0; i < 76; i++ {
			b.WriteByte(junk[r.IntN(len(junk))])
		}
		b.WriteByte('\n')
	}
	return b.Bytes()
}

func brokenQP(n int) []byte {
	var b bytes.Buffer
	b.WriteString("Subject: qp\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n")
	for b.Len() < n {
		b.WriteString("caf=E9 =ZZ =\n=4 = =\r\n=3D=3d==\n")
	}
	return b.Bytes()
}

func nulBytes(n int) []byte {
	var b bytes.Buffer
	b.WriteString("Subject: nul\x00here\nContent-Type: text/plain\n\nvisible text")
	for b.Len() < n {
		b.WriteString("\x00te\x00xt\x00")
	}
	return b.Bytes()
}

func bigAttachment(n int) []byte {
	data := bytes.Repeat([]byte("0123456789abcdef"), n/16)
	var b bytes.Buffer
	b.WriteString("Subject: big\nContent-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: text/plain\n\nsee attached\n--x\n")
	b.WriteString("Content-Type: application/octet-stream; name=big.bin\nContent-Transfer-Encoding: base64\n\n")
	enc := base64.StdEncoding.EncodeToString(data)
	for len(enc) > 76 {
		b.WriteString(enc[:76])
		b.WriteByte('\n')
		enc = enc[76:]
	}
	b.WriteString(enc)
	b.WriteString("\n--x--\n")
	return b.Bytes()
}

func nestedHTML(depth int) []byte {
	var b bytes.Buffer
	b.WriteString("Subject: html\nContent-Type: text/html; charset=utf-8\n\n<html><body>")
	for i := 0; i < depth; i++ {
		b.WriteString("<div>")
	}
	b.WriteString(`<a href="http://deep.example/">deep text</a>`)
	for i := 0; i < depth; i++ {
		b.WriteString("</div>")
	}
	b.WriteString("</body></html>\n")
	return b.Bytes()
}

func manyLinks(n int) []byte {
	var b bytes.Buffer
	b.WriteString("Subject: links\nContent-Type: text/html\n\n<html><body>")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `<a href="http://l%d.example/">%d</a>`, i, i)
	}
	b.WriteString("</body></html>\n")
	return b.Bytes()
}

func bigText(n int) []byte {
	var b bytes.Buffer
	b.WriteString("Subject: text\nContent-Type: text/plain; charset=utf-8\n\n")
	for b.Len() < n {
		b.WriteString("日本語のテキストと English words mixed together.\n")
	}
	return b.Bytes()
}

func randomBytes(n int) []byte {
	r := rand.New(rand.NewPCG(3, 4))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	b[0] = 0xff // not a header
	return b
}
