package milter

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/textproto"
	"strings"
	"time"

	gomilter "github.com/emersion/go-milter"
	"google.golang.org/grpc"

	pb "github.com/mizugiwa/mizugiwa/api/mizugiwa/v1"
)

// GRPC adapts a client of the mizugiwa gRPC service to a Classifier.
func GRPC(c pb.MizugiwaServiceClient) Classifier { return grpcClassifier{c} }

type grpcClassifier struct{ c pb.MizugiwaServiceClient }

func (g grpcClassifier) Classify(ctx context.Context, req *pb.ClassifyRequest) (*pb.ClassifyResponse, error) {
	return g.c.Classify(ctx, req, grpc.MaxCallSendMsgSize(2*len(req.GetMessage())+1<<20))
}

// session is the state of one milter connection: the SMTP session's
// client and HELO, and the message in progress.
type session struct {
	s *Server

	clientIP   string
	clientName string
	helo       string

	from     string
	rcpts    []string
	msg      bytes.Buffer
	size     int64
	tooLarge bool
}

var _ gomilter.Milter = (*session)(nil)

// reset forgets the message in progress, keeping the connection's data.
func (ss *session) reset() {
	ss.from = ""
	ss.rcpts = ss.rcpts[:0]
	ss.msg.Reset()
	ss.size = 0
	ss.tooLarge = false
}

// Connect implements gomilter.Milter.
func (ss *session) Connect(host, family string, port uint16, addr net.IP, m *gomilter.Modifier) (gomilter.Response, error) {
	ss.clientName = host
	if addr != nil {
		ss.clientIP = addr.String()
	} else if a := strings.Trim(strings.TrimPrefix(m.Macros["{client_addr}"], "IPv6:"), "[]"); net.ParseIP(a) != nil {
		ss.clientIP = a
	}
	return gomilter.RespContinue, nil
}

// Helo implements gomilter.Milter.
func (ss *session) Helo(name string, m *gomilter.Modifier) (gomilter.Response, error) {
	ss.helo = name
	return gomilter.RespContinue, nil
}

// MailFrom implements gomilter.Milter.
func (ss *session) MailFrom(from string, m *gomilter.Modifier) (gomilter.Response, error) {
	ss.reset()
	ss.from = from
	return gomilter.RespContinue, nil
}

// RcptTo implements gomilter.Milter.
func (ss *session) RcptTo(rcpt string, m *gomilter.Modifier) (gomilter.Response, error) {
	ss.rcpts = append(ss.rcpts, rcpt)
	return gomilter.RespContinue, nil
}

// Header implements gomilter.Milter: it rebuilds the header as received.
func (ss *session) Header(name, value string, m *gomilter.Modifier) (gomilter.Response, error) {
	value = strings.ReplaceAll(strings.ReplaceAll(value, "\r\n", "\n"), "\n", "\r\n")
	ss.add([]byte(name + ": " + value + "\r\n"))
	return gomilter.RespContinue, nil
}

// Headers implements gomilter.Milter.
func (ss *session) Headers(h textproto.MIMEHeader, m *gomilter.Modifier) (gomilter.Response, error) {
	ss.add([]byte("\r\n"))
	return gomilter.RespContinue, nil
}

// BodyChunk implements gomilter.Milter.
func (ss *session) BodyChunk(chunk []byte, m *gomilter.Modifier) (gomilter.Response, error) {
	ss.add(chunk)
	return gomilter.RespContinue, nil
}

// add buffers message bytes until the message grows past MaxSize; then the
// buffer is dropped and only the size is counted.
func (ss *session) add(b []byte) {
	ss.size += int64(len(b))
	if ss.tooLarge {
		return
	}
	if ss.size > ss.s.o.MaxSize {
		ss.tooLarge = true
		ss.msg = bytes.Buffer{}
		return
	}
	ss.msg.Write(b)
}

// Abort implements gomilter.Milter.
func (ss *session) Abort(m *gomilter.Modifier) error {
	ss.reset()
	return nil
}

// Body implements gomilter.Milter: the end of the message, where it is
// classified and the verdicts applied.
func (ss *session) Body(m *gomilter.Modifier) (gomilter.Response, error) {
	defer ss.reset()
	o := ss.s.o
	queueID := m.Macros["i"]
	log := o.Logger.With("queue_id", queueID, "client_ip", ss.clientIP, "from", ss.from, "rcpts", len(ss.rcpts), "size", ss.size)
	if ss.tooLarge {
		log.Info("message passed unscanned", "reason", "too large", "max_size", o.MaxSize)
		return gomilter.RespAccept, m.AddHeader(SkippedHeader, "too large")
	}
	req := &pb.ClassifyRequest{
		Message:  ss.msg.Bytes(),
		QueueId:  queueID,
		Envelope: &pb.Envelope{ClientIp: ss.clientIP, Helo: ss.helo, ClientName: ss.clientName, MailFrom: ss.from},
	}
	for _, r := range ss.rcpts {
		req.Envelope.Recipients = append(req.Envelope.Recipients, &pb.Recipient{Address: r, UserId: strings.ToLower(r)})
	}
	start := time.Now()
	resp, err := ss.classify(req)
	if err == nil && len(resp.GetResults()) != len(ss.rcpts) && len(ss.rcpts) > 0 {
		err = fmt.Errorf("%d results for %d recipients", len(resp.GetResults()), len(ss.rcpts))
	}
	if err != nil {
		log.Warn("message not classified", "err", err, "elapsed", time.Since(start), "on_failure", o.OnFailure.String())
		if o.OnFailure == FailTempfail {
			return gomilter.NewResponseStr(byte(gomilter.ActReplyCode), "451 4.7.1 Spam filter unavailable, try again later"), nil
		}
		return gomilter.RespAccept, m.AddHeader(SkippedHeader, "unavailable")
	}
	d := decide(resp.GetResults())
	log.Info("message classified", "outcome", d.outcome.String(), "removed", len(d.del), "elapsed", time.Since(start), slog.Group("results", resultAttrs(resp.GetResults())...))
	switch d.outcome {
	case outReject, outTempfail:
		return gomilter.NewResponseStr(byte(gomilter.ActReplyCode), d.reply), nil
	}
	for _, i := range d.del {
		r := resp.GetResults()[i]
		log.Info("recipient removed: its copy is dropped as spam", "rcpt", ss.rcpts[i], "score", r.GetScore(), "threshold", r.GetThreshold())
		if err := m.DeleteRecipient(ss.rcpts[i]); err != nil {
			return nil, err
		}
	}
	for _, h := range d.headers {
		if err := m.AddHeader(h.GetName(), oneLine(h.GetValue())); err != nil {
			return nil, err
		}
	}
	if d.outcome == outQuarantine {
		if err := m.Quarantine("spam"); err != nil {
			return nil, err
		}
	}
	return gomilter.RespAccept, nil
}

// classify calls the classifier with the time limit, returning when the
// limit is reached even if the classifier does not honour its context.
func (ss *session) classify(req *pb.ClassifyRequest) (*pb.ClassifyResponse, error) {
	ctx, cancel := context.WithTimeout(context.Background(), ss.s.o.Timeout)
	defer cancel()
	type answer struct {
		resp *pb.ClassifyResponse
		err  error
	}
	c := make(chan answer, 1)
	go func() {
		resp, err := ss.s.o.Classifier.Classify(ctx, req)
		c <- answer{resp, err}
	}()
	select {
	case a := <-c:
		return a.resp, a.err
	case <-ctx.Done():
		return nil, fmt.Errorf("no answer within %v: %w", ss.s.o.Timeout, ctx.Err())
	}
}

// resultAttrs summarises the results for the log: address=verdict/action/score.
func resultAttrs(rs []*pb.RecipientResult) []any {
	out := make([]any, 0, len(rs))
	for _, r := range rs {
		out = append(out, slog.String(r.GetAddress(), fmt.Sprintf("%s/%s/%.2f",
			strings.TrimPrefix(r.GetVerdict().String(), "VERDICT_"), strings.TrimPrefix(r.GetAction().String(), "ACTION_"), r.GetScore())))
	}
	return out
}

// oneLine keeps a header value from breaking the header: newlines become
// folding whitespace.
func oneLine(v string) string {
	if !strings.ContainsAny(v, "\r\n") {
		return v
	}
	return strings.Join(strings.Fields(v), " ")
}
