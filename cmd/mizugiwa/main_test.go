package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/mizugiwa/mizugiwa/classifier"
	"github.com/mizugiwa/mizugiwa/rules"
)

var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "mizugiwa-bin")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "mizugiwa")
	out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "build: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// startServe runs "mizugiwa serve" and waits until it prints its banner.
func startServe(t *testing.T, data string, extra ...string) (*exec.Cmd, string, *bytes.Buffer) {
	t.Helper()
	return startServeAt(t, data, freeAddr(t), extra...)
}

func startServeAt(t *testing.T, data, addr string, extra ...string) (*exec.Cmd, string, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(binary, append([]string{"serve", "--data", data, "--listen", addr}, extra...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			cmd.Wait()
		}
	})
	ready := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if strings.Contains(sc.Text(), "serving on") {
				ready <- sc.Text()
			}
		}
		close(ready)
	}()
	select {
	case line, ok := <-ready:
		if !ok {
			t.Fatalf("serve exited before serving: %s", stderr.String())
		}
		if !strings.Contains(line, addr) {
			t.Fatalf("banner %q does not name %s", line, addr)
		}
	case <-time.After(30 * time.Second):
		t.Fatalf("serve did not start: %s", stderr.String())
	}
	return cmd, addr, &stderr
}

func mizugiwa(args ...string) (stdout, stderr string, code int) {
	cmd := exec.Command(binary, args...)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	code = 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		code = -1
	}
	return o.String(), e.String(), code
}

func testFiles(t *testing.T) []string {
	files, err := filepath.Glob("../../server/testdata/*.eml")
	if err != nil || len(files) < 2 {
		t.Fatalf("test messages: %v %v", files, err)
	}
	return files
}

func TestServeClassifyShutdown(t *testing.T) {
	data := t.TempDir()
	cmd, addr, serveErr := startServe(t, data)
	files := testFiles(t)

	out, errOut, code := mizugiwa(append([]string{"classify", "--server", addr, "--json"}, files...)...)
	if code != 0 {
		t.Fatalf("classify exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(files) {
		t.Fatalf("%d lines for %d files:\n%s", len(lines), len(files), out)
	}
	for i, l := range lines {
		var r struct {
			File      string   `json:"file"`
			Score     *float64 `json:"score"`
			Threshold float64  `json:"threshold"`
			Verdict   string   `json:"verdict"`
			Action    string   `json:"action"`
			Symbols   []struct {
				Name  string  `json:"name"`
				Score float64 `json:"score"`
			} `json:"symbols"`
		}
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("line %d is not JSON: %v: %s", i, err, l)
		}
		if r.File != files[i] || r.Score == nil || r.Threshold != 5 || (r.Verdict != "ham" && r.Verdict != "spam") || r.Action == "" || r.Symbols == nil {
			t.Errorf("line %d: %s", i, l)
		}
	}

	// The store is held by the server: local classify says so.
	_, errOut, code = mizugiwa("classify", "--data", data, files[0])
	if code == 0 || !strings.Contains(errOut, "--server") {
		t.Errorf("local classify on a served store: exit %d, %q; want an error suggesting --server", code, errOut)
	}

	// A missing file is named, the others are still classified.
	missing := filepath.Join(t.TempDir(), "nope.eml")
	out, errOut, code = mizugiwa("classify", "--server", addr, files[0], missing, files[1])
	if code != 1 || !strings.Contains(errOut, missing) || strings.Count(out, "\n") != 2 {
		t.Errorf("exit %d, stderr %q, stdout %q; want exit 1, the missing file named, two results", code, errOut, out)
	}

	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	werr := make(chan error, 1)
	go func() { werr <- cmd.Wait() }()
	select {
	case err := <-werr:
		if err != nil {
			t.Fatalf("serve after SIGTERM: %v\n%s", err, serveErr)
		}
	case <-time.After(60 * time.Second):
		t.Fatal("serve did not stop after SIGTERM")
	}

	// The store was closed cleanly: it opens locally now.
	out, errOut, code = mizugiwa("classify", "--data", data, files[0])
	if code != 0 || !strings.HasPrefix(out, files[0]+"\t") {
		t.Errorf("local classify after shutdown: exit %d, %q %q", code, out, errOut)
	}
}

func TestUsageErrors(t *testing.T) {
	cases := []struct {
		args []string
		code int
		want string
	}{
		{nil, 2, "Commands:"},
		{[]string{"frobnicate"}, 2, "unknown command"},
		{[]string{"classify"}, 2, "Usage: mizugiwa classify"},
		{[]string{"serve", "--nope"}, 2, "flag provided but not defined"},
		{[]string{"serve", "--log-level", "loud", "--data", "DATA"}, 1, "--log-level"},
		{[]string{"tune", "--train", "LIST", "--bayes-combining", "chi2"}, 1, "--bayes-combining"},
	}
	for _, c := range cases {
		for i, a := range c.args {
			if a == "DATA" {
				c.args[i] = t.TempDir()
			}
		}
		_, errOut, code := mizugiwa(c.args...)
		if code != c.code || !strings.Contains(errOut, c.want) {
			t.Errorf("mizugiwa %v: exit %d, %q; want %d and %q", c.args, code, errOut, c.code, c.want)
		}
	}
	out, _, code := mizugiwa("version")
	if code != 0 || !strings.HasPrefix(out, "mizugiwa ") {
		t.Errorf("version: %d %q", code, out)
	}
}

func TestUserCommands(t *testing.T) {
	data := t.TempDir()
	steps := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"user", "set", "--data", data, "alice", "--mode", "reject", "--threshold", "6", "--allow", "boss@example.com 192.0.2.0/24"}, 0, "mode reject"},
		{[]string{"user", "set", "alice", "--data", data, "--filtering", "off"}, 0, "filtering off"},
		{[]string{"user", "set", "--data", data, "alice", "--threshold", "high"}, 1, "--threshold"},
		{[]string{"user", "set", "--data", data, "alice", "--allow", "192.0.2.0/99"}, 1, "settings.allow"},
		{[]string{"user", "get", "--data", data, "--json", "alice"}, 0, `"allow":["boss@example.com","192.0.2.0/24"],"deny":[],"filtering":false,"mode":"reject","threshold":6`},
		{[]string{"user", "get", "--data", data, "nobody"}, 0, "filtering on\nmode label\nthreshold default"},
		{[]string{"user", "set", "--data", data, "alice"}, 1, "at least one"},
	}
	for _, s := range steps {
		out, errOut, code := mizugiwa(s.args...)
		if code != s.code || !strings.Contains(out+errOut, s.want) {
			t.Errorf("mizugiwa %v: exit %d, %q %q; want %d and %q", s.args, code, out, errOut, s.code, s.want)
		}
	}
	csv := filepath.Join(t.TempDir(), "users.csv")
	if err := os.WriteFile(csv, []byte("user,filtering,mode\nbob,on,quarantine\ncarol,off,label\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := mizugiwa("user", "import", "--data", data, csv)
	if code != 0 || !strings.Contains(out, "imported 2 users") {
		t.Fatalf("import: %d %q %q", code, out, errOut)
	}
	out, _, _ = mizugiwa("user", "get", "--data", data, "bob")
	if !strings.Contains(out, "mode quarantine") {
		t.Errorf("bob after import: %q", out)
	}
}

func stopServe(t *testing.T, cmd *exec.Cmd) {
	t.Helper()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("serve after SIGTERM: %v", err)
	}
}

// waitMatch polls "sig check --server addr" until file matches a signature
// or the time is up, and returns how long it took.
func waitMatch(t *testing.T, addr, file string, within time.Duration) time.Duration {
	t.Helper()
	start := time.Now()
	for {
		out, errOut, code := mizugiwa("sig", "check", "--server", addr, "--json", file)
		if code != 0 {
			t.Fatalf("sig check: %d %s", code, errOut)
		}
		if !strings.Contains(out, `"matches":[]`) {
			return time.Since(start)
		}
		if time.Since(start) > within {
			t.Fatalf("%s did not match on %s within %v", file, addr, within)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestSignatureReplication runs two real servers on loopback: B follows A.
// Signatures added on A appear on B within a second and survive a restart
// of either.
func TestSignatureReplication(t *testing.T) {
	spam, err := filepath.Glob("../../sigdb/testdata/spam/*")
	if err != nil || len(spam) < 3 {
		t.Fatalf("need three spam messages in sigdb/testdata, found %v", spam)
	}
	dataA, dataB := t.TempDir(), t.TempDir()
	a, addrA, _ := startServe(t, dataA)
	b, addrB, _ := startServe(t, dataB, "--follow", addrA)

	if _, errOut, code := mizugiwa("sig", "add", "--server", addrA, spam[0]); code != 0 {
		t.Fatalf("sig add: %s", errOut)
	}
	if d := waitMatch(t, addrB, spam[0], time.Second); d > time.Second {
		t.Errorf("replicated in %v, want within a second", d)
	}

	// Restart the follower: what it had stays, and it catches up.
	stopServe(t, b)
	if _, errOut, code := mizugiwa("sig", "add", "--server", addrA, spam[1]); code != 0 {
		t.Fatalf("sig add: %s", errOut)
	}
	b, _, _ = startServeAt(t, dataB, addrB, "--follow", addrA)
	waitMatch(t, addrB, spam[0], time.Second)
	waitMatch(t, addrB, spam[1], 5*time.Second)

	// Restart the leader on the same address: the follower reconnects.
	stopServe(t, a)
	a, _, _ = startServeAt(t, dataA, addrA)
	waitMatch(t, addrA, spam[0], time.Second)
	if _, errOut, code := mizugiwa("sig", "add", "--server", addrA, spam[2]); code != 0 {
		t.Fatalf("sig add: %s", errOut)
	}
	waitMatch(t, addrB, spam[2], 15*time.Second)

	// A removal on the leader reaches the follower too.
	if _, errOut, code := mizugiwa("sig", "remove", "--server", addrA, spam[0]); code != 0 {
		t.Fatalf("sig remove: %s", errOut)
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		out, _, _ := mizugiwa("sig", "check", "--server", addrB, "--json", spam[0])
		if strings.Contains(out, `"matches":[]`) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("removal did not reach the follower: %s", out)
		}
		time.Sleep(20 * time.Millisecond)
	}
	stopServe(t, b)
	stopServe(t, a)
}

func TestURLCommands(t *testing.T) {
	out, _, code := mizugiwa("url", "normalize", "--json", "http://www.bank.co.jp@3232235777/login", "https://www.google.com/url?q=http://evil.example/x")
	if code != 0 {
		t.Fatalf("normalize: exit %d", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("normalize printed %q", out)
	}
	var u struct {
		Input, Normalized, Host, Domain string
		Tricks                          []string
		RedirectTarget                  string `json:"redirect_target"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &u); err != nil || u.Host != "192.168.1.1" || !strings.Contains(strings.Join(u.Tricks, ","), "userinfo") {
		t.Errorf("first URL: %+v %v", u, err)
	}
	if err := json.Unmarshal([]byte(lines[1]), &u); err != nil || u.RedirectTarget == "" || u.Domain != "evil.example" {
		t.Errorf("redirect: %+v %v", u, err)
	}
	if _, _, code := mizugiwa("url", "normalize", "http://999.1.1.1/"); code != 1 {
		t.Errorf("an invalid IP host: exit %d, want 1", code)
	}

	srv, addr, _ := startServe(t, t.TempDir())
	defer stopServe(t, srv)
	steps := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"url", "list", "add", "--server", addr, "evil.example", "bad.example.co.jp"}, 0, "block list: 2 entries"},
		{[]string{"url", "list", "add", "--server", addr, "--list", "allow", "example.jp"}, 0, "allow list: 1 entries"},
		{[]string{"url", "list", "remove", "--server", addr, "evil.example"}, 0, "block list: 1 entries"},
		{[]string{"url", "list", "show", "--server", addr}, 0, "bad.example.co.jp\n"},
		{[]string{"url", "list", "add", "--server", addr, "bad host!"}, 1, "entry 1"},
	}
	for _, s := range steps {
		out, errOut, code := mizugiwa(s.args...)
		if code != s.code || !strings.Contains(out+errOut, s.want) {
			t.Errorf("mizugiwa %v: exit %d, %q %q; want %d and %q", s.args, code, out, errOut, s.code, s.want)
		}
	}
}

func TestTuneWritesUsableWeights(t *testing.T) {
	out := filepath.Join(t.TempDir(), "w.json")
	_, errOut, code := mizugiwa("tune", "--train", "../../../shared/corpus/ja-dev/labels.tsv", "--root", "../../../shared/corpus/ja-dev", "--folds", "2", "--out", out)
	if code != 0 {
		t.Fatalf("tune: exit %d: %s", code, errOut)
	}
	if !strings.Contains(errOut, "out-of-fold samples") || !strings.Contains(errOut, "BAYES_") {
		t.Errorf("tune printed no report: %s", errOut)
	}
	// Fixed symbols (the rules marked fixed, the URL tricks by default) keep
	// their scorers' weights: the file does not name them unless asked to.
	symbols := func(path string) map[string]float64 {
		t.Helper()
		w, err := classifier.LoadWeights(path)
		if err != nil {
			t.Fatal(err)
		}
		return w.Symbols
	}
	for _, name := range []string{"URL_USERINFO", "SUBJ_JA_AD_LABEL", "BODY_JA_ACCOUNT_THREAT"} {
		if _, ok := symbols(out)[name]; ok {
			t.Errorf("tune fitted the fixed symbol %s", name)
		}
	}
	all := filepath.Join(t.TempDir(), "all.json")
	if _, errOut, code := mizugiwa("tune", "--train", "../../../shared/corpus/ja-dev/labels.tsv", "--root", "../../../shared/corpus/ja-dev", "--folds", "2", "--fixed", "", "--out", all); code != 0 {
		t.Fatalf("tune --fixed '': exit %d: %s", code, errOut)
	}
	if _, ok := symbols(all)["URL_USERINFO"]; !ok {
		t.Errorf("tune --fixed '' left URL_USERINFO out")
	}
	files := testFiles(t)
	stdout, errOut, code := mizugiwa(append([]string{"classify", "--data", t.TempDir(), "--weights", out, "--json"}, files...)...)
	if code != 0 || strings.Count(stdout, "\n") != len(files) {
		t.Errorf("classify with tuned weights: exit %d, %q %q", code, stdout, errOut)
	}
	if _, errOut, code := mizugiwa("classify", "--data", t.TempDir(), "--weights", filepath.Join(t.TempDir(), "missing.json"), files[0]); code == 0 || !strings.Contains(errOut, "--weights") {
		t.Errorf("a missing weights file: exit %d, %q", code, errOut)
	}
}

// TestRulesReloadOnHangup: serve --rules FILE reloads the file on SIGHUP; a
// broken file is refused and the rules in force stay.
func TestRulesReloadOnHangup(t *testing.T) {
	rulesFile := filepath.Join(t.TempDir(), "local.rules")
	write := func(src string) {
		if err := os.WriteFile(rulesFile, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("rule LOCAL_ANY_SUBJECT 1.5\ndescribe any subject at all\nexists Subject\n")
	srv, addr, serveErr := startServe(t, t.TempDir(), "--rules", rulesFile, "--weights", "none", "--scorers", "headers")
	defer stopServe(t, srv)
	file := testFiles(t)[0]
	symbols := func() string {
		out, errOut, code := mizugiwa("classify", "--server", addr, file)
		if code != 0 {
			t.Fatalf("classify: %s", errOut)
		}
		return out
	}
	if got := symbols(); !strings.Contains(got, "LOCAL_ANY_SUBJECT=1.50") {
		t.Fatalf("the rules file is not in force: %s", got)
	}
	waitFor := func(cond func() bool) bool {
		for range 100 {
			if cond() {
				return true
			}
			time.Sleep(20 * time.Millisecond)
		}
		return false
	}
	write("rule LOCAL_RENAMED 2.5\ndescribe any subject at all\nexists Subject\n")
	srv.Process.Signal(syscall.SIGHUP)
	if !waitFor(func() bool { return strings.Contains(symbols(), "LOCAL_RENAMED=2.50") }) {
		t.Fatalf("SIGHUP did not reload the rules: %s", symbols())
	}
	write("rule LOCAL_RENAMED 2.5\ndescribe any subject at all\nexists Subject\n\nrule broken weight\n")
	srv.Process.Signal(syscall.SIGHUP)
	if !waitFor(func() bool { return strings.Contains(serveErr.String(), "rules not reloaded") }) {
		t.Fatalf("a broken rules file was not reported: %s", serveErr.String())
	}
	if !strings.Contains(serveErr.String(), "local.rules:5") || !strings.Contains(symbols(), "LOCAL_RENAMED=2.50") {
		t.Errorf("after a broken reload: log %q, symbols %q; want the line named and the old rules in force", serveErr.String(), symbols())
	}
}

func TestUserImportThroughServer(t *testing.T) {
	srv, addr, _ := startServe(t, t.TempDir())
	defer stopServe(t, srv)
	csv := filepath.Join(t.TempDir(), "users.csv")
	if err := os.WriteFile(csv, []byte("user,filtering,mode,deny\nbob,on,quarantine,spam.example\ncarol,off,label,\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := mizugiwa("user", "import", "--server", addr, csv)
	if code != 0 || !strings.Contains(out, "imported 2 users") {
		t.Fatalf("import: %d %q %q", code, out, errOut)
	}
	out, _, _ = mizugiwa("user", "get", "--server", addr, "bob")
	if !strings.Contains(out, "mode quarantine") || !strings.Contains(out, "deny spam.example") {
		t.Errorf("bob after import: %q", out)
	}
	if err := os.WriteFile(csv, []byte("user,mode\ndave,reject\nerin,drop\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, errOut, code := mizugiwa("user", "import", "--server", addr, csv); code != 1 || !strings.Contains(errOut, "line 3: mode") {
		t.Errorf("a bad row: exit %d, %q", code, errOut)
	}
	if out, _, _ := mizugiwa("user", "get", "--server", addr, "dave"); !strings.Contains(out, "mode label\nthreshold default") {
		t.Errorf("dave after a refused import: %q", out)
	}
}

// TestRulesCommands: rules check parses the built-in set and names the line
// of a broken file; rules report counts firings on a label list and fails
// when a rule fires on more than 1% of the ham with no reason given.
func TestRulesCommands(t *testing.T) {
	dir := t.TempDir()
	out, errOut, code := mizugiwa("rules", "check")
	if code != 0 || !regexp.MustCompile(`^builtin\.rules: [1-9][0-9]* rules, [1-9][0-9]* brands; Authentication-Results trusted from: none `).MatchString(out) {
		t.Fatalf("rules check: exit %d, %q %q", code, out, errOut)
	}
	shown, errOut, code := mizugiwa("rules", "show")
	if code != 0 || shown != string(rules.BuiltinRules()) {
		t.Fatalf("rules show: exit %d, %d bytes, want the %d of the built-in file; %s", code, len(shown), len(rules.BuiltinRules()), errOut)
	}
	// Every predicate the built-in file uses is listed, with what it tests.
	preds, errOut, code := mizugiwa("rules", "predicates")
	if code != 0 {
		t.Fatalf("rules predicates: exit %d, %s", code, errOut)
	}
	for _, m := range regexp.MustCompile(`(?m)^eval !?([a-z_]+)`).FindAllStringSubmatch(shown, -1) {
		if !regexp.MustCompile(`(?m)^` + m[1] + ` +\S`).MatchString(preds) {
			t.Errorf("rules predicates does not list %s:\n%s", m[1], preds)
		}
	}
	own := filepath.Join(dir, "own.rules")
	if err := os.WriteFile(own, []byte(shown+"\nauthserv mx01.example.jp\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, errOut, code := mizugiwa("rules", "check", "--rules", own); code != 0 || !strings.HasSuffix(out, "trusted from: mx01.example.jp\n") {
		t.Errorf("rules check of a file with an authserv line: exit %d, %q %q", code, out, errOut)
	}
	bad := filepath.Join(dir, "bad.rules")
	if err := os.WriteFile(bad, []byte("rule A 1\ndescribe a\nbody =~ /(/\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, errOut, code := mizugiwa("rules", "check", "--rules", bad); code != 1 || !strings.Contains(errOut, "bad.rules:3:") {
		t.Errorf("rules check of a broken file: exit %d, %q; want 1 and the line", code, errOut)
	}

	testdata, err := filepath.Abs("../../rules/testdata/sa")
	if err != nil {
		t.Fatal(err)
	}
	list := filepath.Join(dir, "list.txt")
	labels := "spam spam-2-00809.eml\nspam spam-1-00329.eml\nham easy-ham-2-00481.eml\nham easy-ham-1-00065.eml\n"
	if err := os.WriteFile(list, []byte(labels), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code = mizugiwa("rules", "report", "--list", list, "--root", testdata)
	if code != 0 {
		t.Fatalf("rules report: exit %d: %s", code, errOut)
	}
	// spam-2-00809 has a Subject in capitals, spam-1-00329 does not; no ham does.
	if !regexp.MustCompile(`(?m)^SUBJ_ALL_CAPS +1\.00 +1 +50\.00% +0 +0\.00%$`).MatchString(out) {
		t.Errorf("rules report: no SUBJ_ALL_CAPS line with 1 spam and 0 ham in\n%s", out)
	}

	noisy := filepath.Join(dir, "noisy.rules")
	if err := os.WriteFile(noisy, []byte("rule ANY_SUBJECT 1\ndescribe any Subject\nexists Subject\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, code = mizugiwa("rules", "report", "--rules", noisy, "--list", list, "--root", testdata)
	if code != 1 || !strings.Contains(out, "ANY_SUBJECT") || !strings.Contains(out, "! over 1% of ham") {
		t.Errorf("rules report of a rule firing on all ham: exit %d, output\n%s", code, out)
	}
}

func TestBench(t *testing.T) {
	data := t.TempDir()
	_, addr, _ := startServe(t, data)
	files := testFiles(t)

	out, errOut, code := mizugiwa(append([]string{"bench", "--server", addr, "--passes", "3", "--concurrency", "2", "--json"}, files...)...)
	if code != 0 {
		t.Fatalf("bench exit %d: %s", code, errOut)
	}
	var got struct {
		Target    string             `json:"target"`
		Messages  int                `json:"messages"`
		Requests  int                `json:"requests"`
		Errors    int                `json:"errors"`
		PerSecond float64            `json:"msgs_per_sec"`
		LatencyMS map[string]float64 `json:"latency_ms"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("bench --json: %v\n%s", err, out)
	}
	if got.Target != addr || got.Messages != len(files) || got.Requests != 3*len(files) || got.Errors != 0 ||
		!(got.PerSecond > 0) || !(got.LatencyMS["p50"] > 0) || got.LatencyMS["max"] < got.LatencyMS["p50"] {
		t.Errorf("bench figures: %+v", got)
	}

	// In this process, from a label list, for a time.
	list := filepath.Join(t.TempDir(), "list.txt")
	var lines []string
	for _, f := range files {
		abs, _ := filepath.Abs(f)
		lines = append(lines, "ham "+abs)
	}
	if err := os.WriteFile(list, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code = mizugiwa("bench", "--data", t.TempDir(), "--list", list, "--duration", "200ms", "--warmup", "2")
	if code != 0 || !strings.Contains(out, "msg/s") || !strings.Contains(out, "errors: 0") {
		t.Errorf("bench --data --duration: exit %d\n%s%s", code, out, errOut)
	}

	// A server that is not there: every request fails, and the exit says so.
	out, errOut, code = mizugiwa(append([]string{"bench", "--server", freeAddr(t), "--timeout", "1s"}, files...)...)
	if code != 1 || !strings.Contains(errOut, "requests failed") || !strings.Contains(out, "errors: 2") {
		t.Errorf("bench against no server: exit %d\n%s%s", code, out, errOut)
	}

	for _, args := range [][]string{
		{"bench", "--server", addr},
		{"bench", "--server", addr, "--list", list, files[0]},
		{"bench", "--server", addr, "--passes", "0", files[0]},
		{"bench", "--server", addr, "--warmup", "-1", files[0]},
	} {
		if _, _, code := mizugiwa(args...); code == 0 {
			t.Errorf("%v: exit 0, want a usage error", args)
		}
	}
}
