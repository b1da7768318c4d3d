package main

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	pb "github.com/mizugiwa/mizugiwa/api/mizugiwa/v1"
	"github.com/mizugiwa/mizugiwa/server"
	"github.com/mizugiwa/mizugiwa/sigdb"
)

// follow replicates the signature database of the node at addr into db until
// ctx is done: the backlog first, then every change as the peer makes it.
// After a disconnect it resumes from the last event received. Applying is
// idempotent per origin, so the cursor is kept in memory only: a restarted
// follower reads the peer's log again from the start and applies only what
// it lacks.
func follow(ctx context.Context, addr string, db *sigdb.DB, log *slog.Logger) {
	var cursor uint64
	backoff := 100 * time.Millisecond
	for ctx.Err() == nil {
		n, err := followOnce(ctx, addr, db, &cursor)
		if ctx.Err() != nil {
			return
		}
		if n > 0 {
			backoff = 100 * time.Millisecond
		}
		log.Warn("signature replication interrupted; retrying", "peer", addr, "cursor", cursor, "err", err, "retry_in", backoff)
		select {
		case <-time.After(backoff):
		case <-ctx.Done():
			return
		}
		backoff = min(2*backoff, 10*time.Second)
	}
}

func followOnce(ctx context.Context, addr string, db *sigdb.DB, cursor *uint64) (int, error) {
	conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	stream, err := pb.NewMizugiwaServiceClient(conn).FollowSignatures(ctx, &pb.FollowSignaturesRequest{Cursor: *cursor})
	if err != nil {
		return 0, err
	}
	n := 0
	for {
		resp, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			return n, errors.New("peer closed the stream")
		}
		if err != nil {
			return n, err
		}
		ev, err := server.EventFromProto(resp)
		if err != nil {
			return n, err
		}
		if _, err := db.Apply(ctx, []sigdb.Event{ev}); err != nil {
			return n, err
		}
		*cursor = resp.GetCursor()
		n++
	}
}
