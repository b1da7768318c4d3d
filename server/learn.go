package server

import (
	"context"
	"encoding/hex"
	"errors"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	pb "github.com/mizugiwa/mizugiwa/api/mizugiwa/v1"
	"github.com/mizugiwa/mizugiwa/message"
)

// LearnResult is what learning one message changed.
type LearnResult struct {
	Changed bool     // false when the message was already learned with this class
	Digest  [32]byte // identifies the message for Forget
	Tokens  int      // tokens learned
}

// Learner trains the model behind Learn and Forget.
type Learner interface {
	// Learn learns raw as spam or ham for user ("" for the global model).
	Learn(ctx context.Context, raw []byte, user string, spam bool) (LearnResult, error)
	// Forget undoes the learning of raw, or of the message with digest id
	// when raw is empty.
	Forget(ctx context.Context, raw []byte, id [32]byte, user string) (changed bool, digest [32]byte, err error)
}

// Learn implements MizugiwaService.Learn.
func (s *Server) Learn(ctx context.Context, req *pb.LearnRequest) (*pb.LearnResponse, error) {
	if s.o.Learner == nil {
		return nil, status.Error(codes.Unimplemented, "Learn: this server has no Bayes model")
	}
	if err := s.checkMessage("message", req.GetMessage()); err != nil {
		return nil, err
	}
	var spam bool
	switch req.GetClass() {
	case pb.Class_CLASS_SPAM:
		spam = true
	case pb.Class_CLASS_HAM:
	default:
		return nil, status.Errorf(codes.InvalidArgument, "class: %v is not CLASS_SPAM or CLASS_HAM", req.GetClass())
	}
	r, err := s.o.Learner.Learn(ctx, req.GetMessage(), req.GetUserId(), spam)
	if err != nil {
		return nil, learnStatus(ctx, "Learn", err)
	}
	return &pb.LearnResponse{Changed: r.Changed, Digest: hex.EncodeToString(r.Digest[:]), Tokens: uint32(r.Tokens)}, nil
}

// Forget implements MizugiwaService.Forget.
func (s *Server) Forget(ctx context.Context, req *pb.ForgetRequest) (*pb.ForgetResponse, error) {
	if s.o.Learner == nil {
		return nil, status.Error(codes.Unimplemented, "Forget: this server has no Bayes model")
	}
	var id [32]byte
	if len(req.GetMessage()) == 0 {
		d, err := hex.DecodeString(req.GetDigest())
		if err != nil || len(d) != len(id) {
			return nil, status.Errorf(codes.InvalidArgument, "digest: %q is not a 64-digit hex digest (or give message)", req.GetDigest())
		}
		copy(id[:], d)
	} else if err := s.checkMessage("message", req.GetMessage()); err != nil {
		return nil, err
	}
	changed, d, err := s.o.Learner.Forget(ctx, req.GetMessage(), id, req.GetUserId())
	if err != nil {
		return nil, learnStatus(ctx, "Forget", err)
	}
	return &pb.ForgetResponse{Changed: changed, Digest: hex.EncodeToString(d[:])}, nil
}

// learnStatus maps a learner's error to a status.
func learnStatus(ctx context.Context, call string, err error) error {
	switch {
	case errors.Is(err, message.ErrEmpty):
		return status.Error(codes.InvalidArgument, "message: empty")
	case ctx.Err() != nil:
		return status.FromContextError(ctx.Err()).Err()
	case errors.Is(err, ErrInvalidUser):
		return status.Errorf(codes.InvalidArgument, "user_id: %v", err)
	}
	return status.Errorf(codes.Internal, "%s: %v", call, err)
}

// ErrInvalidUser is wrapped by a Learner's error for an unusable user id.
var ErrInvalidUser = errors.New("invalid user id")
