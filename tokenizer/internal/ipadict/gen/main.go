// Command gen writes the compact IPA dictionary file that package ipadict
// embeds. It loads the full dictionary of github.com/ikawaha/kagome-dict/ipa
// and encodes it with dictfile.Encode and dictfile.DefaultOptions, so that the
// same module version always gives the same bytes.
//
// Usage:
//
//	go run ./gen [-o ipa.bin] [-codec raw|flate] [-level 9]
//
// The package's go:generate line runs it with the defaults.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/ikawaha/kagome-dict/ipa"

	"github.com/mizugiwa/mizugiwa/tokenizer/internal/ipadict/internal/dictfile"
)

func main() {
	out := flag.String("o", "ipa.bin", "output `file`")
	codec := flag.String("codec", dictfile.DefaultOptions().Codec.String(), "section codec: raw or flate")
	level := flag.Int("level", dictfile.DefaultOptions().Level, "DEFLATE level 1..9 for -codec flate (0: 9)")
	flag.Parse()
	if err := run(*out, *codec, *level); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(out, codec string, level int) error {
	opts := dictfile.DefaultOptions()
	switch codec {
	case dictfile.Raw.String():
		opts.Codec = dictfile.Raw
	case dictfile.Flate.String():
		opts.Codec = dictfile.Flate
	default:
		return fmt.Errorf("-codec %q: want raw or flate", codec)
	}
	opts.Level = level
	d := ipa.Dict()
	b, err := dictfile.Encode(d, opts)
	if err != nil {
		return err
	}
	got, err := dictfile.Decode(b)
	if err != nil {
		return fmt.Errorf("check %s: %w", out, err)
	}
	if err := dictfile.Diff(d, got); err != nil {
		return fmt.Errorf("check %s: %w", out, err)
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	return nil
}
