package server

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	reflectpb "google.golang.org/grpc/reflection/grpc_reflection_v1"
	"google.golang.org/grpc/status"

	pb "github.com/mizugiwa/mizugiwa/api/mizugiwa/v1"
	"github.com/mizugiwa/mizugiwa/classifier"
	"github.com/mizugiwa/mizugiwa/rules"
	"github.com/mizugiwa/mizugiwa/scoring"
	"github.com/mizugiwa/mizugiwa/store"
)

// startServer runs a real server with a real store on a loopback port and
// returns a client connection to it. The server stops at the end of the test.
func startServer(t testing.TB, o Options) *grpc.ClientConn {
	t.Helper()
	db, err := store.Open(t.TempDir(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	users := classifier.NewUsers(db)
	eng, err := classifier.New(classifier.Options{Scorers: []scoring.Scorer{rules.NewStructure(nil)}, Policies: users, Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	o.Logger = log
	o.Users = users
	srv, err := New(eng, o)
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
	conn, err := grpc.NewClient(lis.Addr().String(),
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithDefaultCallOptions(grpc.MaxCallSendMsgSize(256<<20)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		conn.Close()
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
		if err := db.Close(); err != nil {
			t.Errorf("close store: %v", err)
		}
	})
	return conn
}

func readTestdata(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestClassifyEndToEnd(t *testing.T) {
	conn := startServer(t, Options{})
	cl := pb.NewMizugiwaServiceClient(conn)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	hc := healthpb.NewHealthClient(conn)
	h, err := hc.Check(ctx, &healthpb.HealthCheckRequest{Service: pb.MizugiwaService_ServiceDesc.ServiceName})
	if err != nil || h.GetStatus() != healthpb.HealthCheckResponse_SERVING {
		t.Fatalf("health: %v %v", h.GetStatus(), err)
	}

	cases := []struct {
		file        string
		wantSymbols []string
	}{
		{"ham-plain.eml", nil},
		{"spam-link-only-html.eml", []string{"HTML_ONLY", "HTML_NO_TEXT", "LINK_NO_TEXT"}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			resp, err := cl.Classify(ctx, &pb.ClassifyRequest{
				Message: readTestdata(t, c.file),
				Envelope: &pb.Envelope{
					ClientIp: "192.0.2.1", Helo: "mail.example.com", MailFrom: "<a@example.com>",
					Recipients: []*pb.Recipient{{Address: "x@example.net"}, {Address: "Y@example.net", UserId: "y"}},
				},
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(resp.Results) != 2 {
				t.Fatalf("%d results, want 2", len(resp.Results))
			}
			if resp.Results[0].UserId != "x@example.net" || resp.Results[1].UserId != "y" {
				t.Errorf("users %q %q, want the address when no user id is given", resp.Results[0].UserId, resp.Results[1].UserId)
			}
			if resp.GetElapsed().AsDuration() <= 0 {
				t.Error("no elapsed time")
			}
			r := resp.Results[0]
			var names []string
			for _, s := range r.Symbols {
				names = append(names, s.Name)
			}
			for _, w := range c.wantSymbols {
				if !strings.Contains(","+strings.Join(names, ",")+",", ","+w+",") {
					t.Errorf("symbols %v lack %s", names, w)
				}
			}
			if len(c.wantSymbols) == 0 && len(names) != 0 {
				t.Errorf("plain ham got symbols %v", names)
			}
			if r.Action != pb.Action_ACTION_ADD_HEADERS || len(r.Headers) != 3 || r.Threshold != 5 {
				t.Errorf("action %v, %d headers, threshold %v: want add_headers, X-Spam-Flag/Score/Status, 5", r.Action, len(r.Headers), r.Threshold)
			}
		})
	}
}

func TestInvalidRequests(t *testing.T) {
	conn := startServer(t, Options{MaxMessageBytes: 1 << 20})
	cl := pb.NewMizugiwaServiceClient(conn)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	ok := readTestdata(t, "ham-plain.eml")
	cases := []struct {
		name string
		req  *pb.ClassifyRequest
		code codes.Code
		want string
	}{
		{"empty", &pb.ClassifyRequest{}, codes.InvalidArgument, "message: empty"},
		{"too big", &pb.ClassifyRequest{Message: bytes.Repeat([]byte("a"), 1<<20+1)}, codes.InvalidArgument, "larger than the server's limit"},
		{"bad ip", &pb.ClassifyRequest{Message: ok, Envelope: &pb.Envelope{ClientIp: "999.1.1.1"}}, codes.InvalidArgument, "envelope.client_ip"},
		{"empty recipient", &pb.ClassifyRequest{Message: ok, Envelope: &pb.Envelope{Recipients: []*pb.Recipient{{Address: "a@b"}, {}}}}, codes.InvalidArgument, "envelope.recipients[1]"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := cl.Classify(ctx, c.req)
			s := status.Convert(err)
			if s.Code() != c.code || !strings.Contains(s.Message(), c.want) {
				t.Errorf("got %v %q, want %v containing %q", s.Code(), s.Message(), c.code, c.want)
			}
		})
	}
	// An IPv6 client address with brackets is accepted.
	if _, err := cl.Classify(ctx, &pb.ClassifyRequest{Message: ok, Envelope: &pb.Envelope{ClientIp: "[2001:db8::1]"}}); err != nil {
		t.Errorf("IPv6 client: %v", err)
	}
}

func TestLargeMessageAboveGRPCDefault(t *testing.T) {
	conn := startServer(t, Options{})
	cl := pb.NewMizugiwaServiceClient(conn)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	// A 12 MB attachment: three times gRPC's 4 MB default.
	var b bytes.Buffer
	b.WriteString("From: a@example.com\r\nSubject: big\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n--XX\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n")
	line := strings.Repeat("QUFB", 19) + "\r\n"
	for b.Len() < 12<<20 {
		b.WriteString(line)
	}
	b.WriteString("--XX--\r\n")
	resp, err := cl.Classify(ctx, &pb.ClassifyRequest{Message: b.Bytes()})
	if err != nil {
		t.Fatal(err)
	}
	if len(resp.Results) != 1 {
		t.Fatalf("%d results", len(resp.Results))
	}
}

func TestDeadlineHonoured(t *testing.T) {
	conn := startServer(t, Options{})
	cl := pb.NewMizugiwaServiceClient(conn)
	ctx, cancel := context.WithTimeout(context.Background(), time.Nanosecond)
	defer cancel()
	time.Sleep(time.Millisecond)
	_, err := cl.Classify(ctx, &pb.ClassifyRequest{Message: readTestdata(t, "ham-plain.eml")})
	if status.Code(err) != codes.DeadlineExceeded {
		t.Errorf("got %v, want DeadlineExceeded", err)
	}
}

func TestReflectionListsService(t *testing.T) {
	conn := startServer(t, Options{})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	stream, err := reflectpb.NewServerReflectionClient(conn).ServerReflectionInfo(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := stream.Send(&reflectpb.ServerReflectionRequest{MessageRequest: &reflectpb.ServerReflectionRequest_ListServices{}}); err != nil {
		t.Fatal(err)
	}
	resp, err := stream.Recv()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range resp.GetListServicesResponse().GetService() {
		names = append(names, s.GetName())
	}
	for _, want := range []string{"mizugiwa.v1.MizugiwaService", "grpc.health.v1.Health"} {
		if !strings.Contains(strings.Join(names, " "), want) {
			t.Errorf("reflection lists %v, lacks %s", names, want)
		}
	}
}

func TestGracefulShutdownFinishesInFlight(t *testing.T) {
	db, err := store.Open(t.TempDir(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	started := make(chan struct{})
	slow := slowScorer{started: started, d: 300 * time.Millisecond}
	eng, err := classifier.New(classifier.Options{Scorers: []scoring.Scorer{slow}, Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := New(eng, Options{Logger: log})
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
	conn, err := grpc.NewClient(lis.Addr().String(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	cl := pb.NewMizugiwaServiceClient(conn)
	callErr := make(chan error, 1)
	go func() {
		_, err := cl.Classify(context.Background(), &pb.ClassifyRequest{Message: readTestdata(t, "ham-plain.eml")})
		callErr <- err
	}()
	<-started
	cancel() // as SIGTERM does
	if err := <-callErr; err != nil {
		t.Errorf("in-flight call failed during graceful shutdown: %v", err)
	}
	if err := <-done; err != nil {
		t.Errorf("serve: %v", err)
	}
}

type slowScorer struct {
	started chan struct{}
	d       time.Duration
}

func (slowScorer) Name() string { return "slow" }
func (s slowScorer) Score(ctx context.Context, _ *scoring.Input) ([]scoring.Symbol, error) {
	close(s.started)
	time.Sleep(s.d)
	return []scoring.Symbol{{Name: "SLOW", Score: 1}}, nil
}
