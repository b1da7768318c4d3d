package server

import (
	"context"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	pb "github.com/mizugiwa/mizugiwa/api/mizugiwa/v1"
	"github.com/mizugiwa/mizugiwa/urlfilter"
)

func (s *Server) urlList(call string, k pb.URLListKind) (urlfilter.ListKind, error) {
	if s.o.URLLists == nil {
		return "", status.Errorf(codes.Unimplemented, "%s: this server has no URL lists", call)
	}
	switch k {
	case pb.URLListKind_URL_LIST_KIND_BLOCK:
		return urlfilter.Blocklist, nil
	case pb.URLListKind_URL_LIST_KIND_ALLOW:
		return urlfilter.Allowlist, nil
	}
	return "", status.Errorf(codes.InvalidArgument, "list: %v is not URL_LIST_KIND_BLOCK or URL_LIST_KIND_ALLOW", k)
}

// GetURLList implements MizugiwaService.GetURLList.
func (s *Server) GetURLList(ctx context.Context, req *pb.GetURLListRequest) (*pb.GetURLListResponse, error) {
	k, err := s.urlList("GetURLList", req.GetList())
	if err != nil {
		return nil, err
	}
	return &pb.GetURLListResponse{List: &pb.URLList{List: req.GetList(), Entries: s.o.URLLists.List(k)}}, nil
}

// EditURLList implements MizugiwaService.EditURLList. Every entry is checked
// before anything changes.
func (s *Server) EditURLList(ctx context.Context, req *pb.EditURLListRequest) (*pb.EditURLListResponse, error) {
	k, err := s.urlList("EditURLList", req.GetList())
	if err != nil {
		return nil, err
	}
	for field, entries := range map[string][]string{"add": req.GetAdd(), "remove": req.GetRemove()} {
		for i, e := range entries {
			if _, err := urlfilter.CanonicalEntry(e); err != nil {
				return nil, status.Errorf(codes.InvalidArgument, "%s[%d]: %v", field, i, err)
			}
		}
	}
	if len(req.GetAdd()) > 0 {
		if err := s.o.URLLists.Add(ctx, k, req.GetAdd()...); err != nil {
			return nil, status.Errorf(codes.Internal, "EditURLList: %v", err)
		}
	}
	if len(req.GetRemove()) > 0 {
		if err := s.o.URLLists.Remove(ctx, k, req.GetRemove()...); err != nil {
			return nil, status.Errorf(codes.Internal, "EditURLList: %v", err)
		}
	}
	return &pb.EditURLListResponse{List: &pb.URLList{List: req.GetList(), Entries: s.o.URLLists.List(k)}}, nil
}
