package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/mizugiwa/mizugiwa/corpus"
	"github.com/mizugiwa/mizugiwa/message"
	"github.com/mizugiwa/mizugiwa/rules"
)

const rulesUsage = `Usage:
  mizugiwa rules show                                            print the built-in rules file, to start one of your own
  mizugiwa rules predicates                                      list what "eval PREDICATE" can test, for a rules file
  mizugiwa rules check  [--rules FILE]                           parse a rules file (default: the built-in rules)
  mizugiwa rules report [--rules FILE] --list LIST [--root DIR]  how often each rule fires on labelled mail`

func runRules(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 {
		switch args[0] {
		case "show":
			if len(args) > 1 {
				fmt.Fprintln(stderr, rulesUsage)
				return errUsage
			}
			_, err := stdout.Write(rules.BuiltinRules())
			return err
		case "predicates":
			if len(args) > 1 {
				fmt.Fprintln(stderr, rulesUsage)
				return errUsage
			}
			for _, p := range rules.Predicates() {
				if _, err := fmt.Fprintf(stdout, "%-28s %s\n", p[0], p[1]); err != nil {
					return err
				}
			}
			return nil
		case "check":
			return runRulesCheck(args[1:], stdout, stderr)
		case "report":
			return runRulesReport(ctx, args[1:], stdout, stderr)
		}
	}
	fmt.Fprintln(stderr, rulesUsage)
	return errUsage
}

// loadHeaders returns the header rules of the file at path, or the
// built-in rules for "".
func loadHeaders(path string) (*rules.Headers, error) {
	var set *rules.Set
	if path != "" {
		var err error
		if set, err = rules.LoadFile(path); err != nil {
			return nil, err
		}
	}
	return rules.NewHeaders(set)
}

// runRulesCheck parses a rules file as serve would on start or on SIGHUP,
// so that a broken file is found before a running server refuses it.
func runRulesCheck(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("rules check", "[--rules FILE]", stderr)
	file := fs.String("rules", "", "rules file (default: the built-in rules)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	h, err := loadHeaders(*file)
	if err != nil {
		return err
	}
	set := h.Set()
	trusted := "none (the AUTH_ rules stay silent)"
	if ids := set.AuthServIDs(); len(ids) > 0 {
		trusted = strings.Join(ids, ", ")
	}
	fmt.Fprintf(stdout, "%s: %d rules, %d brands; Authentication-Results trusted from: %s\n", set.Source, len(set.Rules), set.Brands(), trusted)
	return nil
}

// runRulesReport counts how often each header and structure rule fires on
// the spam and ham of a label list, and marks the rules that fire on more
// than 1% of the ham with a weight above 0.5 and no reason given.
func runRulesReport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("rules report", "[--rules FILE] --list LIST [--root DIR]", stderr)
	file := fs.String("rules", "", "rules file (default: the built-in rules)")
	list := fs.String("list", "", "label list: 'spam PATH' and 'ham PATH' lines")
	root := fs.String("root", corpus.DefaultDir(), "directory the list's relative paths start from")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *list == "" {
		fs.Usage()
		return errUsage
	}
	h, err := loadHeaders(*file)
	if err != nil {
		return err
	}
	entries, err := corpus.ReadLabelList(*list, *root)
	if err != nil {
		return err
	}
	tally := rules.NewTally(h, rules.NewStructure(nil))
	st, err := corpus.WalkEntries(ctx, entries, nil, func(it corpus.Item) error {
		m, err := message.Parse(it.Data, message.Limits{})
		if errors.Is(err, message.ErrEmpty) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", it.Name(), err)
		}
		tally.Add(ctx, m, it.Label == corpus.Spam)
		return nil
	})
	if err != nil {
		return err
	}
	ns, nh := tally.Messages()
	if ns == 0 && nh == 0 {
		return fmt.Errorf("%s: no messages (%s)", *list, st)
	}
	pct := func(a, n int) float64 {
		if n == 0 {
			return 0
		}
		return 100 * float64(a) / float64(n)
	}
	fmt.Fprintf(stdout, "%-26s %6s %15s %15s\n", "rule", "weight", fmt.Sprintf("spam/%d", ns), fmt.Sprintf("ham/%d", nh))
	flagged := 0
	for _, f := range tally.Firings() {
		mark := ""
		if f.NeedsReason {
			mark = "  ! over 1% of ham: lower the weight or say why in the description"
			flagged++
		}
		fmt.Fprintf(stdout, "%-26s %6.2f %6d %7.2f%% %6d %7.2f%%%s\n", f.Name, f.Weight, f.Spam, pct(f.Spam, ns), f.Ham, pct(f.Ham, nh), mark)
	}
	if st.Skipped > 0 {
		fmt.Fprintf(stderr, "mizugiwa rules report: %s\n", st)
	}
	if flagged > 0 {
		return &exitError{code: 1, err: fmt.Errorf("%d rules fire on more than 1%% of the ham with no reason given", flagged)}
	}
	return nil
}
