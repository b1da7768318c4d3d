package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	pb "github.com/mizugiwa/mizugiwa/api/mizugiwa/v1"
	"github.com/mizugiwa/mizugiwa/store"
	"github.com/mizugiwa/mizugiwa/urlfilter"
)

const urlUsage = `Usage:
  mizugiwa url normalize [--json] URL...
  mizugiwa url list add|remove [--server ADDR | --data DIR] [--list block|allow] ENTRY...
  mizugiwa url list show       [--server ADDR | --data DIR] [--list block|allow]
  mizugiwa url list load       [--server ADDR | --data DIR] [--list block|allow] FILE   (one entry a line, # comments)`

func runURL(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "normalize" {
		return runURLNormalize(args[1:], stdout, stderr)
	}
	if len(args) > 1 && args[0] == "list" {
		return runURLList(ctx, args[1], args[2:], stdout, stderr)
	}
	fmt.Fprintln(stderr, urlUsage)
	return errUsage
}

func runURLNormalize(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("url normalize", "[--json] URL...", stderr)
	asJSON := fs.Bool("json", false, "one JSON object per URL")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	bad := 0
	for _, in := range fs.Args() {
		u, err := urlfilter.Normalize(in)
		if err != nil {
			bad++
			if *asJSON {
				enc.Encode(map[string]any{"input": in, "error": err.Error()})
			} else {
				fmt.Fprintf(stderr, "mizugiwa url normalize: %q: %v\n", in, err)
			}
			continue
		}
		if *asJSON {
			enc.Encode(u)
			continue
		}
		fmt.Fprintf(stdout, "input      %s\nnormalized %s\nhost       %s\ndomain     %s\ntricks     %s\n", u.Input, u.Normalized, u.Host, u.Domain, strings.Join(u.Tricks, " "))
		if u.RedirectTarget != "" {
			fmt.Fprintf(stdout, "redirect   %s\n", u.RedirectTarget)
		}
		fmt.Fprintln(stdout)
	}
	if bad > 0 {
		return &exitError{code: 1, err: fmt.Errorf("%d of %d inputs are not URLs", bad, fs.NArg())}
	}
	return nil
}

func runURLList(ctx context.Context, verb string, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("url list "+verb, "", stderr)
	fs.Usage = func() { fmt.Fprintln(stderr, urlUsage); fmt.Fprintln(stderr, "\nFlags:"); fs.PrintDefaults() }
	addr := fs.String("server", "", "go through the server at this address")
	data := fs.String("data", "./data", "store to use locally (when --server is not given)")
	list := fs.String("list", "block", "block or allow")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	var kind urlfilter.ListKind
	var pkind pb.URLListKind
	switch *list {
	case "block":
		kind, pkind = urlfilter.Blocklist, pb.URLListKind_URL_LIST_KIND_BLOCK
	case "allow":
		kind, pkind = urlfilter.Allowlist, pb.URLListKind_URL_LIST_KIND_ALLOW
	default:
		return fmt.Errorf("--list: %q is not block or allow", *list)
	}
	entries := fs.Args()
	switch verb {
	case "add", "remove":
		if len(entries) == 0 {
			fs.Usage()
			return errUsage
		}
	case "show":
		if len(entries) != 0 {
			fs.Usage()
			return errUsage
		}
	case "load":
		if len(entries) != 1 {
			fs.Usage()
			return errUsage
		}
		var err error
		if entries, err = readListFile(entries[0]); err != nil {
			return err
		}
		verb = "add"
	default:
		fs.Usage()
		return errUsage
	}
	for i, e := range entries {
		if _, err := urlfilter.CanonicalEntry(e); err != nil {
			return fmt.Errorf("entry %d %q: %w", i+1, e, err)
		}
	}

	var result []string
	if *addr != "" {
		conn, err := grpc.NewClient(*addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
		if err != nil {
			return fmt.Errorf("connect to %s: %w", *addr, err)
		}
		defer conn.Close()
		cl := pb.NewMizugiwaServiceClient(conn)
		switch verb {
		case "show":
			resp, err := cl.GetURLList(ctx, &pb.GetURLListRequest{List: pkind})
			if err != nil {
				return statusErr(err)
			}
			result = resp.GetList().GetEntries()
		default:
			req := &pb.EditURLListRequest{List: pkind}
			if verb == "add" {
				req.Add = entries
			} else {
				req.Remove = entries
			}
			resp, err := cl.EditURLList(ctx, req)
			if err != nil {
				return statusErr(err)
			}
			result = resp.GetList().GetEntries()
		}
	} else {
		db, err := openStore(*data, store.Options{})
		if err != nil {
			return err
		}
		defer db.Close()
		lists, err := urlfilter.OpenLists(ctx, db)
		if err != nil {
			return err
		}
		switch verb {
		case "add":
			err = lists.Add(ctx, kind, entries...)
		case "remove":
			err = lists.Remove(ctx, kind, entries...)
		}
		if err != nil {
			return err
		}
		result = lists.List(kind)
	}
	if verb == "show" {
		for _, e := range result {
			fmt.Fprintln(stdout, e)
		}
		return nil
	}
	fmt.Fprintf(stdout, "%s list: %d entries\n", *list, len(result))
	return nil
}

// readListFile reads one entry a line, skipping blank lines and # comments.
func readListFile(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if i := strings.IndexByte(s, '#'); i >= 0 {
			s = s[:i]
		}
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		if _, err := urlfilter.CanonicalEntry(s); err != nil {
			return nil, fmt.Errorf("%s:%d: %q: %w", path, line, s, err)
		}
		out = append(out, s)
	}
	return out, sc.Err()
}
