package server

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/timestamppb"

	pb "github.com/mizugiwa/mizugiwa/api/mizugiwa/v1"
	"github.com/mizugiwa/mizugiwa/message"
	"github.com/mizugiwa/mizugiwa/sigdb"
)

func (s *Server) sigs(call string) (*sigdb.DB, error) {
	if s.o.Signatures == nil {
		return nil, status.Errorf(codes.Unimplemented, "%s: this server has no signature database", call)
	}
	return s.o.Signatures, nil
}

// parse parses a message given in field of a request.
func (s *Server) parse(field string, raw []byte) (*message.Message, error) {
	if err := s.checkMessage(field, raw); err != nil {
		return nil, err
	}
	m, err := message.Parse(raw, s.eng.Limits())
	if err != nil {
		return nil, status.Errorf(codes.InvalidArgument, "%s: %v", field, err)
	}
	return m, nil
}

// ReportSignatures implements MizugiwaService.ReportSignatures.
func (s *Server) ReportSignatures(ctx context.Context, req *pb.ReportSignaturesRequest) (*pb.ReportSignaturesResponse, error) {
	db, err := s.sigs("ReportSignatures")
	if err != nil {
		return nil, err
	}
	if len(req.GetMessages()) == 0 {
		return nil, status.Error(codes.InvalidArgument, "messages: empty")
	}
	out := &pb.ReportSignaturesResponse{}
	for i, raw := range req.GetMessages() {
		m, err := s.parse(fmt.Sprintf("messages[%d]", i), raw)
		if err != nil {
			return nil, err
		}
		sigs, skipped, err := db.Add(ctx, m)
		if err != nil {
			return nil, status.Errorf(codes.Internal, "ReportSignatures: messages[%d]: %v", i, err)
		}
		for _, sg := range sigs {
			out.Signatures = append(out.Signatures, SignatureToProto(sg))
		}
		out.SkippedParts += uint32(len(skipped))
	}
	return out, nil
}

// RemoveSignatures implements MizugiwaService.RemoveSignatures.
func (s *Server) RemoveSignatures(ctx context.Context, req *pb.RemoveSignaturesRequest) (*pb.RemoveSignaturesResponse, error) {
	db, err := s.sigs("RemoveSignatures")
	if err != nil {
		return nil, err
	}
	if len(req.GetIds())+len(req.GetMessages()) == 0 {
		return nil, status.Error(codes.InvalidArgument, "ids, messages: give signature ids or messages")
	}
	var ids []sigdb.ID
	for i, s := range req.GetIds() {
		id, err := sigdb.ParseID(s)
		if err != nil {
			return nil, status.Errorf(codes.InvalidArgument, "ids[%d]: %v", i, err)
		}
		ids = append(ids, id)
	}
	var msgs []*message.Message
	for i, raw := range req.GetMessages() {
		m, err := s.parse(fmt.Sprintf("messages[%d]", i), raw)
		if err != nil {
			return nil, err
		}
		msgs = append(msgs, m)
	}
	n := 0
	if len(ids) > 0 {
		if n, err = db.Remove(ctx, ids...); err != nil {
			return nil, status.Errorf(codes.Internal, "RemoveSignatures: %v", err)
		}
	}
	for _, m := range msgs {
		removed, err := db.RemoveMessage(ctx, m)
		if err != nil {
			return nil, status.Errorf(codes.Internal, "RemoveSignatures: %v", err)
		}
		n += len(removed)
	}
	return &pb.RemoveSignaturesResponse{Removed: uint32(n)}, nil
}

// LookupSignatures implements MizugiwaService.LookupSignatures.
func (s *Server) LookupSignatures(ctx context.Context, req *pb.LookupSignaturesRequest) (*pb.LookupSignaturesResponse, error) {
	db, err := s.sigs("LookupSignatures")
	if err != nil {
		return nil, err
	}
	m, err := s.parse("message", req.GetMessage())
	if err != nil {
		return nil, err
	}
	ms, err := db.Check(ctx, m)
	if err != nil {
		return nil, status.Errorf(codes.Internal, "LookupSignatures: %v", err)
	}
	out := &pb.LookupSignaturesResponse{}
	for _, mt := range ms {
		out.Matches = append(out.Matches, &pb.SignatureMatch{PartId: mt.PartID, Signature: SignatureToProto(mt.Signature), Similarity: mt.Similarity})
	}
	return out, nil
}

// FollowSignatures implements MizugiwaService.FollowSignatures: the backlog
// after the cursor, then every new change as it is made, until the client
// goes away.
func (s *Server) FollowSignatures(req *pb.FollowSignaturesRequest, stream grpc.ServerStreamingServer[pb.FollowSignaturesResponse]) error {
	db, err := s.sigs("FollowSignatures")
	if err != nil {
		return err
	}
	ctx := stream.Context()
	cursor := req.GetCursor()
	for {
		wait := db.Notify()
		err := db.Changes(ctx, cursor, func(ev sigdb.Event) error {
			cursor = ev.Seq
			return stream.Send(EventToProto(ev))
		})
		switch {
		case errors.Is(err, sigdb.ErrLogTrimmed):
			return status.Errorf(codes.OutOfRange, "cursor %d: %v; start over from an export", req.GetCursor(), err)
		case ctx.Err() != nil:
			return status.FromContextError(ctx.Err()).Err()
		case err != nil:
			return status.Errorf(codes.Internal, "FollowSignatures: %v", err)
		}
		select {
		case <-wait:
		case <-ctx.Done():
			return status.FromContextError(ctx.Err()).Err()
		case <-s.stopping:
			return status.Error(codes.Unavailable, "server shutting down")
		}
	}
}

// SignatureToProto converts a signature to its wire form. The digest of a
// fuzzy signature is its min-hash, two bytes little-endian per value.
func SignatureToProto(sg sigdb.Signature) *pb.Signature {
	kind := pb.SignatureKind_SIGNATURE_KIND_EXACT
	if sg.Kind == sigdb.Fuzzy {
		kind = pb.SignatureKind_SIGNATURE_KIND_FUZZY
	}
	var digest []byte
	for _, h := range sg.Hashes {
		digest = binary.LittleEndian.AppendUint16(digest, h)
	}
	out := &pb.Signature{
		Id:            sg.ID.String(),
		Kind:          kind,
		Digest:        digest,
		Reports:       uint32(min(sg.Count(), 1<<32-1)),
		ReportsByNode: sg.Reports,
	}
	if !sg.First.IsZero() {
		out.FirstSeen = timestamppb.New(sg.First)
	}
	if !sg.Last.IsZero() {
		out.LastSeen = timestamppb.New(sg.Last)
	}
	if !sg.Expires.IsZero() {
		out.Expires = timestamppb.New(sg.Expires)
	}
	return out
}

// SignatureFromProto is the inverse of SignatureToProto.
func SignatureFromProto(p *pb.Signature) (sigdb.Signature, error) {
	id, err := sigdb.ParseID(p.GetId())
	if err != nil {
		return sigdb.Signature{}, fmt.Errorf("id: %w", err)
	}
	sg := sigdb.Signature{ID: id, Reports: p.GetReportsByNode()}
	switch p.GetKind() {
	case pb.SignatureKind_SIGNATURE_KIND_EXACT:
		sg.Kind = sigdb.Exact
	case pb.SignatureKind_SIGNATURE_KIND_FUZZY:
		sg.Kind = sigdb.Fuzzy
		d := p.GetDigest()
		if len(d)%2 != 0 {
			return sg, errors.New("digest: odd length")
		}
		for i := 0; i < len(d); i += 2 {
			sg.Hashes = append(sg.Hashes, binary.LittleEndian.Uint16(d[i:]))
		}
	default:
		return sg, fmt.Errorf("kind: %v", p.GetKind())
	}
	ts := func(t *timestamppb.Timestamp) time.Time {
		if t == nil {
			return time.Time{}
		}
		return t.AsTime()
	}
	sg.First, sg.Last, sg.Expires = ts(p.GetFirstSeen()), ts(p.GetLastSeen()), ts(p.GetExpires())
	return sg, nil
}

// EventToProto converts a change-log event to its wire form.
func EventToProto(ev sigdb.Event) *pb.FollowSignaturesResponse {
	return &pb.FollowSignaturesResponse{
		Cursor:    ev.Seq,
		Signature: SignatureToProto(ev.Sig),
		Removed:   ev.Op == sigdb.OpRemove,
		Origin:    ev.Origin,
		OriginSeq: ev.OriginSeq,
		Time:      timestamppb.New(ev.Time),
	}
}

// EventFromProto is the inverse of EventToProto, for a follower.
func EventFromProto(p *pb.FollowSignaturesResponse) (sigdb.Event, error) {
	sg, err := SignatureFromProto(p.GetSignature())
	if err != nil {
		return sigdb.Event{}, fmt.Errorf("event %d: signature: %w", p.GetCursor(), err)
	}
	ev := sigdb.Event{Seq: p.GetCursor(), Origin: p.GetOrigin(), OriginSeq: p.GetOriginSeq(), Sig: sg, Op: sigdb.OpUpdate}
	if p.GetTime() != nil {
		ev.Time = p.GetTime().AsTime()
	}
	if p.GetRemoved() {
		ev.Op = sigdb.OpRemove
	}
	return ev, nil
}
