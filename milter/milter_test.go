package milter

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	gomilter "github.com/emersion/go-milter"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	pb "github.com/mizugiwa/mizugiwa/api/mizugiwa/v1"
	"github.com/mizugiwa/mizugiwa/classifier"
	"github.com/mizugiwa/mizugiwa/rules"
	"github.com/mizugiwa/mizugiwa/scoring"
	"github.com/mizugiwa/mizugiwa/server"
	"github.com/mizugiwa/mizugiwa/store"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// engine is a real engine on a real store in a temporary directory, served
// over gRPC on a loopback port.
type engine struct {
	users *classifier.Users
	srv   *server.Server
	addr  string
}

func startEngine(t testing.TB) *engine {
	t.Helper()
	db, err := store.Open(t.TempDir(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	users := classifier.NewUsers(db)
	eng, err := classifier.New(classifier.Options{Scorers: []scoring.Scorer{rules.NewStructure(nil)}, Policies: users, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := server.New(eng, server.Options{Logger: quiet, Users: users})
	if err != nil {
		t.Fatal(err)
	}
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, lis) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("engine serve: %v", err)
		}
		if err := db.Close(); err != nil {
			t.Errorf("close store: %v", err)
		}
	})
	return &engine{users: users, srv: srv, addr: lis.Addr().String()}
}

// dialEngine returns a gRPC Classifier talking to addr.
func dialEngine(t testing.TB, addr string) Classifier {
	t.Helper()
	conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	return GRPC(pb.NewMizugiwaServiceClient(conn))
}

// startMilter serves the milter on a loopback port until the test ends.
func startMilter(t testing.TB, o Options) string {
	t.Helper()
	if o.Logger == nil {
		o.Logger = quiet
	}
	m, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	lis, err := Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- m.Serve(ctx, lis) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("milter serve: %v", err)
		}
	})
	return lis.Addr().String()
}

// reply is what the MTA side of a milter session got for a message.
type reply struct {
	mods []gomilter.ModifyAction
	act  *gomilter.Action
}

func (r reply) headers(name string) []string {
	var out []string
	for _, m := range r.mods {
		if m.Code == gomilter.ActAddHeader && strings.EqualFold(m.HeaderName, name) {
			out = append(out, m.HeaderValue)
		}
	}
	return out
}

func (r reply) has(code gomilter.ModifyActCode) []string {
	var out []string
	for _, m := range r.mods {
		if m.Code == code {
			out = append(out, m.Rcpt+m.Reason)
		}
	}
	return out
}

var clientOptions = gomilter.ClientOptions{
	ReadTimeout:  30 * time.Second,
	WriteTimeout: 30 * time.Second,
	ActionMask:   gomilter.OptAddHeader | gomilter.OptRemoveRcpt | gomilter.OptQuarantine,
}

// send plays the MTA: one connection, one message from a@sender.example
// through the milter at addr.
func send(t testing.TB, addr string, raw []byte, rcpts ...string) reply {
	t.Helper()
	cs, err := gomilter.NewClientWithOptions("tcp", addr, clientOptions).Session()
	if err != nil {
		t.Fatal(err)
	}
	defer cs.Close()
	step := func(what string, act *gomilter.Action, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if act.Code != gomilter.ActContinue {
			t.Fatalf("%s: action %c, want continue", what, act.Code)
		}
	}
	act, err := cs.Conn("mail.sender.example", gomilter.FamilyInet, 41234, "192.0.2.10")
	step("connect", act, err)
	act, err = cs.Helo("mail.sender.example")
	step("helo", act, err)
	act, err = cs.Mail("a@sender.example", nil)
	step("mail", act, err)
	for _, r := range rcpts {
		act, err = cs.Rcpt(r, nil)
		step("rcpt "+r, act, err)
	}
	header, body := splitMessage(raw)
	for _, f := range header {
		act, err = cs.HeaderField(f[0], f[1])
		step("header "+f[0], act, err)
	}
	act, err = cs.HeaderEnd()
	step("eoh", act, err)
	mods, act, err := cs.BodyReadFrom(bytes.NewReader(body))
	if err != nil {
		t.Fatalf("body: %v", err)
	}
	return reply{mods, act}
}

// splitMessage splits raw into header fields (name, value as an MTA hands
// them to a milter: folded lines kept, the space after the colon dropped)
// and the body with CRLF line ends.
func splitMessage(raw []byte) ([][2]string, []byte) {
	raw = bytes.ReplaceAll(raw, []byte("\r\n"), []byte("\n"))
	head, body, _ := bytes.Cut(raw, []byte("\n\n"))
	var fields [][2]string
	for _, line := range strings.Split(string(head), "\n") {
		if (strings.HasPrefix(line, " ") || strings.HasPrefix(line, "\t")) && len(fields) > 0 {
			fields[len(fields)-1][1] += "\n" + line
			continue
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		fields = append(fields, [2]string{name, strings.TrimLeft(value, " ")})
	}
	return fields, bytes.ReplaceAll(body, []byte("\n"), []byte("\r\n"))
}

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// setUser stores a user's settings by the name used in sessions.txt.
func setUser(t testing.TB, users *classifier.Users, user, setting string) {
	t.Helper()
	s := classifier.DefaultSettings()
	switch setting {
	case "default":
		return
	case "optout":
		s.Filtering = false
	case "label":
	case "reject":
		s.Mode = classifier.ModeReject
	case "quarantine":
		s.Mode = classifier.ModeQuarantine
	default:
		t.Fatalf("unknown setting %q", setting)
	}
	s.Threshold = 1
	if err := users.Set(context.Background(), user, s); err != nil {
		t.Fatal(err)
	}
}

func TestSessions(t *testing.T) {
	e := startEngine(t)
	viaGRPC := startMilter(t, Options{Classifier: dialEngine(t, e.addr)})
	inProcess := startMilter(t, Options{Classifier: e.srv})
	f, err := os.Open("testdata/sessions.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for line := 0; sc.Scan(); {
		line++
		w := strings.Fields(sc.Text())
		if len(w) == 0 || strings.HasPrefix(w[0], "#") {
			continue
		}
		if len(w) != 6 {
			t.Fatalf("sessions.txt:%d: %d columns, want 6", line, len(w))
		}
		n++
		name, file, outcome, flag := w[0], w[1], w[3], w[4]
		var rcpts []string
		for _, r := range strings.Split(w[2], ",") {
			addr, setting, _ := strings.Cut(r, "=")
			setUser(t, e.users, strings.ToLower(addr), setting)
			rcpts = append(rcpts, addr)
		}
		var wantDel []string
		if w[5] != "-" {
			for _, r := range strings.Split(w[5], ",") {
				wantDel = append(wantDel, "<"+r+">")
			}
		}
		raw := readTestdata(t, file)
		for _, via := range []struct{ name, addr string }{{"grpc", viaGRPC}, {"in-process", inProcess}} {
			t.Run(name+"/"+via.name, func(t *testing.T) {
				r := send(t, via.addr, raw, rcpts...)
				switch outcome {
				case "reject":
					if r.act.Code != gomilter.ActReplyCode || r.act.SMTPCode != 550 || !strings.Contains(r.act.SMTPText, "Message rejected as spam") {
						t.Errorf("got %c %d %q, want a 550 reply with our text", r.act.Code, r.act.SMTPCode, r.act.SMTPText)
					}
					if len(r.mods) != 0 {
						t.Errorf("rejected message modified: %v", r.mods)
					}
					return
				case "accept", "quarantine":
					if r.act.Code != gomilter.ActAccept {
						t.Fatalf("action %c %d %q, want accept", r.act.Code, r.act.SMTPCode, r.act.SMTPText)
					}
				default:
					t.Fatalf("sessions.txt: unknown outcome %q", outcome)
				}
				if q := r.has(gomilter.ActQuarantine); (outcome == "quarantine") != (len(q) == 1) {
					t.Errorf("quarantine actions %q, want outcome %s", q, outcome)
				}
				if del := r.has(gomilter.ActDelRcpt); !slices.Equal(del, wantDel) {
					t.Errorf("removed recipients %q, want %q", del, wantDel)
				}
				flags, status, score := r.headers("X-Spam-Flag"), r.headers("X-Spam-Status"), r.headers("X-Spam-Score")
				if flag == "none" {
					if len(r.mods) != len(r.has(gomilter.ActDelRcpt)) {
						t.Errorf("opted-out copy modified: %+v", r.mods)
					}
					return
				}
				if !slices.Equal(flags, []string{flag}) || len(status) != 1 || len(score) != 1 {
					t.Fatalf("X-Spam-Flag %q, %d X-Spam-Status, %d X-Spam-Score; want %s and one each", flags, len(status), len(score), flag)
				}
				if (flag == "YES") != strings.HasPrefix(status[0], "Yes, score=") {
					t.Errorf("X-Spam-Status %q disagrees with flag %s", status[0], flag)
				}
			})
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no cases in sessions.txt")
	}
}

// hung is a classifier that never answers and ignores its context: the
// worst an engine can do.
type hung struct{ calls atomic.Int32 }

func (h *hung) Classify(ctx context.Context, req *pb.ClassifyRequest) (*pb.ClassifyResponse, error) {
	h.calls.Add(1)
	select {}
}

func TestFailurePolicy(t *testing.T) {
	// An engine address where nothing listens.
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	down := lis.Addr().String()
	lis.Close()
	raw := readTestdata(t, "spam-link-only-html.eml")

	cases := []struct {
		name string
		cl   Classifier
		fail FailureAction
	}{
		{"down/accept", dialEngine(t, down), FailAccept},
		{"down/tempfail", dialEngine(t, down), FailTempfail},
		{"hung/accept", &hung{}, FailAccept},
		{"hung/tempfail", &hung{}, FailTempfail},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			addr := startMilter(t, Options{Classifier: c.cl, OnFailure: c.fail, Timeout: 300 * time.Millisecond})
			r := send(t, addr, raw, "u@example.net")
			switch c.fail {
			case FailAccept:
				if r.act.Code != gomilter.ActAccept {
					t.Fatalf("action %c, want accept", r.act.Code)
				}
				if got := r.headers(SkippedHeader); !slices.Equal(got, []string{"unavailable"}) {
					t.Errorf("%s %q, want unavailable", SkippedHeader, got)
				}
				if got := r.headers("X-Spam-Flag"); len(got) != 0 {
					t.Errorf("unscanned message labelled %q", got)
				}
			case FailTempfail:
				if r.act.Code != gomilter.ActReplyCode || r.act.SMTPCode != 451 {
					t.Fatalf("action %c %d %q, want a 451 reply", r.act.Code, r.act.SMTPCode, r.act.SMTPText)
				}
			}
			if h, ok := c.cl.(*hung); ok && h.calls.Load() != 1 {
				t.Errorf("classifier called %d times, want 1", h.calls.Load())
			}
		})
	}
}

func TestTooLarge(t *testing.T) {
	h := &hung{}
	addr := startMilter(t, Options{Classifier: h, MaxSize: 1 << 10})
	raw := append(readTestdata(t, "ham-plain.eml"), bytes.Repeat([]byte("filler line of a long message\r\n"), 200)...)
	r := send(t, addr, raw, "u@example.net")
	if r.act.Code != gomilter.ActAccept {
		t.Fatalf("action %c, want accept", r.act.Code)
	}
	if got := r.headers(SkippedHeader); !slices.Equal(got, []string{"too large"}) {
		t.Errorf("%s %q, want too large", SkippedHeader, got)
	}
	if h.calls.Load() != 0 {
		t.Errorf("a message over the limit was classified")
	}
}

// TestBrokenClients sends malformed packets and drops connections
// mid-message; the milter must keep serving everyone else.
func TestBrokenClients(t *testing.T) {
	e := startEngine(t)
	addr := startMilter(t, Options{Classifier: e.srv})
	ham := readTestdata(t, "ham-plain.eml")
	packet := func(code byte, data string) []byte {
		b := binary.BigEndian.AppendUint32(nil, uint32(len(data)+1))
		return append(append(b, code), data...)
	}
	optneg := packet('O', string([]byte{0, 0, 0, 6, 0, 0, 0, 0x3f, 0, 0, 0, 0}))
	cases := []struct {
		name string
		data []byte
	}{
		{"zero length", []byte{0, 0, 0, 0}},
		{"huge length", []byte{0xff, 0xff, 0xff, 0xff, 'B'}},
		{"truncated packet", []byte{0, 0, 1, 0, 'B', 'x'}},
		{"unknown command", append(optneg, packet('Z', "zz")...)},
		{"bad connect", append(optneg, packet('C', "host")...)},
		{"connect no port", append(optneg, packet('C', "host\x004")...)},
		{"empty macro", append(optneg, packet('D', "")...)},
		{"body before mail", append(optneg, append(packet('B', "hello"), packet('E', "")...)...)},
		{"garbage", bytes.Repeat([]byte{0x00, 0x00, 0x00, 0x03, 'L', 0xff}, 50)},
		{"end without anything", append(optneg, packet('E', "")...)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			conn, err := net.Dial("tcp", addr)
			if err != nil {
				t.Fatal(err)
			}
			conn.SetDeadline(time.Now().Add(10 * time.Second))
			conn.Write(c.data)
			// Read whatever comes back until the milter closes or goes quiet.
			conn.SetReadDeadline(time.Now().Add(500 * time.Millisecond))
			io.Copy(io.Discard, conn)
			conn.Close()
			if r := send(t, addr, ham, "u@example.net"); r.act.Code != gomilter.ActAccept || len(r.headers("X-Spam-Flag")) != 1 {
				t.Fatalf("after %s: action %c, headers %v", c.name, r.act.Code, r.mods)
			}
		})
	}
	t.Run("disconnect mid-message", func(t *testing.T) {
		d := &recordingDialer{}
		o := clientOptions
		o.Dialer = d
		cs, err := gomilter.NewClientWithOptions("tcp", addr, o).Session()
		if err != nil {
			t.Fatal(err)
		}
		cs.Conn("h", gomilter.FamilyInet, 1, "192.0.2.1")
		cs.Mail("a@sender.example", nil)
		cs.Rcpt("u@example.net", nil)
		cs.HeaderField("Subject", "half")
		cs.HeaderEnd()
		if _, err := cs.BodyChunk([]byte("half a body\r\n")); err != nil {
			t.Fatal(err)
		}
		// Drop the connection without EOB or QUIT while another session
		// is in progress on a second connection.
		other := make(chan reply, 1)
		go func() { other <- send(t, addr, ham, "v@example.net") }()
		d.conn.Close()
		if r := <-other; r.act.Code != gomilter.ActAccept || len(r.headers("X-Spam-Flag")) != 1 {
			t.Fatalf("concurrent session: action %c, headers %v", r.act.Code, r.mods)
		}
	})
	t.Run("abort then next message", func(t *testing.T) {
		// One connection, an aborted message, then a complete one: the
		// second must not see the first's recipients or bytes.
		cs, err := gomilter.NewClientWithOptions("tcp", addr, clientOptions).Session()
		if err != nil {
			t.Fatal(err)
		}
		defer cs.Close()
		cs.Conn("h", gomilter.FamilyInet, 1, "192.0.2.1")
		cs.Mail("a@sender.example", nil)
		cs.Rcpt("gone@example.net", nil)
		cs.HeaderField("Subject", "aborted")
		if err := cs.Abort(); err != nil {
			t.Fatal(err)
		}
		cs.Mail("a@sender.example", nil)
		cs.Rcpt("u@example.net", nil)
		header, body := splitMessage(ham)
		for _, f := range header {
			cs.HeaderField(f[0], f[1])
		}
		cs.HeaderEnd()
		mods, act, err := cs.BodyReadFrom(bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		r := reply{mods, act}
		if act.Code != gomilter.ActAccept || !slices.Equal(r.headers("X-Spam-Flag"), []string{"NO"}) {
			t.Fatalf("action %c, mods %v", act.Code, mods)
		}
	})
}

// recordingDialer dials TCP and keeps the connection, so that a test can
// cut it the way a crashing MTA would.
type recordingDialer struct{ conn net.Conn }

func (d *recordingDialer) Dial(network, addr string) (net.Conn, error) {
	c, err := net.Dial(network, addr)
	d.conn = c
	return c, err
}

func TestListen(t *testing.T) {
	dir := t.TempDir()
	sock := filepath.Join(dir, "milter.sock")
	for i := range 2 { // the second time over a stale socket file
		lis, err := Listen("unix:" + sock)
		if err != nil {
			t.Fatalf("listen %d: %v", i, err)
		}
		if lis.Addr().Network() != "unix" {
			t.Errorf("network %s", lis.Addr().Network())
		}
		if ul, ok := lis.(*net.UnixListener); ok {
			ul.SetUnlinkOnClose(false)
		}
		lis.Close()
	}
	lis, err := Listen("inet:0@127.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	defer lis.Close()
	if !strings.HasPrefix(lis.Addr().String(), "127.0.0.1:") {
		t.Errorf("inet:0@127.0.0.1 listens on %s", lis.Addr())
	}
	if _, err := Listen("unix:" + filepath.Join(dir, "no", "such", "dir", "s")); err == nil {
		t.Error("listening in a missing directory succeeded")
	}
}

func TestOptionsValidate(t *testing.T) {
	cl := &hung{}
	cases := []struct {
		o    Options
		want string
	}{
		{Options{}, "Classifier"},
		{Options{Classifier: cl, Timeout: -1}, "Timeout"},
		{Options{Classifier: cl, OnFailure: 7}, "OnFailure"},
		{Options{Classifier: cl, MaxSize: -1}, "MaxSize"},
	}
	for _, c := range cases {
		err := c.o.Validate()
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Validate(%+v) = %v, want an error naming %s", c.o, err, c.want)
		}
	}
	if err := (Options{Classifier: cl}).Validate(); err != nil {
		t.Errorf("zero options with a classifier: %v", err)
	}
	for _, s := range []string{"accept", "tempfail", "TEMPFAIL"} {
		a, err := ParseFailureAction(s)
		if err != nil || a.String() != strings.ToLower(s) {
			t.Errorf("ParseFailureAction(%q) = %v, %v", s, a, err)
		}
	}
	if _, err := ParseFailureAction("discard"); err == nil {
		t.Error("ParseFailureAction(discard) succeeded")
	}
}
