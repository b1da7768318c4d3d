// Package server is the gRPC face of the engine: the mizugiwa.v1 service on
// top of package classifier, with standard gRPC health checking and server
// reflection so that stock tools such as grpcurl can list and call it.
package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/netip"
	"strings"
	"sync"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/reflection"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/durationpb"

	pb "github.com/mizugiwa/mizugiwa/api/mizugiwa/v1"
	"github.com/mizugiwa/mizugiwa/classifier"
	"github.com/mizugiwa/mizugiwa/message"
	"github.com/mizugiwa/mizugiwa/scoring"
	"github.com/mizugiwa/mizugiwa/sigdb"
	"github.com/mizugiwa/mizugiwa/urlfilter"
)

// DefaultMaxMessageBytes is the default largest message Classify accepts:
// far above gRPC's 4 MB default, enough for real mail with attachments.
const DefaultMaxMessageBytes = 64 << 20

// Options configure a Server.
type Options struct {
	// MaxMessageBytes is the largest raw message accepted. Default 64 MiB.
	MaxMessageBytes int
	// ShutdownGrace is how long Serve lets in-flight calls finish after its
	// context is done before cutting them off. Default 30s.
	ShutdownGrace time.Duration
	// Logger receives the server's logs. Default slog.Default().
	Logger *slog.Logger
	// Learner trains the model behind Learn and Forget; nil makes them
	// answer Unimplemented.
	Learner Learner
	// Users keeps the user settings behind GetUserSettings and
	// SetUserSettings; nil makes them answer Unimplemented.
	Users *classifier.Users
	// Signatures is the signature database behind the signature calls;
	// nil makes them answer Unimplemented.
	Signatures *sigdb.DB
	// URLLists are the URL block and allow lists behind the URL-list calls;
	// nil makes them answer Unimplemented.
	URLLists *urlfilter.Lists
}

// Validate reports the first invalid field.
func (o Options) Validate() error {
	if o.MaxMessageBytes < 0 {
		return fmt.Errorf("server: options: MaxMessageBytes %d is negative", o.MaxMessageBytes)
	}
	if o.ShutdownGrace < 0 {
		return fmt.Errorf("server: options: ShutdownGrace %v is negative", o.ShutdownGrace)
	}
	return nil
}

// Server implements the mizugiwa.v1 MizugiwaService.
type Server struct {
	pb.UnimplementedMizugiwaServiceServer
	eng     *classifier.Engine
	o       Options
	health  *health.Server
	usersMu sync.Mutex
	// stopping is closed when shutdown starts, to end streaming calls.
	stopping chan struct{}
}

// New returns a server answering with eng.
func New(eng *classifier.Engine, o Options) (*Server, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	if o.MaxMessageBytes == 0 {
		o.MaxMessageBytes = DefaultMaxMessageBytes
	}
	if o.ShutdownGrace == 0 {
		o.ShutdownGrace = 30 * time.Second
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return &Server{eng: eng, o: o, health: health.NewServer(), stopping: make(chan struct{})}, nil
}

// GRPCServer returns a gRPC server with the service, health and reflection
// registered. Its receive limit leaves room above MaxMessageBytes so that an
// oversized message reaches Classify and gets an InvalidArgument naming the
// limit, rather than a bare transport error.
func (s *Server) GRPCServer(extra ...grpc.ServerOption) *grpc.Server {
	opts := append([]grpc.ServerOption{
		grpc.MaxRecvMsgSize(2*s.o.MaxMessageBytes + 1<<20),
		grpc.ChainUnaryInterceptor(s.logUnary),
	}, extra...)
	g := grpc.NewServer(opts...)
	pb.RegisterMizugiwaServiceServer(g, s)
	healthpb.RegisterHealthServer(g, s.health)
	reflection.Register(g)
	s.health.SetServingStatus("", healthpb.HealthCheckResponse_SERVING)
	s.health.SetServingStatus(pb.MizugiwaService_ServiceDesc.ServiceName, healthpb.HealthCheckResponse_SERVING)
	return g
}

// Serve serves on lis until ctx is done, then stops taking new calls, lets
// in-flight calls finish (up to ShutdownGrace) and returns.
func (s *Server) Serve(ctx context.Context, lis net.Listener) error {
	g := s.GRPCServer()
	errc := make(chan error, 1)
	go func() { errc <- g.Serve(lis) }()
	s.o.Logger.Info("serving", "addr", lis.Addr().String())
	select {
	case err := <-errc:
		return fmt.Errorf("server: serve %s: %w", lis.Addr(), err)
	case <-ctx.Done():
	}
	s.o.Logger.Info("shutting down", "grace", s.o.ShutdownGrace)
	s.health.Shutdown()
	close(s.stopping)
	stopped := make(chan struct{})
	go func() { g.GracefulStop(); close(stopped) }()
	select {
	case <-stopped:
	case <-time.After(s.o.ShutdownGrace):
		s.o.Logger.Warn("grace period over, cutting off in-flight calls")
		g.Stop()
	}
	<-errc
	return nil
}

func (s *Server) logUnary(ctx context.Context, req any, info *grpc.UnaryServerInfo, h grpc.UnaryHandler) (any, error) {
	start := time.Now()
	resp, err := h(ctx, req)
	if err != nil {
		s.o.Logger.Warn("call failed", "method", info.FullMethod, "code", status.Code(err).String(), "err", status.Convert(err).Message(), "elapsed", time.Since(start))
	} else {
		s.o.Logger.Debug("call", "method", info.FullMethod, "elapsed", time.Since(start))
	}
	return resp, err
}

// Classify implements MizugiwaService.Classify.
func (s *Server) Classify(ctx context.Context, req *pb.ClassifyRequest) (*pb.ClassifyResponse, error) {
	if err := s.checkMessage("message", req.GetMessage()); err != nil {
		return nil, err
	}
	env, err := envelopeFromProto(req.GetEnvelope())
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, status.FromContextError(err).Err()
	}
	res, err := s.eng.Classify(ctx, req.GetMessage(), env)
	if err != nil {
		if errors.Is(err, message.ErrEmpty) {
			return nil, status.Error(codes.InvalidArgument, "message: empty")
		}
		if ctx.Err() != nil {
			return nil, status.FromContextError(ctx.Err()).Err()
		}
		return nil, status.Errorf(codes.Internal, "classify: %v", err)
	}
	return ResultToProto(res), nil
}

func (s *Server) checkMessage(field string, raw []byte) error {
	if len(raw) == 0 {
		return status.Errorf(codes.InvalidArgument, "%s: empty", field)
	}
	if len(raw) > s.o.MaxMessageBytes {
		return status.Errorf(codes.InvalidArgument, "%s: %d bytes is larger than the server's limit of %d bytes (serve --max-message-size)", field, len(raw), s.o.MaxMessageBytes)
	}
	return nil
}

// envelopeFromProto checks and converts an envelope; errors name the field.
func envelopeFromProto(e *pb.Envelope) (scoring.Envelope, error) {
	var env scoring.Envelope
	if e == nil {
		return env, nil
	}
	if ip := strings.TrimSpace(e.GetClientIp()); ip != "" {
		a, err := netip.ParseAddr(strings.Trim(ip, "[]"))
		if err != nil {
			return env, status.Errorf(codes.InvalidArgument, "envelope.client_ip: %q is not an IP address", e.GetClientIp())
		}
		env.ClientIP = a.Unmap()
	}
	env.Helo = e.GetHelo()
	env.ClientName = e.GetClientName()
	env.MailFrom = strings.Trim(e.GetMailFrom(), "<>")
	for i, r := range e.GetRecipients() {
		addr := strings.Trim(strings.TrimSpace(r.GetAddress()), "<>")
		user := strings.TrimSpace(r.GetUserId())
		if addr == "" && user == "" {
			return env, status.Errorf(codes.InvalidArgument, "envelope.recipients[%d]: address and user_id are both empty", i)
		}
		if user == "" {
			user = strings.ToLower(addr)
		}
		env.Recipients = append(env.Recipients, scoring.Recipient{Address: addr, User: user})
	}
	return env, nil
}

// ResultToProto converts an engine result to its wire form.
func ResultToProto(res *classifier.Result) *pb.ClassifyResponse {
	out := &pb.ClassifyResponse{Elapsed: durationpb.New(res.Elapsed)}
	for _, f := range res.Facts {
		out.Facts = append(out.Facts, f.String())
	}
	for _, r := range res.Recipients {
		pr := &pb.RecipientResult{
			Address:   r.Recipient.Address,
			UserId:    r.Recipient.User,
			Score:     r.Score,
			Threshold: r.Threshold,
			Verdict:   verdictToProto(r.Verdict),
			Action:    actionToProto(r.Action),
			SmtpCode:  uint32(r.SMTPCode),
			SmtpText:  r.SMTPText,
		}
		for _, sym := range r.Symbols {
			pr.Symbols = append(pr.Symbols, &pb.Symbol{Name: sym.Name, Score: sym.Score, Detail: sym.Detail})
		}
		for _, h := range r.Headers {
			pr.Headers = append(pr.Headers, &pb.HeaderField{Name: h.Name, Value: h.Value})
		}
		out.Results = append(out.Results, pr)
	}
	return out
}

func verdictToProto(v classifier.Verdict) pb.Verdict {
	switch v {
	case classifier.Ham:
		return pb.Verdict_VERDICT_HAM
	case classifier.Spam:
		return pb.Verdict_VERDICT_SPAM
	case classifier.Unscanned:
		return pb.Verdict_VERDICT_UNSCANNED
	}
	return pb.Verdict_VERDICT_UNSPECIFIED
}

func actionToProto(a classifier.Action) pb.Action {
	switch a {
	case classifier.Accept:
		return pb.Action_ACTION_ACCEPT
	case classifier.AddHeaders:
		return pb.Action_ACTION_ADD_HEADERS
	case classifier.Tempfail:
		return pb.Action_ACTION_TEMPFAIL
	case classifier.Reject:
		return pb.Action_ACTION_REJECT
	case classifier.Quarantine:
		return pb.Action_ACTION_QUARANTINE
	}
	return pb.Action_ACTION_UNSPECIFIED
}
