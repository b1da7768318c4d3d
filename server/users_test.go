package server

import (
	"context"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/fieldmaskpb"

	pb "github.com/mizugiwa/mizugiwa/api/mizugiwa/v1"
)

func TestUserSettingsOverGRPC(t *testing.T) {
	conn := startServer(t, Options{})
	cl := pb.NewMizugiwaServiceClient(conn)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	got, err := cl.GetUserSettings(ctx, &pb.GetUserSettingsRequest{UserId: "new@example.jp"})
	if err != nil {
		t.Fatal(err)
	}
	if s := got.Settings; !s.GetFiltering() || s.GetMode() != pb.FilterMode_FILTER_MODE_LABEL || s.GetThreshold() != 0 {
		t.Errorf("defaults: %v", s)
	}

	// Fields that are set change; the others stay.
	set, err := cl.SetUserSettings(ctx, &pb.SetUserSettingsRequest{Settings: &pb.UserSettings{
		UserId: "a@example.jp", Mode: pb.FilterMode_FILTER_MODE_REJECT, Threshold: proto.Float64(3), Allow: []string{"boss@example.com"}}})
	if err != nil {
		t.Fatal(err)
	}
	if s := set.Settings; !s.GetFiltering() || s.GetMode() != pb.FilterMode_FILTER_MODE_REJECT || s.GetThreshold() != 3 || len(s.GetAllow()) != 1 {
		t.Errorf("after set: %v", s)
	}
	// Opt out through the mask; clear the allow list.
	set, err = cl.SetUserSettings(ctx, &pb.SetUserSettingsRequest{
		Settings:   &pb.UserSettings{UserId: "a@example.jp", Filtering: proto.Bool(false)},
		UpdateMask: &fieldmaskpb.FieldMask{Paths: []string{"filtering", "allow"}}})
	if err != nil {
		t.Fatal(err)
	}
	if s := set.Settings; s.GetFiltering() || s.GetMode() != pb.FilterMode_FILTER_MODE_REJECT || len(s.GetAllow()) != 0 {
		t.Errorf("after masked set: %v", s)
	}

	bad := []struct {
		req  *pb.SetUserSettingsRequest
		want string
	}{
		{&pb.SetUserSettingsRequest{Settings: &pb.UserSettings{Mode: pb.FilterMode_FILTER_MODE_LABEL}}, "settings.user_id"},
		{&pb.SetUserSettingsRequest{Settings: &pb.UserSettings{UserId: "a@example.jp", Allow: []string{"192.0.2.0/40"}}}, "settings.allow"},
		{&pb.SetUserSettingsRequest{Settings: &pb.UserSettings{UserId: "a@example.jp", Deny: []string{"not a thing"}}}, "settings.deny"},
		{&pb.SetUserSettingsRequest{Settings: &pb.UserSettings{UserId: "a@example.jp", Mode: 17}}, "settings.mode"},
		{&pb.SetUserSettingsRequest{Settings: &pb.UserSettings{UserId: "a@example.jp"}, UpdateMask: &fieldmaskpb.FieldMask{Paths: []string{"colour"}}}, "update_mask"},
	}
	for _, b := range bad {
		_, err := cl.SetUserSettings(ctx, b.req)
		if s := status.Convert(err); s.Code() != codes.InvalidArgument || !strings.Contains(s.Message(), b.want) {
			t.Errorf("%v: got %v %q, want InvalidArgument naming %s", b.req, s.Code(), s.Message(), b.want)
		}
	}
	after, err := cl.GetUserSettings(ctx, &pb.GetUserSettingsRequest{UserId: "a@example.jp"})
	if err != nil {
		t.Fatal(err)
	}
	if !proto.Equal(after.Settings, set.Settings) {
		t.Errorf("refused updates changed the settings: %v, want %v", after.Settings, set.Settings)
	}
}

// TestMixedRecipients: one message to three users is rejected for one,
// labelled for another and untouched for the third.
func TestMixedRecipients(t *testing.T) {
	conn := startServer(t, Options{})
	cl := pb.NewMizugiwaServiceClient(conn)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for _, s := range []*pb.UserSettings{
		{UserId: "filter", Mode: pb.FilterMode_FILTER_MODE_REJECT, Threshold: proto.Float64(1)},
		{UserId: "label", Mode: pb.FilterMode_FILTER_MODE_LABEL, Threshold: proto.Float64(1)},
		{UserId: "optout", Filtering: proto.Bool(false), Mode: pb.FilterMode_FILTER_MODE_REJECT, Threshold: proto.Float64(1)},
	} {
		if _, err := cl.SetUserSettings(ctx, &pb.SetUserSettingsRequest{Settings: s}); err != nil {
			t.Fatal(err)
		}
	}
	resp, err := cl.Classify(ctx, &pb.ClassifyRequest{
		Message: readTestdata(t, "spam-link-only-html.eml"),
		Envelope: &pb.Envelope{Recipients: []*pb.Recipient{
			{Address: "f@example.jp", UserId: "filter"}, {Address: "l@example.jp", UserId: "label"}, {Address: "o@example.jp", UserId: "optout"}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		v       pb.Verdict
		a       pb.Action
		code    uint32
		headers int
	}{
		{pb.Verdict_VERDICT_SPAM, pb.Action_ACTION_REJECT, 550, 3},
		{pb.Verdict_VERDICT_SPAM, pb.Action_ACTION_ADD_HEADERS, 0, 3},
		{pb.Verdict_VERDICT_UNSCANNED, pb.Action_ACTION_ACCEPT, 0, 0},
	}
	for i, w := range want {
		r := resp.Results[i]
		if r.Verdict != w.v || r.Action != w.a || r.SmtpCode != w.code || len(r.Headers) != w.headers {
			t.Errorf("%s: %v %v %d, %d headers; want %v %v %d, %d headers", r.UserId, r.Verdict, r.Action, r.SmtpCode, len(r.Headers), w.v, w.a, w.code, w.headers)
		}
	}
	if !strings.Contains(resp.Results[0].SmtpText, "spam") {
		t.Errorf("reject text %q", resp.Results[0].SmtpText)
	}
}
