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
	"strings"
	"syscall"
	"testing"
	"time"
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
func startServe(t *testing.T, data string) (*exec.Cmd, string, *bytes.Buffer) {
	t.Helper()
	addr := freeAddr(t)
	cmd := exec.Command(binary, "serve", "--data", data, "--listen", addr)
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
