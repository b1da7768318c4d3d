package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"

	pb "github.com/mizugiwa/mizugiwa/api/mizugiwa/v1"
	"github.com/mizugiwa/mizugiwa/classifier"
)

// GetUserSettings implements MizugiwaService.GetUserSettings.
func (s *Server) GetUserSettings(ctx context.Context, req *pb.GetUserSettingsRequest) (*pb.GetUserSettingsResponse, error) {
	if s.o.Users == nil {
		return nil, status.Error(codes.Unimplemented, "GetUserSettings: this server keeps no user settings")
	}
	if err := classifier.CheckUser(req.GetUserId()); err != nil {
		return nil, status.Errorf(codes.InvalidArgument, "user_id: %v", err)
	}
	st, err := s.o.Users.Settings(ctx, req.GetUserId())
	if err != nil {
		return nil, status.Errorf(codes.Internal, "GetUserSettings: %v", err)
	}
	return &pb.GetUserSettingsResponse{Settings: SettingsToProto(req.GetUserId(), st)}, nil
}

// SetUserSettings implements MizugiwaService.SetUserSettings.
func (s *Server) SetUserSettings(ctx context.Context, req *pb.SetUserSettingsRequest) (*pb.SetUserSettingsResponse, error) {
	if s.o.Users == nil {
		return nil, status.Error(codes.Unimplemented, "SetUserSettings: this server keeps no user settings")
	}
	in := req.GetSettings()
	user := in.GetUserId()
	if err := classifier.CheckUser(user); err != nil {
		return nil, status.Errorf(codes.InvalidArgument, "settings.user_id: %v", err)
	}
	// The read-modify-write of one user is serialized so that concurrent
	// partial updates do not lose each other's fields.
	s.usersMu.Lock()
	defer s.usersMu.Unlock()
	cur, err := s.o.Users.Settings(ctx, user)
	if err != nil {
		return nil, status.Errorf(codes.Internal, "SetUserSettings: %v", err)
	}
	next, err := ApplySettings(cur, in, req.GetUpdateMask().GetPaths())
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	if err := s.o.Users.Set(ctx, user, next); err != nil {
		return nil, status.Errorf(codes.InvalidArgument, "settings.%v", err)
	}
	return &pb.SetUserSettingsResponse{Settings: SettingsToProto(user, next)}, nil
}

// MaxImportBytes caps the settings one ImportUserSettings call gathers
// before writing them (256 MiB, some two million users with short lists):
// the call is atomic, so everything it carries is held in memory until the
// client closes its side. A larger import is refused with ResourceExhausted
// and must be split into several calls.
const MaxImportBytes = 256 << 20

// allSettings is the update mask that replaces every field of a user's
// settings.
var allSettings = []string{"filtering", "mode", "threshold", "allow", "deny"}

// ImportUserSettings implements MizugiwaService.ImportUserSettings: every
// entry of the stream is checked as it arrives and added to one store batch,
// which is committed, with one sync, only once the client has closed its
// side. An invalid entry, a cancelled call or an import over MaxImportBytes
// ends the call with nothing written.
func (s *Server) ImportUserSettings(stream grpc.ClientStreamingServer[pb.ImportUserSettingsRequest, pb.ImportUserSettingsResponse]) error {
	if s.o.Users == nil {
		return status.Error(codes.Unimplemented, "ImportUserSettings: this server keeps no user settings")
	}
	start := time.Now()
	n, err := s.importUsers(stream)
	if err != nil {
		s.o.Logger.Warn("user settings import failed", "code", status.Code(err).String(), "err", status.Convert(err).Message(), "elapsed", time.Since(start))
		return err
	}
	s.o.Logger.Info("user settings imported", "users", n, "elapsed", time.Since(start))
	return stream.SendAndClose(&pb.ImportUserSettingsResponse{Users: uint64(n)})
}

func (s *Server) importUsers(stream grpc.ClientStreamingServer[pb.ImportUserSettingsRequest, pb.ImportUserSettingsResponse]) (int, error) {
	ctx := stream.Context()
	b := s.o.Users.NewBatch()
	defer b.Close()
	def := classifier.DefaultSettings()
	i := 0
	for {
		req, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return 0, status.Errorf(status.Code(err), "ImportUserSettings: %v (nothing imported)", status.Convert(err).Message())
		}
		for _, in := range req.GetUsers() {
			user := in.GetUserId()
			if err := classifier.CheckUser(user); err != nil {
				return 0, status.Errorf(codes.InvalidArgument, "users[%d]: settings.user_id: %v (nothing imported)", i, err)
			}
			next, err := ApplySettings(def, in, allSettings)
			if err == nil {
				err = b.Set(user, next)
				if err != nil {
					err = fmt.Errorf("settings.%w", err)
				}
			}
			if err != nil {
				return 0, status.Errorf(codes.InvalidArgument, "users[%d] (user_id %q): %v (nothing imported)", i, user, err)
			}
			if b.Size() > MaxImportBytes {
				return 0, status.Errorf(codes.ResourceExhausted, "users[%d]: the import is over %d MiB, the most one call writes at once; split it (nothing imported)", i, MaxImportBytes>>20)
			}
			i++
		}
	}
	// Held while committing so that the batch does not land in the middle
	// of a SetUserSettings read-modify-write.
	s.usersMu.Lock()
	err := b.Commit(ctx)
	s.usersMu.Unlock()
	if err != nil {
		if ctx.Err() != nil {
			return 0, status.FromContextError(ctx.Err()).Err()
		}
		return 0, status.Errorf(codes.Internal, "ImportUserSettings: %v", err)
	}
	return b.Len(), nil
}

// ApplySettings returns cur changed by the fields of in named by paths (or,
// when paths is empty, the fields set in in). Errors name the field.
func ApplySettings(cur classifier.Settings, in *pb.UserSettings, paths []string) (classifier.Settings, error) {
	if len(paths) == 0 {
		if in.Filtering != nil {
			paths = append(paths, "filtering")
		}
		if in.GetMode() != pb.FilterMode_FILTER_MODE_UNSPECIFIED {
			paths = append(paths, "mode")
		}
		if in.Threshold != nil {
			paths = append(paths, "threshold")
		}
		if len(in.GetAllow()) > 0 {
			paths = append(paths, "allow")
		}
		if len(in.GetDeny()) > 0 {
			paths = append(paths, "deny")
		}
	}
	next := cur
	def := classifier.DefaultSettings()
	var err error
	for _, p := range paths {
		switch strings.TrimPrefix(p, "settings.") {
		case "filtering":
			next.Filtering = def.Filtering
			if in.Filtering != nil {
				next.Filtering = in.GetFiltering()
			}
		case "mode":
			switch in.GetMode() {
			case pb.FilterMode_FILTER_MODE_UNSPECIFIED:
				next.Mode = def.Mode
			case pb.FilterMode_FILTER_MODE_LABEL:
				next.Mode = classifier.ModeLabel
			case pb.FilterMode_FILTER_MODE_REJECT:
				next.Mode = classifier.ModeReject
			case pb.FilterMode_FILTER_MODE_QUARANTINE:
				next.Mode = classifier.ModeQuarantine
			default:
				return cur, fmt.Errorf("settings.mode: %d is not label, reject or quarantine", in.GetMode())
			}
		case "threshold":
			t := in.GetThreshold()
			if math.IsNaN(t) || math.IsInf(t, 0) {
				return cur, fmt.Errorf("settings.threshold: %v is not a finite number", t)
			}
			next.Threshold = t
		case "allow":
			if next.Allow, err = classifier.ParseSenderList(in.GetAllow()); err != nil {
				return cur, fmt.Errorf("settings.allow: %v", err)
			}
		case "deny":
			if next.Deny, err = classifier.ParseSenderList(in.GetDeny()); err != nil {
				return cur, fmt.Errorf("settings.deny: %v", err)
			}
		default:
			return cur, fmt.Errorf("update_mask: unknown field %q (want filtering, mode, threshold, allow, deny)", p)
		}
	}
	return next, nil
}

// ModeToProto converts a filter mode to its wire form.
func ModeToProto(m classifier.Mode) pb.FilterMode {
	switch m {
	case classifier.ModeReject:
		return pb.FilterMode_FILTER_MODE_REJECT
	case classifier.ModeQuarantine:
		return pb.FilterMode_FILTER_MODE_QUARANTINE
	}
	return pb.FilterMode_FILTER_MODE_LABEL
}

// SettingsToProto converts a user's settings to their wire form.
func SettingsToProto(user string, s classifier.Settings) *pb.UserSettings {
	return &pb.UserSettings{
		UserId:    user,
		Filtering: proto.Bool(s.Filtering),
		Mode:      ModeToProto(s.Mode),
		Threshold: proto.Float64(s.Threshold),
		Allow:     s.Allow.Entries(),
		Deny:      s.Deny.Entries(),
	}
}
