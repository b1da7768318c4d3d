package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"

	pb "github.com/mizugiwa/mizugiwa/api/mizugiwa/v1"
)

// importChunk is how many users a test puts in one stream message.
const importChunk = 1000

// importUsers sends users to ImportUserSettings in chunks and returns the
// server's answer.
func importUsers(ctx context.Context, cl pb.MizugiwaServiceClient, users []*pb.UserSettings) (*pb.ImportUserSettingsResponse, error) {
	stream, err := cl.ImportUserSettings(ctx)
	if err != nil {
		return nil, err
	}
	for len(users) > 0 {
		n := min(importChunk, len(users))
		err := stream.Send(&pb.ImportUserSettingsRequest{Users: users[:n]})
		if errors.Is(err, io.EOF) {
			break // the server ended the call; CloseAndRecv has its status
		}
		if err != nil {
			return nil, err
		}
		users = users[n:]
	}
	return stream.CloseAndRecv()
}

// genUser returns the i-th user of a generated import, with settings that
// vary with i: some opted out, every mode, some thresholds, some lists.
func genUser(i int) *pb.UserSettings {
	u := &pb.UserSettings{UserId: fmt.Sprintf("user%06d@example.jp", i)}
	if i%10 == 0 {
		u.Filtering = proto.Bool(false)
	}
	u.Mode = pb.FilterMode(i % 4) // unspecified (the default), label, reject, quarantine
	if t := i % 7; t != 0 {
		u.Threshold = proto.Float64(float64(t) + 0.5)
	}
	if i%5 == 0 {
		u.Allow = []string{fmt.Sprintf("friend%d@example.com", i), "192.0.2.0/24"}
	}
	if i%11 == 0 {
		u.Deny = []string{fmt.Sprintf("spam%d.example", i)}
	}
	return u
}

// stored is what GetUserSettings answers for a user imported as in:
// every field set, the unset ones at their defaults.
func stored(in *pb.UserSettings) *pb.UserSettings {
	out := &pb.UserSettings{
		UserId:    in.GetUserId(),
		Filtering: proto.Bool(in.Filtering == nil || in.GetFiltering()),
		Mode:      in.GetMode(),
		Threshold: proto.Float64(in.GetThreshold()),
		Allow:     in.GetAllow(),
		Deny:      in.GetDeny(),
	}
	if out.Mode == pb.FilterMode_FILTER_MODE_UNSPECIFIED {
		out.Mode = pb.FilterMode_FILTER_MODE_LABEL
	}
	return out
}

func getUser(t *testing.T, ctx context.Context, cl pb.MizugiwaServiceClient, user string) *pb.UserSettings {
	t.Helper()
	resp, err := cl.GetUserSettings(ctx, &pb.GetUserSettingsRequest{UserId: user})
	if err != nil {
		t.Fatalf("GetUserSettings(%s): %v", user, err)
	}
	return resp.GetSettings()
}

func TestImportUserSettings100k(t *testing.T) {
	conn := startServer(t, Options{})
	cl := pb.NewMizugiwaServiceClient(conn)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	const n = 100000
	users := make([]*pb.UserSettings, n)
	for i := range users {
		users[i] = genUser(i)
	}
	resp, err := importUsers(ctx, cl, users)
	if err != nil {
		t.Fatal(err)
	}
	if resp.GetUsers() != n {
		t.Errorf("imported %d users, want %d", resp.GetUsers(), n)
	}
	for _, i := range []int{0, 1, 2, 3, 10, 55, 999, 1000, 50001, 77777, n - 1} {
		got, want := getUser(t, ctx, cl, users[i].GetUserId()), stored(users[i])
		if !proto.Equal(got, want) {
			t.Errorf("users[%d]: got %v, want %v", i, got, want)
		}
	}
	// A user not in the import keeps the defaults.
	want := &pb.UserSettings{UserId: "user100000@example.jp", Filtering: proto.Bool(true), Mode: pb.FilterMode_FILTER_MODE_LABEL, Threshold: proto.Float64(0)}
	if got := getUser(t, ctx, cl, want.UserId); !proto.Equal(got, want) {
		t.Errorf("a user not imported: %v, want the defaults", got)
	}
}

// TestImportUserSettingsReplaces: an entry replaces all of a user's
// settings (fields left out go back to their defaults), a user named twice
// gets the last entry, and an empty import writes nothing and succeeds.
func TestImportUserSettingsReplaces(t *testing.T) {
	conn := startServer(t, Options{})
	cl := pb.NewMizugiwaServiceClient(conn)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	old := &pb.UserSettings{UserId: "a@example.jp", Filtering: proto.Bool(false), Mode: pb.FilterMode_FILTER_MODE_REJECT,
		Threshold: proto.Float64(3), Allow: []string{"boss@example.com"}, Deny: []string{"spam.example"}}
	if _, err := cl.SetUserSettings(ctx, &pb.SetUserSettingsRequest{Settings: old}); err != nil {
		t.Fatal(err)
	}
	in := []*pb.UserSettings{
		{UserId: "a@example.jp", Mode: pb.FilterMode_FILTER_MODE_QUARANTINE},
		{UserId: "b@example.jp", Threshold: proto.Float64(2)},
		{UserId: "b@example.jp", Threshold: proto.Float64(4), Deny: []string{"192.0.2.7"}},
	}
	resp, err := importUsers(ctx, cl, in)
	if err != nil {
		t.Fatal(err)
	}
	if resp.GetUsers() != 3 {
		t.Errorf("imported %d, want 3 entries", resp.GetUsers())
	}
	for _, want := range []*pb.UserSettings{stored(in[0]), stored(in[2])} {
		if got := getUser(t, ctx, cl, want.GetUserId()); !proto.Equal(got, want) {
			t.Errorf("got %v, want %v", got, want)
		}
	}
	resp, err = importUsers(ctx, cl, nil)
	if err != nil || resp.GetUsers() != 0 {
		t.Errorf("empty import: %v, %v; want 0 users", resp, err)
	}
}

// TestImportUserSettingsInvalid: one bad entry in the middle of a stream of
// several chunks refuses the whole import, naming the entry and the field,
// and no user of it is written, not even those of earlier chunks.
func TestImportUserSettingsInvalid(t *testing.T) {
	conn := startServer(t, Options{})
	cl := pb.NewMizugiwaServiceClient(conn)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	// A user set before the import must keep these settings.
	before := &pb.UserSettings{UserId: "user000000@example.jp", Filtering: proto.Bool(true), Mode: pb.FilterMode_FILTER_MODE_QUARANTINE,
		Threshold: proto.Float64(8), Allow: []string{"boss@example.com"}}
	if _, err := cl.SetUserSettings(ctx, &pb.SetUserSettingsRequest{Settings: before}); err != nil {
		t.Fatal(err)
	}
	const n, bad = 5000, 2345 // the bad entry is in the third chunk
	cases := []struct {
		name string
		in   *pb.UserSettings
		want []string
	}{
		{"mode", &pb.UserSettings{UserId: "bad@example.jp", Mode: 17}, []string{`users[2345] (user_id "bad@example.jp"): settings.mode`}},
		{"threshold", &pb.UserSettings{UserId: "bad@example.jp", Threshold: proto.Float64(math.NaN())}, []string{`users[2345] (user_id "bad@example.jp"): settings.threshold`}},
		{"allow", &pb.UserSettings{UserId: "bad@example.jp", Allow: []string{"ok.example", "192.0.2.0/40"}}, []string{`users[2345] (user_id "bad@example.jp"): settings.allow`, "entry 1"}},
		{"deny", &pb.UserSettings{UserId: "bad@example.jp", Deny: []string{"not a thing"}}, []string{`users[2345] (user_id "bad@example.jp"): settings.deny`}},
		{"no user", &pb.UserSettings{Mode: pb.FilterMode_FILTER_MODE_REJECT}, []string{"users[2345]: settings.user_id: empty"}},
		{"long user", &pb.UserSettings{UserId: strings.Repeat("x", 256)}, []string{"users[2345]: settings.user_id: 256 bytes"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			users := make([]*pb.UserSettings, n)
			for i := range users {
				users[i] = &pb.UserSettings{UserId: fmt.Sprintf("user%06d@example.jp", i), Mode: pb.FilterMode_FILTER_MODE_REJECT, Threshold: proto.Float64(9)}
			}
			users[bad] = c.in
			_, err := importUsers(ctx, cl, users)
			s := status.Convert(err)
			if s.Code() != codes.InvalidArgument {
				t.Fatalf("got %v %q, want InvalidArgument", s.Code(), s.Message())
			}
			for _, w := range c.want {
				if !strings.Contains(s.Message(), w) {
					t.Errorf("message %q does not contain %q", s.Message(), w)
				}
			}
			if got := getUser(t, ctx, cl, before.UserId); !proto.Equal(got, before) {
				t.Errorf("a user set before the refused import: %v, want %v", got, before)
			}
			for _, i := range []int{1, bad - 1, bad + 1, n - 1} {
				if got := getUser(t, ctx, cl, users[i].UserId); got.GetMode() != pb.FilterMode_FILTER_MODE_LABEL || got.GetThreshold() != 0 {
					t.Errorf("users[%d] of the refused import was written: %v", i, got)
				}
			}
		})
	}
}

// TestImportUserSettingsCancelled: a call cut off before the client closes
// its side writes nothing.
func TestImportUserSettingsCancelled(t *testing.T) {
	conn := startServer(t, Options{})
	cl := pb.NewMizugiwaServiceClient(conn)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	callCtx, cancelCall := context.WithCancel(ctx)
	stream, err := cl.ImportUserSettings(callCtx)
	if err != nil {
		t.Fatal(err)
	}
	users := make([]*pb.UserSettings, 3*importChunk)
	for i := range users {
		users[i] = &pb.UserSettings{UserId: fmt.Sprintf("user%06d@example.jp", i), Mode: pb.FilterMode_FILTER_MODE_REJECT}
	}
	for i := 0; i < len(users); i += importChunk {
		if err := stream.Send(&pb.ImportUserSettingsRequest{Users: users[i : i+importChunk]}); err != nil {
			t.Fatal(err)
		}
	}
	// A call on the same connection after the chunks were sent: the server
	// has received them, so what the cancel discards is real.
	getUser(t, ctx, cl, "user000000@example.jp")
	cancelCall()
	if _, err := stream.CloseAndRecv(); status.Code(err) != codes.Canceled {
		t.Errorf("CloseAndRecv after cancel: %v, want Canceled", err)
	}
	for _, i := range []int{0, importChunk, len(users) - 1} {
		if got := getUser(t, ctx, cl, users[i].UserId); got.GetMode() != pb.FilterMode_FILTER_MODE_LABEL {
			t.Errorf("users[%d] of the cancelled import was written: %v", i, got)
		}
	}
}

// BenchmarkImportUserSettings100k measures a bulk load of 100,000 users
// through a real server on loopback with a synced store: the import is
// re-run over the same users, so every round replaces 100,000 settings.
func BenchmarkImportUserSettings100k(b *testing.B) {
	conn := startServer(b, Options{})
	cl := pb.NewMizugiwaServiceClient(conn)
	ctx := context.Background()
	const n = 100000
	users := make([]*pb.UserSettings, n)
	for i := range users {
		users[i] = genUser(i)
	}
	for b.Loop() {
		resp, err := importUsers(ctx, cl, users)
		if err != nil {
			b.Fatal(err)
		}
		if resp.GetUsers() != n {
			b.Fatalf("imported %d users, want %d", resp.GetUsers(), n)
		}
	}
	b.ReportMetric(n*float64(b.N)/b.Elapsed().Seconds(), "users/s")
}
