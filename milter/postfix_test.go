package milter

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/smtp"
	"net/textproto"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	pb "github.com/mizugiwa/mizugiwa/api/mizugiwa/v1"
	"github.com/mizugiwa/mizugiwa/corpus"
)

// postfixInstance is a private Postfix: its own configuration and queue in
// a temporary directory, smtpd on a loopback port, mail for example.net
// delivered by virtual(8) into maildirs, every message through the milter.
type postfixInstance struct {
	dir, smtpAddr string
}

func (p *postfixInstance) run(t testing.TB, args ...string) {
	t.Helper()
	out, err := exec.Command("/usr/sbin/postfix", append([]string{"-c", filepath.Join(p.dir, "etc")}, args...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("postfix %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

func freePort(t testing.TB) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

func startPostfix(t testing.TB, milterAddr string, users []string) *postfixInstance {
	t.Helper()
	if _, err := os.Stat("/usr/sbin/postfix"); err != nil {
		t.Skip("Postfix is not installed (/usr/sbin/postfix): apt-get install postfix to run the end-to-end test")
	}
	if os.Geteuid() != 0 {
		t.Skip("the end-to-end Postfix test runs a private Postfix instance, which needs root")
	}
	nobody, err := user.Lookup("nobody")
	if err != nil {
		t.Skipf("no user nobody to deliver as: %v", err)
	}
	pf, err := user.Lookup("postfix")
	if err != nil {
		t.Skipf("no postfix user: %v", err)
	}
	// Postfix's daemons run as the postfix user and deliver as nobody: the
	// directory must be reachable by them, which t.TempDir's is not.
	dir, err := os.MkdirTemp("", "mizugiwa-postfix-")
	if err != nil {
		t.Fatal(err)
	}
	p := &postfixInstance{dir: dir, smtpAddr: freePort(t)}
	for _, d := range []string{"etc", "queue", "data", "mail"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, d := range []string{dir, filepath.Join(dir, "mail")} {
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Chmod(filepath.Join(dir, "mail"), 0o777); err != nil {
		t.Fatal(err)
	}
	var uid, gid int
	fmt.Sscan(pf.Uid, &uid)
	fmt.Sscan(pf.Gid, &gid)
	if err := os.Chown(filepath.Join(dir, "data"), uid, gid); err != nil {
		t.Fatal(err)
	}
	var vmail strings.Builder
	for _, u := range users {
		fmt.Fprintf(&vmail, "%s %s/\n", u, u)
	}
	mainCF := fmt.Sprintf(`compatibility_level = 3.6
queue_directory = %[1]s/queue
data_directory = %[1]s/data
mail_owner = postfix
setgid_group = postdrop
inet_interfaces = loopback-only
inet_protocols = ipv4
myhostname = mx.test.example
mydomain = test.example
mydestination =
relayhost =
mynetworks = 127.0.0.0/8
smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
maillog_file = %[1]s/maillog
maillog_file_prefixes = %[1]s
virtual_mailbox_domains = example.net
virtual_mailbox_base = %[1]s/mail
virtual_mailbox_maps = texthash:%[1]s/etc/vmailbox
virtual_uid_maps = static:%[2]s
virtual_gid_maps = static:%[3]s
virtual_minimum_uid = 1
%[4]s
milter_default_action = tempfail
milter_protocol = 6
milter_content_timeout = 30s
smtputf8_enable = no
biff = no
`, dir, nobody.Uid, nobody.Gid, milterLines(milterAddr))
	masterCF := fmt.Sprintf(`%s inet n - n - - smtpd
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
local     unix  -       n       n       -       -       local
virtual   unix  -       n       n       -       -       virtual
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
`, p.smtpAddr)
	for name, text := range map[string]string{"main.cf": mainCF, "master.cf": masterCF, "vmailbox": vmail.String()} {
		if err := os.WriteFile(filepath.Join(dir, "etc", name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() {
		if t.Failed() {
			if b, err := os.ReadFile(filepath.Join(dir, "maillog")); err == nil {
				t.Logf("maillog:\n%s", b)
			}
		}
		exec.Command("/usr/sbin/postfix", "-c", filepath.Join(dir, "etc"), "stop").Run()
		os.RemoveAll(dir)
	})
	p.run(t, "start")
	// Wait for smtpd.
	deadline := time.Now().Add(30 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", p.smtpAddr, time.Second)
		if err == nil {
			c.Close()
			return p
		}
		if time.Now().After(deadline) {
			t.Fatalf("Postfix did not listen on %s: %v", p.smtpAddr, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// sendSMTP sends raw to rcpts over SMTP and returns the error of the
// transaction (a *textproto.Error for a refusal).
func (p *postfixInstance) sendSMTP(raw []byte, from string, rcpts ...string) error {
	c, err := smtp.Dial(p.smtpAddr)
	if err != nil {
		return err
	}
	defer c.Close()
	if err := c.Hello("client.sender.example"); err != nil {
		return err
	}
	if err := c.Mail(from); err != nil {
		return err
	}
	for _, r := range rcpts {
		if err := c.Rcpt(r); err != nil {
			return err
		}
	}
	w, err := c.Data()
	if err != nil {
		return err
	}
	if _, err := w.Write(raw); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	return c.Quit()
}

// mailbox returns the messages delivered to user's maildir.
func (p *postfixInstance) mailbox(t testing.TB, user string) [][]byte {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(p.dir, "mail", user, "new", "*"))
	slices.Sort(files)
	var out [][]byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

// waitMail waits until user's maildir holds n messages.
func (p *postfixInstance) waitMail(t testing.TB, user string, n int) [][]byte {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		m := p.mailbox(t, user)
		if len(m) >= n {
			return m
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s has %d messages after 60s, want %d", user, len(m), n)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// headerOf returns the value of the first field name in the header of raw.
func headerOf(raw []byte, name string) (string, bool) {
	head, _, _ := strings.Cut(strings.ReplaceAll(string(raw), "\r\n", "\n"), "\n\n")
	for _, line := range strings.Split(head, "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.EqualFold(k, name) {
			return strings.TrimSpace(v), true
		}
	}
	return "", false
}

// pickCorpus returns the first message of a corpus folder that the engine
// judges as want for a user, so that the test checks the bridge whatever
// the untrained engine makes of a given message.
func pickCorpus(t testing.TB, e *engine, folder, user string, want pb.Verdict) []byte {
	t.Helper()
	root := corpus.DefaultDir()
	files, _ := filepath.Glob(filepath.Join(root, "data", folder, "*.txt"))
	if len(files) == 0 {
		t.Skipf("SpamAssassin corpus not found under %s (set MIZUGIWA_CORPUS or run mizugiwa corpus fetch spamassassin)", root)
	}
	slices.Sort(files)
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		resp, err := e.srv.Classify(context.Background(), &pb.ClassifyRequest{Message: raw,
			Envelope: &pb.Envelope{Recipients: []*pb.Recipient{{Address: user}}}})
		if err == nil && resp.GetResults()[0].GetVerdict() == want {
			return raw
		}
	}
	t.Skipf("no message of %s is %v for %s", folder, want, user)
	return nil
}

func TestPostfixEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a Postfix instance")
	}
	if _, err := os.Stat("/usr/sbin/postfix"); err != nil {
		t.Skip("Postfix is not installed (/usr/sbin/postfix): apt-get install postfix to run the end-to-end test")
	}
	e := startEngine(t)
	users := map[string]string{
		"label@example.net": "label", "reject@example.net": "reject",
		"optout@example.net": "optout", "quarantine@example.net": "quarantine",
	}
	var addrs []string
	for u, s := range users {
		setUser(t, e.users, u, s)
		addrs = append(addrs, u)
	}
	slices.Sort(addrs)
	milterAddr := startMilter(t, Options{Classifier: dialEngine(t, e.addr)})
	ham := pickCorpus(t, e, "easy-ham-2", "label@example.net", pb.Verdict_VERDICT_HAM)
	spam := pickCorpus(t, e, "spam-2", "label@example.net", pb.Verdict_VERDICT_SPAM)
	p := startPostfix(t, milterAddr, addrs)
	from := "sender@sender.example"

	// Ham for a label user: delivered, marked NO.
	if err := p.sendSMTP(ham, from, "label@example.net"); err != nil {
		t.Fatalf("ham: %v", err)
	}
	got := p.waitMail(t, "label@example.net", 1)
	if v, _ := headerOf(got[0], "X-Spam-Flag"); v != "NO" {
		t.Errorf("ham delivered with X-Spam-Flag %q, want NO", v)
	}
	if _, ok := headerOf(got[0], "X-Spam-Status"); !ok {
		t.Error("ham delivered without X-Spam-Status")
	}

	// Spam for a reject user: refused at SMTP time with our text.
	err := p.sendSMTP(spam, from, "reject@example.net")
	var te *textproto.Error
	if !errors.As(err, &te) || te.Code != 550 || !strings.Contains(te.Msg, "Message rejected as spam") {
		t.Errorf("spam for a reject user: %v, want 550 with our text", err)
	}

	// Spam for a label user and a reject user: the reject user is dropped,
	// the label user gets it marked YES.
	if err := p.sendSMTP(spam, from, "reject@example.net", "label@example.net"); err != nil {
		t.Fatalf("mixed: %v", err)
	}
	got = p.waitMail(t, "label@example.net", 2)
	var spamCopy []byte
	for _, m := range got {
		if v, _ := headerOf(m, "X-Spam-Flag"); v == "YES" {
			spamCopy = m
		}
	}
	if spamCopy == nil {
		t.Error("label user's spam has no X-Spam-Flag: YES")
	}

	// Spam for an opted-out user: delivered without any X-Spam header.
	if err := p.sendSMTP(spam, from, "optout@example.net"); err != nil {
		t.Fatalf("optout: %v", err)
	}
	got = p.waitMail(t, "optout@example.net", 1)
	for _, h := range []string{"X-Spam-Flag", "X-Spam-Score", "X-Spam-Status"} {
		if v, ok := headerOf(got[0], h); ok {
			t.Errorf("opted-out user's copy has %s: %s", h, v)
		}
	}

	// Spam for a quarantine user: held, not delivered.
	if err := p.sendSMTP(spam, from, "quarantine@example.net"); err != nil {
		t.Fatalf("quarantine: %v", err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		held, _ := filepath.Glob(filepath.Join(p.dir, "queue", "hold", "*"))
		if len(held) == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d messages in the hold queue, want 1", len(held))
		}
		time.Sleep(100 * time.Millisecond)
	}
	if m := p.mailbox(t, "quarantine@example.net"); len(m) != 0 {
		t.Errorf("quarantined spam delivered %d times", len(m))
	}
	// By now the mixed message has been delivered: the reject user's copy
	// must not have been.
	if m := p.mailbox(t, "reject@example.net"); len(m) != 0 {
		t.Errorf("reject user got %d messages, want none", len(m))
	}
}

// milterLines are the main.cf lines that put the milter at addr in the
// SMTP session; none for "".
func milterLines(addr string) string {
	if addr == "" {
		return ""
	}
	return "smtpd_milters = inet:" + addr + "\nnon_smtpd_milters = inet:" + addr
}

// TestPostfixEngineDown: with the engine stopped, mail through Postfix
// follows the milter's failure policy: delivered marked unscanned
// (accept) or refused with a temporary failure (tempfail).
func TestPostfixEngineDown(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Postfix instances")
	}
	dead := freePort(t) // nothing listens there: the engine is down
	ham, err := os.ReadFile(filepath.Join("testdata", "ham-plain.eml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		policy FailureAction
		name   string
	}{{FailAccept, "accept"}, {FailTempfail, "tempfail"}} {
		t.Run(c.name, func(t *testing.T) {
			milterAddr := startMilter(t, Options{Classifier: dialEngine(t, dead), OnFailure: c.policy, Timeout: 2 * time.Second})
			p := startPostfix(t, milterAddr, []string{"label@example.net"})
			err := p.sendSMTP(ham, "sender@sender.example", "label@example.net")
			if c.policy == FailTempfail {
				var te *textproto.Error
				if !errors.As(err, &te) || te.Code/100 != 4 {
					t.Fatalf("engine down, tempfail policy: %v, want a 4xx reply", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("engine down, accept policy: %v", err)
			}
			got := p.waitMail(t, "label@example.net", 1)
			if v, ok := headerOf(got[0], SkippedHeader); !ok || !strings.Contains(v, "unavailable") {
				t.Errorf("delivered without %s: unavailable (got %q)", SkippedHeader, v)
			}
		})
	}
}

// BenchmarkPostfixDelivery measures messages per second through a real
// Postfix over SMTP, without and with the milter (engine in the same test
// process, reached over gRPC), from SMTP to the delivered mailbox.
func BenchmarkPostfixDelivery(b *testing.B) {
	ham, err := os.ReadFile(filepath.Join("testdata", "ham-plain.eml"))
	if err != nil {
		b.Fatal(err)
	}
	for _, withMilter := range []bool{false, true} {
		name := "without-milter"
		if withMilter {
			name = "with-milter"
		}
		b.Run(name, func(b *testing.B) {
			milterAddr := ""
			if withMilter {
				e := startEngine(b)
				milterAddr = startMilter(b, Options{Classifier: dialEngine(b, e.addr)})
			}
			p := startPostfix(b, milterAddr, []string{"label@example.net"})
			b.ResetTimer()
			for range b.N {
				if err := p.sendSMTP(ham, "sender@sender.example", "label@example.net"); err != nil {
					b.Fatal(err)
				}
			}
			p.waitMail(b, "label@example.net", b.N)
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
		})
	}
}
