package milter

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"strings"
	"time"

	gomilter "github.com/emersion/go-milter"

	pb "github.com/mizugiwa/mizugiwa/api/mizugiwa/v1"
)

// Classifier classifies one message: the gRPC client of a running server
// (see GRPC) or the server's service itself in-process (*server.Server).
type Classifier interface {
	Classify(ctx context.Context, req *pb.ClassifyRequest) (*pb.ClassifyResponse, error)
}

// FailureAction is the answer given when the engine cannot classify a
// message in time.
type FailureAction int

const (
	// FailAccept delivers the message unscanned: mail keeps flowing while
	// the engine is down.
	FailAccept FailureAction = iota
	// FailTempfail answers 451 so that the sender retries later.
	FailTempfail
)

// ParseFailureAction parses "accept" or "tempfail".
func ParseFailureAction(s string) (FailureAction, error) {
	switch strings.ToLower(s) {
	case "accept":
		return FailAccept, nil
	case "tempfail":
		return FailTempfail, nil
	}
	return 0, fmt.Errorf("milter: failure action %q is not accept or tempfail", s)
}

// String returns "accept" or "tempfail".
func (a FailureAction) String() string {
	if a == FailTempfail {
		return "tempfail"
	}
	return "accept"
}

// Defaults of Options.
const (
	DefaultTimeout = 10 * time.Second
	DefaultMaxSize = 64 << 20
)

// SkippedHeader is the header added to a message passed unscanned because it
// was too large or the engine did not answer.
const SkippedHeader = "X-Spam-Skipped"

// Options configure a Server.
type Options struct {
	// Classifier answers for every message. Required.
	Classifier Classifier
	// Timeout bounds the wait for one verdict. Default 10s; it must be
	// below the MTA's own milter timeouts (Postfix milter_content_timeout,
	// Sendmail T=E:).
	Timeout time.Duration
	// OnFailure is the answer when classifying fails or times out.
	// Default FailAccept.
	OnFailure FailureAction
	// MaxSize is the largest message, in bytes, that is scanned; larger
	// ones are passed with X-Spam-Skipped. Default 64 MiB, the server's
	// default limit.
	MaxSize int64
	// Logger receives a line per message and every failure. Default
	// slog.Default().
	Logger *slog.Logger
}

// Validate reports the first invalid field.
func (o Options) Validate() error {
	if o.Classifier == nil {
		return errors.New("milter: options: Classifier is nil")
	}
	if o.Timeout < 0 {
		return fmt.Errorf("milter: options: Timeout %v is negative", o.Timeout)
	}
	if o.OnFailure != FailAccept && o.OnFailure != FailTempfail {
		return fmt.Errorf("milter: options: OnFailure %d is not FailAccept or FailTempfail", int(o.OnFailure))
	}
	if o.MaxSize < 0 {
		return fmt.Errorf("milter: options: MaxSize %d is negative", o.MaxSize)
	}
	return nil
}

// Server serves the milter protocol.
type Server struct {
	o Options
}

// New returns a server with o's defaults filled in.
func New(o Options) (*Server, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	if o.Timeout == 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxSize == 0 {
		o.MaxSize = DefaultMaxSize
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return &Server{o: o}, nil
}

// Serve answers milter connections on lis until ctx is done. Each connection
// is served on its own goroutine; a broken or malformed connection ends that
// connection only.
func (s *Server) Serve(ctx context.Context, lis net.Listener) error {
	ms := &gomilter.Server{
		NewMilter: func() gomilter.Milter { return &session{s: s} },
		Actions:   gomilter.OptAddHeader | gomilter.OptRemoveRcpt | gomilter.OptQuarantine,
		// Every stage is wanted. The library answers with protocol
		// version 2, which MTAs downgrade to, so no v6-only option is set.
		Protocol: 0,
	}
	stop := context.AfterFunc(ctx, func() { lis.Close() })
	defer stop()
	s.o.Logger.Info("milter serving", "addr", lis.Addr().String(), "timeout", s.o.Timeout, "on_failure", s.o.OnFailure.String(), "max_size", s.o.MaxSize)
	err := ms.Serve(lis)
	if ctx.Err() != nil {
		return nil
	}
	return fmt.Errorf("milter: serve %s: %w", lis.Addr(), err)
}

// Listen listens on addr: "unix:/path" for a unix socket (a stale socket
// file is removed first), "inet:PORT@HOST" as Sendmail writes it, or
// HOST:PORT for TCP.
func Listen(addr string) (net.Listener, error) {
	if path, ok := strings.CutPrefix(addr, "unix:"); ok {
		if fi, err := os.Lstat(path); err == nil && fi.Mode()&os.ModeSocket != 0 {
			os.Remove(path)
		}
		lis, err := net.Listen("unix", path)
		if err != nil {
			return nil, fmt.Errorf("milter: listen on %s: %w", addr, err)
		}
		return lis, nil
	}
	if rest, ok := strings.CutPrefix(addr, "inet:"); ok {
		if port, host, ok := strings.Cut(rest, "@"); ok {
			addr = net.JoinHostPort(host, port)
		} else {
			addr = rest
		}
	}
	lis, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("milter: listen on %s: %w", addr, err)
	}
	return lis, nil
}
