# mizugiwa — build, run and test.
#
#   make run     fetch what is needed, start the server on 127.0.0.1:7700 with ./data
#   make test    run every test
#
# Tool versions are pinned here and fetched through the Go module proxy.

GO          ?= go
BIN         := bin/mizugiwa
DATA        ?= ./data
LISTEN      ?= 127.0.0.1:7700
TOOLS       := $(CURDIR)/.tools
CORPUS      ?= $(or $(MIZUGIWA_CORPUS),$(or $(XDG_CACHE_HOME),$(HOME)/.cache)/mizugiwa/corpus/spamassassin)

BUF_VERSION             := v1.75.0
PROTOC_GEN_GO_VERSION   := v1.36.12
PROTOC_GEN_GRPC_VERSION := v1.6.2

.PHONY: all build run test test-short vet fmt bench proto corpus clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/mizugiwa

# run trains a starter model from the SpamAssassin corpus and the Japanese
# starter mail (corpus/starter/ja and ja-more to ja-more-6) the first time (an
# existing model is left as it is), then serves.
run: build corpus
	@$(BIN) train --data $(DATA) --if-untrained \
		--spam $(CORPUS)/data/spam-1 --spam $(CORPUS)/data/spam-2 \
		--spam corpus/starter/ja/spam --spam corpus/starter/ja-more/spam --spam corpus/starter/ja-more-2/spam \
		--spam corpus/starter/ja-more-3/spam --spam corpus/starter/ja-more-4/spam \
		--spam corpus/starter/ja-more-5/spam --spam corpus/starter/ja-more-6/spam \
		--ham $(CORPUS)/data/easy-ham-1 --ham $(CORPUS)/data/easy-ham-2 --ham $(CORPUS)/data/hard-ham-1 \
		--ham corpus/starter/ja/ham --ham corpus/starter/ja-more/ham --ham corpus/starter/ja-more-2/ham \
		--ham corpus/starter/ja-more-3/ham --ham corpus/starter/ja-more-4/ham \
		--ham corpus/starter/ja-more-5/ham --ham corpus/starter/ja-more-6/ham
	@$(BIN) serve --data $(DATA) --listen $(LISTEN)

# test runs every test; the corpus is fetched once (and reused) first.
test: corpus vet
	$(GO) test -count=1 -timeout 30m ./...

test-short: vet
	$(GO) test -short -count=1 ./...

vet:
	$(GO) vet ./...
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go') | grep -v '\.pb\.go$$' || true); \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

fmt:
	gofmt -w $$(git ls-files '*.go' | grep -v '\.pb\.go$$')

bench: corpus
	$(GO) test -run '^$$' -bench . -benchmem ./...

corpus:
	$(GO) run ./cmd/mizugiwa corpus fetch spamassassin --dir $(CORPUS)

$(TOOLS)/buf:
	GOBIN=$(TOOLS) $(GO) install github.com/bufbuild/buf/cmd/buf@$(BUF_VERSION)
$(TOOLS)/protoc-gen-go:
	GOBIN=$(TOOLS) $(GO) install google.golang.org/protobuf/cmd/protoc-gen-go@$(PROTOC_GEN_GO_VERSION)
$(TOOLS)/protoc-gen-go-grpc:
	GOBIN=$(TOOLS) $(GO) install google.golang.org/grpc/cmd/protoc-gen-go-grpc@$(PROTOC_GEN_GRPC_VERSION)

proto: $(TOOLS)/buf $(TOOLS)/protoc-gen-go $(TOOLS)/protoc-gen-go-grpc
	$(TOOLS)/buf lint
	$(TOOLS)/buf generate

clean:
	rm -rf bin
