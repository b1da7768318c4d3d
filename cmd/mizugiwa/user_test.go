package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// usersCSV writes a CSV of n users named prefix000000 on; row bad (-1 for
// none) gets an invalid mode. Data row i is on line i+2.
func usersCSV(t *testing.T, prefix string, n, bad int) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("user,filtering,mode,threshold,allow,deny\n")
	modes := []string{"label", "reject", "quarantine"}
	for i := range n {
		mode := modes[i%3]
		if i == bad {
			mode = "drop"
		}
		filtering := "on"
		if i%10 == 0 {
			filtering = "off"
		}
		allow := ""
		if i%5 == 0 {
			allow = fmt.Sprintf("friend%d@example.com;192.0.2.0/24", i)
		}
		fmt.Fprintf(&b, "%s%06d,%s,%s,%d,%s,\n", prefix, i, filtering, mode, 1+i%7, allow)
	}
	file := filepath.Join(t.TempDir(), "users.csv")
	if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return file
}

// TestUserImportThroughServerChunks: an import of several stream chunks
// lands whole, and a bad row after the first chunks were sent leaves every
// user of the file untouched.
func TestUserImportThroughServerChunks(t *testing.T) {
	srv, addr, _ := startServe(t, t.TempDir())
	defer stopServe(t, srv)
	const n = 2500 // three chunks
	out, errOut, code := mizugiwa("user", "import", "--server", addr, usersCSV(t, "u", n, -1))
	if code != 0 || !strings.Contains(out, fmt.Sprintf("imported %d users", n)) {
		t.Fatalf("import: %d %q %q", code, out, errOut)
	}
	for _, c := range []struct{ user, want string }{
		{"u000000", "filtering off\nmode label\nthreshold 1\nallow friend0@example.com 192.0.2.0/24\n"},
		{"u001234", "filtering on\nmode reject\nthreshold 3\nallow \n"},
		{"u002499", "filtering on\nmode label\nthreshold 1\nallow \n"},
	} {
		if out, _, _ := mizugiwa("user", "get", "--server", addr, c.user); !strings.Contains(out, c.want) {
			t.Errorf("%s after import: %q, want %q", c.user, out, c.want)
		}
	}

	// Row 2400 is on line 2402: two chunks have gone to the server by then.
	_, errOut, code = mizugiwa("user", "import", "--server", addr, usersCSV(t, "v", n, 2400))
	if code != 1 || !strings.Contains(errOut, "line 2402: mode") || !strings.Contains(errOut, "nothing imported") {
		t.Errorf("a bad row: exit %d, %q", code, errOut)
	}
	for _, user := range []string{"v000001", "v002399"} {
		if out, _, _ := mizugiwa("user", "get", "--server", addr, user); !strings.Contains(out, "mode label\nthreshold default") {
			t.Errorf("%s after a refused import: %q, want the defaults", user, out)
		}
	}
}
