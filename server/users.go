package server

import (
	"context"
	"fmt"
	"math"
	"strings"

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
