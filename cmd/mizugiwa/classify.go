package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"

	pb "github.com/mizugiwa/mizugiwa/api/mizugiwa/v1"
	"github.com/mizugiwa/mizugiwa/message"
	"github.com/mizugiwa/mizugiwa/scoring"
	"github.com/mizugiwa/mizugiwa/server"
)

// classifyFunc classifies one raw message for the given recipients.
type classifyFunc func(ctx context.Context, raw []byte, rcpts []*pb.Recipient) (*pb.ClassifyResponse, error)

func runClassify(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("classify", "[--server ADDR | --data DIR] [--user U] [--json] FILE...", stderr)
	var cf clientFlags
	cf.register(fs, "classify through the server at this address")
	asJSON := fs.Bool("json", false, "print one JSON object per message")
	var ef engineFlags
	ef.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	files := fs.Args()
	if len(files) == 0 {
		fs.Usage()
		return errUsage
	}
	classify, n, rcpts, closeFn, err := cf.open(ctx, ef, stderr)
	if err != nil {
		return err
	}
	defer closeFn()

	failed := classifyFiles(ctx, files, n, rcpts, classify, *asJSON, stdout, stderr)
	if failed > 0 {
		return &exitError{code: 1, err: fmt.Errorf("%d of %d files could not be classified", failed, len(files))}
	}
	return nil
}

// clientFlags are the flags of the commands that send messages to be
// classified, through a server or an engine in this process.
type clientFlags struct {
	addr, data, user string
	conc, maxSize    int
}

// register defines the flags on fs; serverUsage says what --server is for.
func (c *clientFlags) register(fs *flag.FlagSet, serverUsage string) {
	fs.StringVar(&c.addr, "server", "", serverUsage)
	fs.StringVar(&c.data, "data", "./data", "store to classify with in this process (when --server is not given)")
	fs.StringVar(&c.user, "user", "", "classify for this user (their settings and model)")
	fs.IntVar(&c.conc, "concurrency", 0, "messages in flight at once (default: 4 per CPU with --server, 1 per CPU locally)")
	fs.IntVar(&c.maxSize, "max-message-size", server.DefaultMaxMessageBytes, "largest message sent to the server, in bytes")
}

// open returns a classifyFunc that goes through the server at --server or,
// without one, through an engine on the store in --data; how many messages
// to keep in flight (--concurrency, or by default 4 per CPU through a
// server, where the network hides latency, 1 per CPU locally); the
// recipients that classify for --user; and what to call when done.
func (c *clientFlags) open(ctx context.Context, ef engineFlags, stderr io.Writer) (classifyFunc, int, []*pb.Recipient, func(), error) {
	var rcpts []*pb.Recipient
	if c.user != "" {
		rcpts = []*pb.Recipient{{UserId: c.user}}
	}
	classify, n, closeFn, err := openClassifier(ctx, c.addr, c.data, c.maxSize, ef, stderr)
	if err != nil {
		return nil, 0, nil, nil, err
	}
	if c.conc > 0 {
		n = c.conc
	}
	return classify, n, rcpts, closeFn, nil
}

// openClassifier returns a classifyFunc that goes through the server at addr
// or, when addr is "", through an engine on the store in data; how many
// messages to keep in flight by default; and what to call when done.
func openClassifier(ctx context.Context, addr, data string, maxSize int, ef engineFlags, stderr io.Writer) (classifyFunc, int, func(), error) {
	if addr != "" {
		conn, err := grpc.NewClient(addr,
			grpc.WithTransportCredentials(insecure.NewCredentials()),
			grpc.WithDefaultCallOptions(grpc.MaxCallSendMsgSize(2*maxSize+1<<20), grpc.MaxCallRecvMsgSize(64<<20)))
		if err != nil {
			return nil, 0, nil, fmt.Errorf("connect to %s: %w", addr, err)
		}
		cl := pb.NewMizugiwaServiceClient(conn)
		classify := func(ctx context.Context, raw []byte, rcpts []*pb.Recipient) (*pb.ClassifyResponse, error) {
			req := &pb.ClassifyRequest{Message: raw}
			if rcpts != nil {
				req.Envelope = &pb.Envelope{Recipients: rcpts}
			}
			ctx, cancel := context.WithTimeout(ctx, ef.timeout+5*time.Second)
			defer cancel()
			resp, err := cl.Classify(ctx, req)
			if err != nil {
				s := status.Convert(err)
				return nil, fmt.Errorf("server %s: %s: %s", addr, s.Code(), s.Message())
			}
			return resp, nil
		}
		return classify, 4 * runtime.GOMAXPROCS(0), func() { conn.Close() }, nil
	}
	eng, st, err := openEngine(ctx, data, ef, newQuietLogger(stderr))
	if err != nil {
		return nil, 0, nil, err
	}
	classify := func(ctx context.Context, raw []byte, rcpts []*pb.Recipient) (*pb.ClassifyResponse, error) {
		var env scoring.Envelope
		for _, r := range rcpts {
			env.Recipients = append(env.Recipients, scoring.Recipient{Address: r.Address, User: r.UserId})
		}
		res, err := eng.Classify(ctx, raw, env)
		if err != nil {
			return nil, err
		}
		return server.ResultToProto(res), nil
	}
	return classify, runtime.GOMAXPROCS(0), func() { st.Close() }, nil
}

type fileResult struct {
	resp *pb.ClassifyResponse
	err  error
}

// classifyFiles classifies files with n workers and prints the results in
// the order of files. It returns the number of files that failed.
func classifyFiles(ctx context.Context, files []string, n int, rcpts []*pb.Recipient, classify classifyFunc, asJSON bool, stdout, stderr io.Writer) int {
	results := make([]chan fileResult, len(files))
	for i := range results {
		results[i] = make(chan fileResult, 1)
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(n, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] <- classifyFile(ctx, files[i], rcpts, classify)
			}
		}()
	}
	go func() {
		defer close(next)
		for i := range files {
			select {
			case next <- i:
			case <-ctx.Done():
				for j := i; j < len(files); j++ {
					results[j] <- fileResult{err: ctx.Err()}
				}
				return
			}
		}
	}()
	failed := 0
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	for i, f := range files {
		r := <-results[i]
		if r.err != nil {
			failed++
			fmt.Fprintf(stderr, "mizugiwa classify: %s: %v\n", f, r.err)
			continue
		}
		if asJSON {
			enc.Encode(jsonResult(f, r.resp))
		} else {
			fmt.Fprintln(stdout, textResult(f, r.resp))
		}
	}
	wg.Wait()
	return failed
}

func classifyFile(ctx context.Context, file string, rcpts []*pb.Recipient, classify classifyFunc) fileResult {
	raw, err := os.ReadFile(file)
	if err != nil {
		return fileResult{err: errors.Unwrap(err)}
	}
	if len(raw) == 0 {
		return fileResult{err: errors.New("empty file, not a message")}
	}
	resp, err := classify(ctx, raw, rcpts)
	if err != nil {
		if errors.Is(err, message.ErrEmpty) {
			err = errors.New("empty message")
		}
		return fileResult{err: err}
	}
	if len(resp.GetResults()) == 0 {
		return fileResult{err: errors.New("no result in the answer")}
	}
	return fileResult{resp: resp}
}

type jsonSymbol struct {
	Name   string  `json:"name"`
	Score  float64 `json:"score"`
	Detail string  `json:"detail,omitempty"`
}

type jsonOut struct {
	File      string       `json:"file"`
	User      string       `json:"user,omitempty"`
	Score     float64      `json:"score"`
	Threshold float64      `json:"threshold"`
	Verdict   string       `json:"verdict"`
	Action    string       `json:"action"`
	Symbols   []jsonSymbol `json:"symbols"`
	Facts     []string     `json:"facts,omitempty"`
	ElapsedMS float64      `json:"elapsed_ms"`
}

func jsonResult(file string, resp *pb.ClassifyResponse) jsonOut {
	r := resp.GetResults()[0]
	o := jsonOut{
		File:      file,
		User:      r.GetUserId(),
		Score:     r.GetScore(),
		Threshold: r.GetThreshold(),
		Verdict:   verdictName(r.GetVerdict()),
		Action:    actionName(r.GetAction()),
		Symbols:   []jsonSymbol{},
		Facts:     resp.GetFacts(),
		ElapsedMS: float64(resp.GetElapsed().AsDuration().Microseconds()) / 1000,
	}
	for _, s := range r.GetSymbols() {
		o.Symbols = append(o.Symbols, jsonSymbol{Name: s.GetName(), Score: s.GetScore(), Detail: s.GetDetail()})
	}
	return o
}

func textResult(file string, resp *pb.ClassifyResponse) string {
	r := resp.GetResults()[0]
	var syms []string
	for _, s := range r.GetSymbols() {
		syms = append(syms, fmt.Sprintf("%s=%.2f", s.GetName(), s.GetScore()))
	}
	return fmt.Sprintf("%s\t%s\tscore=%.2f\tthreshold=%.2f\taction=%s\t%s",
		file, verdictName(r.GetVerdict()), r.GetScore(), r.GetThreshold(), actionName(r.GetAction()), strings.Join(syms, ","))
}

func verdictName(v pb.Verdict) string {
	return strings.ToLower(strings.TrimPrefix(v.String(), "VERDICT_"))
}

func actionName(a pb.Action) string {
	return strings.ToLower(strings.TrimPrefix(a.String(), "ACTION_"))
}
