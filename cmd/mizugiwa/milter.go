package main

import (
	"context"
	"fmt"
	"io"
	stdlog "log"
	"log/slog"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	pb "github.com/mizugiwa/mizugiwa/api/mizugiwa/v1"
	"github.com/mizugiwa/mizugiwa/milter"
	"github.com/mizugiwa/mizugiwa/server"
)

func runMilter(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("milter", "--listen ADDR (--server ADDR | --data DIR) [flags]", stderr)
	listen := fs.String("listen", "127.0.0.1:7790", "milter address: HOST:PORT, inet:PORT@HOST or unix:/path")
	addr := fs.String("server", "", "address of a running mizugiwa server to classify through")
	data := fs.String("data", "", "classify in-process with the store in this directory instead of a server")
	timeout := fs.Duration("timeout", milter.DefaultTimeout, "longest wait for a verdict before --on-failure applies")
	onFailure := fs.String("on-failure", "accept", "answer when the engine fails or is slow: accept (deliver unscanned) or tempfail (451)")
	maxSize := fs.Int64("max-size", milter.DefaultMaxSize, "largest message scanned, in bytes; larger ones pass with X-Spam-Skipped: too large")
	logLevel := fs.String("log-level", "info", "debug, info, warn or error")
	logFormat := fs.String("log-format", "text", "text or json")
	// The engine flags of serve, but for --timeout, which here is the
	// milter's: the engine gets four fifths of it so that a slow message
	// still gets a verdict from the scorers that finished.
	var ef engineFlags
	fs.Float64Var(&ef.threshold, "threshold", 5, "with --data: default spam threshold")
	fs.Int64Var(&ef.cacheMB, "cache-mb", 64, "with --data: store block cache in MiB")
	fs.StringVar(&ef.scorers, "scorers", "all", "with --data: scorers to run: all, or a comma-separated list of structure, bayes, url, sigdb")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 || (*addr == "") == (*data == "") {
		fmt.Fprintln(stderr, "mizugiwa milter: give exactly one of --server and --data")
		fs.Usage()
		return errUsage
	}
	fail, err := milter.ParseFailureAction(*onFailure)
	if err != nil {
		return fmt.Errorf("--on-failure: %w", err)
	}
	log, err := newLogger(stderr, *logLevel, *logFormat)
	if err != nil {
		return err
	}
	// The milter library reports broken connections through the standard
	// logger; send those to the same structured log.
	stdlog.SetFlags(0)
	stdlog.SetOutput(slog.NewLogLogger(log.Handler(), slog.LevelWarn).Writer())
	var cl milter.Classifier
	if *addr != "" {
		conn, err := grpc.NewClient(*addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
		if err != nil {
			return fmt.Errorf("--server %s: %w", *addr, err)
		}
		defer conn.Close()
		cl = milter.GRPC(pb.NewMizugiwaServiceClient(conn))
	} else {
		ef.timeout = max(*timeout-*timeout/5, time.Millisecond)
		eng, st, err := openEngine(ctx, *data, ef, log)
		if err != nil {
			return err
		}
		defer func() {
			if err := st.Close(); err != nil {
				log.Error("closing store", "err", err)
			}
		}()
		srv, err := server.New(eng, server.Options{MaxMessageBytes: int(*maxSize), Logger: log})
		if err != nil {
			return err
		}
		cl = srv
	}
	m, err := milter.New(milter.Options{Classifier: cl, Timeout: *timeout, OnFailure: fail, MaxSize: *maxSize, Logger: log})
	if err != nil {
		return err
	}
	lis, err := milter.Listen(*listen)
	if err != nil {
		return err
	}
	postfix := "inet:" + lis.Addr().String()
	if lis.Addr().Network() == "unix" {
		postfix = "unix:" + lis.Addr().String()
	}
	fmt.Fprintf(stdout, "mizugiwa milter is listening on %s; in Postfix main.cf:\n  smtpd_milters = %s\n", lis.Addr(), postfix)
	return m.Serve(ctx, lis)
}
