package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/fieldmaskpb"

	pb "github.com/mizugiwa/mizugiwa/api/mizugiwa/v1"
	"github.com/mizugiwa/mizugiwa/classifier"
	"github.com/mizugiwa/mizugiwa/server"
	"github.com/mizugiwa/mizugiwa/store"
)

const userUsage = `Usage:
  mizugiwa user get    [--server ADDR | --data DIR] [--json] USER
  mizugiwa user set    [--server ADDR | --data DIR] USER [--filtering on|off] [--mode label|reject|quarantine]
                       [--threshold N] [--allow LIST] [--deny LIST]
  mizugiwa user import [--server ADDR | --data DIR] FILE.csv

LIST is space-, comma- or semicolon-separated sender addresses, domains, IPs and CIDR blocks.
The CSV has a header row naming the columns user, filtering, mode, threshold, allow, deny.`

func runUser(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprintln(stderr, userUsage)
		return errUsage
	}
	switch args[0] {
	case "get", "set":
		return runUserGetSet(ctx, args[0], args[1:], stdout, stderr)
	case "import":
		return runUserImport(ctx, args[1:], stdout, stderr)
	}
	fmt.Fprintln(stderr, userUsage)
	return errUsage
}

// userAccess reaches user settings through a server or a local store.
type userAccess struct {
	cl    pb.MizugiwaServiceClient
	users *classifier.Users
	close func()
}

func openUserAccess(addr, data string) (*userAccess, error) {
	if addr != "" {
		conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
		if err != nil {
			return nil, fmt.Errorf("connect to %s: %w", addr, err)
		}
		return &userAccess{cl: pb.NewMizugiwaServiceClient(conn), close: func() { conn.Close() }}, nil
	}
	db, err := openStore(data, store.Options{})
	if err != nil {
		return nil, err
	}
	return &userAccess{users: classifier.NewUsers(db), close: func() { db.Close() }}, nil
}

func (a *userAccess) get(ctx context.Context, user string) (*pb.UserSettings, error) {
	if a.cl != nil {
		resp, err := a.cl.GetUserSettings(ctx, &pb.GetUserSettingsRequest{UserId: user})
		if err != nil {
			return nil, statusErr(err)
		}
		return resp.Settings, nil
	}
	if err := classifier.CheckUser(user); err != nil {
		return nil, fmt.Errorf("user: %w", err)
	}
	s, err := a.users.Settings(ctx, user)
	if err != nil {
		return nil, err
	}
	return server.SettingsToProto(user, s), nil
}

func (a *userAccess) set(ctx context.Context, in *pb.UserSettings, mask []string) (*pb.UserSettings, error) {
	if a.cl != nil {
		resp, err := a.cl.SetUserSettings(ctx, &pb.SetUserSettingsRequest{Settings: in, UpdateMask: &fieldmaskpb.FieldMask{Paths: mask}})
		if err != nil {
			return nil, statusErr(err)
		}
		return resp.Settings, nil
	}
	if err := classifier.CheckUser(in.GetUserId()); err != nil {
		return nil, fmt.Errorf("user: %w", err)
	}
	cur, err := a.users.Settings(ctx, in.GetUserId())
	if err != nil {
		return nil, err
	}
	next, err := server.ApplySettings(cur, in, mask)
	if err != nil {
		return nil, err
	}
	if err := a.users.Set(ctx, in.GetUserId(), next); err != nil {
		return nil, err
	}
	return server.SettingsToProto(in.GetUserId(), next), nil
}

func statusErr(err error) error {
	s := status.Convert(err)
	return fmt.Errorf("%s: %s", s.Code(), s.Message())
}

func runUserGetSet(ctx context.Context, verb string, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("user "+verb, "[flags] USER", stderr)
	fs.Usage = func() { fmt.Fprintln(stderr, userUsage); fmt.Fprintln(stderr, "\nFlags:"); fs.PrintDefaults() }
	addr := fs.String("server", "", "manage settings through the server at this address")
	data := fs.String("data", "./data", "store to manage locally (when --server is not given)")
	asJSON := fs.Bool("json", false, "print the settings as JSON")
	filtering := fs.String("filtering", "", "on, or off to opt the user out of filtering")
	mode := fs.String("mode", "", "what happens to the user's spam: label, reject or quarantine")
	threshold := fs.String("threshold", "", "the user's spam threshold (empty: the server default)")
	allow := fs.String("allow", "", "the user's allow list (replaces the old one; \"\" clears it)")
	deny := fs.String("deny", "", "the user's deny list (replaces the old one; \"\" clears it)")
	// USER may stand before, between or after the flags.
	var users []string
	for {
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if fs.NArg() == 0 {
			break
		}
		users = append(users, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(users) != 1 {
		fs.Usage()
		return errUsage
	}
	user := users[0]
	in := &pb.UserSettings{UserId: user}
	var mask []string
	var err error
	fs.Visit(func(f *flag.Flag) {
		if err != nil {
			return
		}
		switch f.Name {
		case "filtering":
			var b bool
			if b, err = classifier.ParseBool(*filtering); err != nil {
				err = fmt.Errorf("--filtering: %w", err)
				return
			}
			in.Filtering = proto.Bool(b)
		case "mode":
			var m classifier.Mode
			if m, err = classifier.ParseMode(*mode); err != nil {
				err = fmt.Errorf("--mode: %w", err)
				return
			}
			in.Mode = server.ModeToProto(m)
		case "threshold":
			var t float64
			if t, err = classifier.ParseThreshold(*threshold); err != nil {
				err = fmt.Errorf("--threshold: %w", err)
				return
			}
			in.Threshold = proto.Float64(t)
		case "allow":
			in.Allow = strings.FieldsFunc(*allow, isListSep)
		case "deny":
			in.Deny = strings.FieldsFunc(*deny, isListSep)
		default:
			return
		}
		mask = append(mask, f.Name)
	})
	if err != nil {
		return err
	}
	if verb == "get" && len(mask) > 0 {
		return errors.New("get takes no settings; use set")
	}
	if verb == "set" && len(mask) == 0 {
		return errors.New("set: give at least one of --filtering, --mode, --threshold, --allow, --deny")
	}
	a, err := openUserAccess(*addr, *data)
	if err != nil {
		return err
	}
	defer a.close()
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	var out *pb.UserSettings
	if verb == "get" {
		out, err = a.get(ctx, user)
	} else {
		out, err = a.set(ctx, in, mask)
	}
	if err != nil {
		return err
	}
	printSettings(stdout, out, *asJSON)
	return nil
}

func isListSep(r rune) bool { return r == ' ' || r == ',' || r == ';' || r == '\t' }

func printSettings(w io.Writer, s *pb.UserSettings, asJSON bool) {
	mode := strings.ToLower(strings.TrimPrefix(s.GetMode().String(), "FILTER_MODE_"))
	if asJSON {
		json.NewEncoder(w).Encode(map[string]any{
			"user": s.GetUserId(), "filtering": s.GetFiltering(), "mode": mode,
			"threshold": s.GetThreshold(), "allow": nonNil(s.GetAllow()), "deny": nonNil(s.GetDeny()),
		})
		return
	}
	onOff := "on"
	if !s.GetFiltering() {
		onOff = "off"
	}
	th := "default"
	if s.GetThreshold() != 0 {
		th = fmt.Sprint(s.GetThreshold())
	}
	fmt.Fprintf(w, "user %s\nfiltering %s\nmode %s\nthreshold %s\nallow %s\ndeny %s\n",
		s.GetUserId(), onOff, mode, th, strings.Join(s.GetAllow(), " "), strings.Join(s.GetDeny(), " "))
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func runUserImport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("user import", "[--server ADDR | --data DIR] FILE.csv", stderr)
	addr := fs.String("server", "", "import through the server at this address (one ImportUserSettings call, all or nothing)")
	data := fs.String("data", "./data", "store to import into (when --server is not given)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errUsage
	}
	file := fs.Arg(0)
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	a, err := openUserAccess(*addr, *data)
	if err != nil {
		return err
	}
	defer a.close()
	start := time.Now()
	var n int
	if a.users != nil {
		n, err = a.users.ImportCSV(ctx, f)
	} else {
		n, err = a.importRemote(ctx, f)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	fmt.Fprintf(stdout, "imported %d users in %.2fs\n", n, time.Since(start).Seconds())
	return nil
}

// Chunks of an import sent to the server: a thousand users, or fewer when
// their lists are long, so that a message stays well below gRPC's default
// 4 MiB limit.
const (
	importChunkUsers = 1000
	importChunkBytes = 1 << 20
)

// importRemote streams the users of a CSV to the server's
// ImportUserSettings while reading it. The server writes them only when the
// whole file has been sent, so a bad row (the call is then cancelled) or a
// row the server refuses leaves every user as they were.
func (a *userAccess) importRemote(ctx context.Context, r io.Reader) (int, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	stream, err := a.cl.ImportUserSettings(ctx)
	if err != nil {
		return 0, statusErr(err)
	}
	var (
		chunk     []*pb.UserSettings
		size      int
		serverErr error
	)
	send := func() error {
		err := stream.Send(&pb.ImportUserSettingsRequest{Users: chunk})
		chunk, size = nil, 0
		if errors.Is(err, io.EOF) {
			// The server ended the call; its status says why.
			_, err = stream.CloseAndRecv()
		}
		if err != nil {
			serverErr = statusErr(err)
		}
		return serverErr
	}
	err = classifier.ReadUsersCSV(ctx, r, func(us classifier.UserSettings) error {
		p := server.SettingsToProto(us.User, us.Settings)
		chunk = append(chunk, p)
		size += proto.Size(p)
		if len(chunk) >= importChunkUsers || size >= importChunkBytes {
			return send()
		}
		return nil
	})
	if serverErr != nil {
		return 0, serverErr
	}
	if err != nil {
		return 0, fmt.Errorf("%w (nothing imported)", err)
	}
	if len(chunk) > 0 {
		if err := send(); err != nil {
			return 0, err
		}
	}
	resp, err := stream.CloseAndRecv()
	if err != nil {
		return 0, statusErr(err)
	}
	return int(resp.GetUsers()), nil
}
