package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/mizugiwa/mizugiwa/rules"
	"github.com/mizugiwa/mizugiwa/server"
)

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("serve", "[flags]", stderr)
	data := fs.String("data", "./data", "directory of the embedded store (created if missing)")
	listen := fs.String("listen", "127.0.0.1:7700", "address to listen on (loopback unless told otherwise)")
	maxSize := fs.Int("max-message-size", server.DefaultMaxMessageBytes, "largest message accepted, in bytes")
	grace := fs.Duration("shutdown-grace", 30*time.Second, "how long in-flight calls may run after SIGTERM")
	logLevel := fs.String("log-level", "info", "debug, info, warn or error")
	logFormat := fs.String("log-format", "text", "text or json")
	var peers multiFlag
	fs.Var(&peers, "follow", "replicate the signature database of the mizugiwa server at this address (repeatable)")
	var ef engineFlags
	ef.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	log, err := newLogger(stderr, *logLevel, *logFormat)
	if err != nil {
		return err
	}
	eng, st, err := openEngine(ctx, *data, ef, log)
	if err != nil {
		return err
	}
	defer func() {
		if err := st.Close(); err != nil {
			log.Error("closing store", "err", err)
		}
	}()
	srv, err := server.New(eng, server.Options{MaxMessageBytes: *maxSize, ShutdownGrace: *grace, Logger: log, Learner: st, Users: st.users, Signatures: st.sigs, URLLists: st.lists})
	if err != nil {
		return err
	}
	lis, err := net.Listen("tcp", *listen)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", *listen, err)
	}
	exe, _ := os.Executable()
	if exe == "" {
		exe = "mizugiwa"
	}
	if ef.rules != "" && st.headers != nil {
		go reloadOnHangup(ctx, st.headers, ef.rules, log)
	}
	for _, p := range peers {
		go follow(ctx, p, st.sigs, log.With("peer", p))
	}
	fmt.Fprintf(stdout, "mizugiwa is serving on %s (store %s); classify a message with:\n  %s classify --server %s FILE...\n",
		lis.Addr(), *data, exe, lis.Addr())
	return srv.Serve(ctx, lis)
}

// reloadOnHangup reloads the header rules from path on every SIGHUP; a
// broken file is refused (with its line number in the log) and the rules in
// force stay.
func reloadOnHangup(ctx context.Context, h *rules.Headers, path string, log *slog.Logger) {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	for {
		select {
		case <-ctx.Done():
			return
		case <-hup:
			if err := h.Reload(path); err != nil {
				log.Error("rules not reloaded; the rules in force stay", "file", path, "err", err)
				continue
			}
			log.Info("rules reloaded", "file", path)
		}
	}
}
