package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	pb "github.com/mizugiwa/mizugiwa/api/mizugiwa/v1"
	"github.com/mizugiwa/mizugiwa/message"
	"github.com/mizugiwa/mizugiwa/server"
	"github.com/mizugiwa/mizugiwa/sigdb"
	"github.com/mizugiwa/mizugiwa/store"
)

const sigUsage = `Usage:
  mizugiwa sig add    [--server ADDR | --data DIR] FILE...       add the signatures of spam messages
  mizugiwa sig remove [--server ADDR | --data DIR] FILE...       remove the signatures of these messages
  mizugiwa sig remove [--server ADDR | --data DIR] --id ID...    remove signatures by id
  mizugiwa sig check  [--server ADDR | --data DIR] [--json] FILE...
  mizugiwa sig export [--data DIR] [--out FILE]                  write every signature (versioned line-JSON)
  mizugiwa sig import [--data DIR] FILE                          merge an export (all or nothing)`

// sigAccess reaches the signature database through a server or locally.
type sigAccess struct {
	cl    pb.MizugiwaServiceClient
	db    *sigdb.DB
	close func()
}

func openSigAccess(addr, data string) (*sigAccess, error) {
	if addr != "" {
		conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()),
			grpc.WithDefaultCallOptions(grpc.MaxCallSendMsgSize(256<<20)))
		if err != nil {
			return nil, fmt.Errorf("connect to %s: %w", addr, err)
		}
		return &sigAccess{cl: pb.NewMizugiwaServiceClient(conn), close: func() { conn.Close() }}, nil
	}
	st, err := openStore(data, store.Options{})
	if err != nil {
		return nil, err
	}
	db, err := sigdb.Open(st, sigdb.Options{})
	if err != nil {
		st.Close()
		return nil, err
	}
	return &sigAccess{db: db, close: func() { st.Close() }}, nil
}

func parseFile(file string) (*message.Message, []byte, error) {
	raw, err := os.ReadFile(file)
	if err != nil {
		return nil, nil, err
	}
	m, err := message.Parse(raw, message.Limits{})
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", file, err)
	}
	return m, raw, nil
}

func runSig(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprintln(stderr, sigUsage)
		return errUsage
	}
	verb := args[0]
	fs := newFlagSet("sig "+verb, "", stderr)
	fs.Usage = func() { fmt.Fprintln(stderr, sigUsage); fmt.Fprintln(stderr, "\nFlags:"); fs.PrintDefaults() }
	addr := fs.String("server", "", "go through the server at this address")
	data := fs.String("data", "./data", "store to use locally (when --server is not given)")
	asJSON := fs.Bool("json", false, "check: one JSON object per file")
	out := fs.String("out", "", "export: write to this file instead of standard output")
	var ids multiFlag
	fs.Var(&ids, "id", "remove: a signature id (repeatable)")
	if err := parseFlags(fs, args[1:]); err != nil {
		return err
	}
	files := fs.Args()
	switch verb {
	case "add", "check":
		if len(files) == 0 {
			fs.Usage()
			return errUsage
		}
	case "remove":
		if len(files)+len(ids) == 0 {
			fs.Usage()
			return errUsage
		}
	case "export":
		if *addr != "" || len(files) > 0 {
			return errors.New("export works on a local store (--data); a running server's signatures can be followed with serve --follow")
		}
	case "import":
		if *addr != "" || len(files) != 1 {
			fs.Usage()
			return errUsage
		}
	default:
		fs.Usage()
		return errUsage
	}
	a, err := openSigAccess(*addr, *data)
	if err != nil {
		return err
	}
	defer a.close()
	switch verb {
	case "add":
		return a.add(ctx, files, stdout)
	case "remove":
		return a.remove(ctx, ids, files, stdout)
	case "check":
		return a.check(ctx, files, *asJSON, stdout)
	case "export":
		w := stdout
		if *out != "" {
			f, err := os.Create(*out)
			if err != nil {
				return err
			}
			defer f.Close()
			w = f
		}
		n, err := a.db.Export(ctx, w)
		if err != nil {
			return err
		}
		fmt.Fprintf(stderr, "exported %d signatures\n", n)
		return nil
	case "import":
		f, err := os.Open(files[0])
		if err != nil {
			return err
		}
		defer f.Close()
		n, err := a.db.Import(ctx, f)
		if err != nil {
			return fmt.Errorf("%s: %w (nothing imported)", files[0], err)
		}
		fmt.Fprintf(stdout, "imported %d signatures\n", n)
	}
	return nil
}

func (a *sigAccess) add(ctx context.Context, files []string, stdout io.Writer) error {
	for _, f := range files {
		m, raw, err := parseFile(f)
		if err != nil {
			return err
		}
		var n, skipped int
		if a.cl != nil {
			resp, err := a.cl.ReportSignatures(ctx, &pb.ReportSignaturesRequest{Messages: [][]byte{raw}})
			if err != nil {
				return fmt.Errorf("%s: %w", f, statusErr(err))
			}
			n, skipped = len(resp.Signatures), int(resp.SkippedParts)
		} else {
			sigs, skips, err := a.db.Add(ctx, m)
			if err != nil {
				return fmt.Errorf("%s: %w", f, err)
			}
			n, skipped = len(sigs), len(skips)
		}
		fmt.Fprintf(stdout, "%s: %d signatures added or reported again, %d parts too short or too common\n", f, n, skipped)
	}
	return nil
}

func (a *sigAccess) remove(ctx context.Context, ids, files []string, stdout io.Writer) error {
	if a.cl != nil {
		req := &pb.RemoveSignaturesRequest{Ids: ids}
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				return err
			}
			req.Messages = append(req.Messages, raw)
		}
		resp, err := a.cl.RemoveSignatures(ctx, req)
		if err != nil {
			return statusErr(err)
		}
		fmt.Fprintf(stdout, "removed %d signatures\n", resp.Removed)
		return nil
	}
	var parsed []sigdb.ID
	for _, s := range ids {
		id, err := sigdb.ParseID(s)
		if err != nil {
			return fmt.Errorf("--id %s: %w", s, err)
		}
		parsed = append(parsed, id)
	}
	n := 0
	if len(parsed) > 0 {
		var err error
		if n, err = a.db.Remove(ctx, parsed...); err != nil {
			return err
		}
	}
	for _, f := range files {
		m, _, err := parseFile(f)
		if err != nil {
			return err
		}
		removed, err := a.db.RemoveMessage(ctx, m)
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		n += len(removed)
	}
	fmt.Fprintf(stdout, "removed %d signatures\n", n)
	return nil
}

type jsonSigMatch struct {
	Part       string  `json:"part"`
	ID         string  `json:"id"`
	Kind       string  `json:"kind"`
	Similarity float64 `json:"similarity"`
	Reports    uint32  `json:"reports"`
}

func (a *sigAccess) check(ctx context.Context, files []string, asJSON bool, stdout io.Writer) error {
	enc := json.NewEncoder(stdout)
	for _, f := range files {
		m, raw, err := parseFile(f)
		if err != nil {
			return err
		}
		var matches []*pb.SignatureMatch
		if a.cl != nil {
			resp, err := a.cl.LookupSignatures(ctx, &pb.LookupSignaturesRequest{Message: raw})
			if err != nil {
				return fmt.Errorf("%s: %w", f, statusErr(err))
			}
			matches = resp.Matches
		} else {
			ms, err := a.db.Check(ctx, m)
			if err != nil {
				return fmt.Errorf("%s: %w", f, err)
			}
			for _, mt := range ms {
				matches = append(matches, &pb.SignatureMatch{PartId: mt.PartID, Signature: server.SignatureToProto(mt.Signature), Similarity: mt.Similarity})
			}
		}
		out := []jsonSigMatch{}
		for _, mt := range matches {
			kind := "exact"
			if mt.GetSignature().GetKind() == pb.SignatureKind_SIGNATURE_KIND_FUZZY {
				kind = "fuzzy"
			}
			out = append(out, jsonSigMatch{Part: mt.GetPartId(), ID: mt.GetSignature().GetId(), Kind: kind, Similarity: mt.GetSimilarity(), Reports: mt.GetSignature().GetReports()})
		}
		if asJSON {
			enc.Encode(struct {
				File    string         `json:"file"`
				Matches []jsonSigMatch `json:"matches"`
			}{f, out})
			continue
		}
		if len(out) == 0 {
			fmt.Fprintf(stdout, "%s\tno match\n", f)
		}
		for _, mt := range out {
			part := mt.Part
			if part == "" {
				part = "body"
			}
			fmt.Fprintf(stdout, "%s\tpart %s\t%s %s\tsimilarity %.2f\treports %d\n", f, part, mt.Kind, mt.ID, mt.Similarity, mt.Reports)
		}
	}
	return nil
}
