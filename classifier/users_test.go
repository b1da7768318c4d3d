package classifier

import (
	"bytes"
	"context"
	"fmt"
	"net/netip"
	"strings"
	"testing"

	"github.com/mizugiwa/mizugiwa/scoring"
	"github.com/mizugiwa/mizugiwa/store"
)

func openUsers(t testing.TB) *Users {
	t.Helper()
	db, err := store.Open(t.TempDir(), store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return NewUsers(db)
}

func mustList(t *testing.T, entries ...string) SenderList {
	t.Helper()
	l, err := ParseSenderList(entries)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestUsersSetGet(t *testing.T) {
	ctx := context.Background()
	u := openUsers(t)
	s, err := u.Settings(ctx, "nobody")
	if err != nil || s.Filtering != true || s.Mode != ModeLabel || s.Threshold != 0 {
		t.Fatalf("settings of an unknown user: %+v %v, want the defaults", s, err)
	}
	want := Settings{Filtering: false, Mode: ModeReject, Threshold: 7.5,
		Allow: mustList(t, "boss@example.com", "192.0.2.0/24"), Deny: mustList(t, "spam.example")}
	if err := u.Set(ctx, "alice", want); err != nil {
		t.Fatal(err)
	}
	got, err := u.Settings(ctx, "alice")
	if err != nil {
		t.Fatal(err)
	}
	if got.Filtering != want.Filtering || got.Mode != want.Mode || got.Threshold != want.Threshold ||
		strings.Join(got.Allow.Entries(), " ") != "boss@example.com 192.0.2.0/24" || strings.Join(got.Deny.Entries(), " ") != "spam.example" {
		t.Errorf("got %+v, want %+v", got, want)
	}
	// Invalid settings are refused and the old ones stay.
	bad := []struct {
		s    Settings
		want string
	}{
		{Settings{Filtering: true, Mode: 9}, "mode"},
		{Settings{Filtering: true, Mode: ModeLabel, Threshold: nan()}, "threshold"},
	}
	for _, b := range bad {
		if err := u.Set(ctx, "alice", b.s); err == nil || !strings.Contains(err.Error(), b.want) {
			t.Errorf("Set(%+v) = %v, want an error naming %s", b.s, err, b.want)
		}
	}
	if err := u.Set(ctx, "", want); err == nil || !strings.Contains(err.Error(), "user_id") {
		t.Errorf("Set with an empty user: %v", err)
	}
	if got, _ := u.Settings(ctx, "alice"); got.Mode != ModeReject {
		t.Errorf("a refused Set changed the settings: %+v", got)
	}
	if err := u.Delete(ctx, "alice"); err != nil {
		t.Fatal(err)
	}
	if got, _ := u.Settings(ctx, "alice"); got.Mode != ModeLabel || !got.Filtering {
		t.Errorf("after Delete: %+v, want the defaults", got)
	}
}

func nan() float64 { var z float64; return z / z }

func TestImportCSV(t *testing.T) {
	ctx := context.Background()
	u := openUsers(t)
	csv := "user,filtering,mode,threshold,allow,deny\n" +
		"alice,on,reject,6,boss@example.com;192.0.2.0/24,\n" +
		"bob,off,label,,,\n" +
		"# a comment\n" +
		"carol,,quarantine,3.5,,spam.example bad.example\n"
	n, err := u.ImportCSV(ctx, strings.NewReader(csv))
	if err != nil || n != 3 {
		t.Fatalf("ImportCSV = %d, %v", n, err)
	}
	a, _ := u.Settings(ctx, "alice")
	b, _ := u.Settings(ctx, "bob")
	c, _ := u.Settings(ctx, "carol")
	if a.Mode != ModeReject || a.Threshold != 6 || a.Allow.Len() != 2 || b.Filtering || c.Mode != ModeQuarantine || c.Deny.Len() != 2 || !c.Filtering {
		t.Errorf("imported %+v / %+v / %+v", a, b, c)
	}

	bad := []struct{ csv, want string }{
		{"user,threshold\ndave,1\nerin,high\n", "line 3: threshold"},
		{"user,allow\ndave,192.0.2.0/99\n", "line 2: allow"},
		{"user,mode\ndave,drop\n", "line 2: mode"},
		{"user,filtering\ndave,maybe\n", "line 2: filtering"},
		{"name,mode\ndave,label\n", "unknown column"},
		{"user,mode\n,label\n", "line 2: user"},
		{"user,mode\ndave,label\n0\"000\n", "line 3"}, // a broken quote after a good row
	}
	for _, c := range bad {
		_, err := u.ImportCSV(ctx, strings.NewReader(c.csv))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ImportCSV(%q) = %v, want an error with %q", c.csv, err, c.want)
		}
		if s, _ := u.Settings(ctx, "dave"); s.Threshold != 0 {
			t.Errorf("a refused import wrote dave: %+v", s)
		}
	}
}

func csv100k(n int) []byte {
	var b bytes.Buffer
	b.WriteString("user,filtering,mode,threshold,allow,deny\n")
	modes := []string{"label", "reject", "quarantine"}
	for i := range n {
		fmt.Fprintf(&b, "user%06d@example.jp,%s,%s,%d,friend%d@example.com;192.0.2.%d,spam%d.example\n",
			i, map[bool]string{true: "on", false: "off"}[i%10 != 0], modes[i%3], 4+i%4, i, i%256, i)
	}
	return b.Bytes()
}

func TestImportCSV100k(t *testing.T) {
	if testing.Short() {
		t.Skip("100,000 users: skipped with -short")
	}
	ctx := context.Background()
	u := openUsers(t)
	n, err := u.ImportCSV(ctx, bytes.NewReader(csv100k(100000)))
	if err != nil || n != 100000 {
		t.Fatalf("ImportCSV = %d, %v", n, err)
	}
	s, err := u.Settings(ctx, "user099999@example.jp")
	if err != nil || s.Mode != ModeLabel || s.Threshold != 7 || s.Allow.Len() != 2 {
		t.Errorf("last user: %+v %v", s, err)
	}
	if s, _ := u.Settings(ctx, "user000010@example.jp"); s.Filtering {
		t.Errorf("user000010 should have filtering off: %+v", s)
	}
}

// BenchmarkImportCSV100k measures a bulk load of 100,000 accounts.
func BenchmarkImportCSV100k(b *testing.B) {
	data := csv100k(100000)
	for b.Loop() {
		u := openUsers(b)
		if _, err := u.ImportCSV(context.Background(), bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(100000*float64(b.N)/b.Elapsed().Seconds(), "users/s")
}

// TestPolicyPrecedence: opt-out first; a user's allow list beats a global
// spam verdict; a deny list beats ham; allow beats deny.
func TestPolicyPrecedence(t *testing.T) {
	ctx := context.Background()
	u := openUsers(t)
	set := func(user string, s Settings) {
		if err := u.Set(ctx, user, s); err != nil {
			t.Fatal(err)
		}
	}
	set("allows", Settings{Filtering: true, Mode: ModeReject, Allow: mustList(t, "example.com")})
	set("denies", Settings{Filtering: true, Mode: ModeReject, Deny: mustList(t, "192.0.2.0/24")})
	set("both", Settings{Filtering: true, Mode: ModeReject, Allow: mustList(t, "a@example.com"), Deny: mustList(t, "example.com")})
	set("optout-denies", Settings{Filtering: false, Mode: ModeReject, Deny: mustList(t, "example.com")})
	cases := []struct {
		user   string
		score  float64
		want   Verdict
		action Action
		sym    string
	}{
		{"allows", 20, Ham, AddHeaders, SymUserAllow},
		{"denies", -3, Spam, Reject, SymUserDeny},
		{"both", 0, Ham, AddHeaders, SymUserAllow},
		{"optout-denies", 0, Unscanned, Accept, ""},
		{"nobody", 20, Spam, AddHeaders, ""},
	}
	for _, c := range cases {
		e := newEngine(t, Options{Policies: u, Scorers: []scoring.Scorer{&fixed{name: "f", syms: []scoring.Symbol{{Name: "X", Score: c.score}}}}})
		env := scoring.Envelope{ClientIP: netip.MustParseAddr("192.0.2.1"), MailFrom: "a@example.com",
			Recipients: []scoring.Recipient{{Address: c.user + "@example.jp", User: c.user}}}
		res, err := e.Classify(ctx, []byte(plain), env)
		if err != nil {
			t.Fatal(err)
		}
		r := res.Recipients[0]
		if r.Verdict != c.want || r.Action != c.action || (c.sym != "" && !hasSymbol(r.Symbols, c.sym)) {
			t.Errorf("%s: verdict %v action %v symbols %v; want %v %v with %s", c.user, r.Verdict, r.Action, symbolNames(r.Symbols), c.want, c.action, c.sym)
		}
	}
}

// TestUsersBatch: nothing of a batch is visible before Commit, an invalid
// setting is refused without spoiling the batch, the last of a user's
// settings wins, and a batch closed without Commit writes nothing.
func TestUsersBatch(t *testing.T) {
	ctx := context.Background()
	u := openUsers(t)
	b := u.NewBatch()
	defer b.Close()
	reject := Settings{Filtering: true, Mode: ModeReject, Threshold: 4}
	for _, user := range []string{"alice", "bob", "alice"} {
		if err := b.Set(user, reject); err != nil {
			t.Fatal(err)
		}
		reject.Threshold++
	}
	bad := []struct {
		user string
		s    Settings
		want string
	}{
		{"carol", Settings{Filtering: true, Mode: 9}, "mode"},
		{"carol", Settings{Filtering: true, Mode: ModeLabel, Threshold: nan()}, "threshold"},
		{"", reject, "user_id"},
	}
	for _, c := range bad {
		if err := b.Set(c.user, c.s); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Set(%q, %+v) = %v, want an error naming %s", c.user, c.s, err, c.want)
		}
	}
	if b.Len() != 3 {
		t.Errorf("Len = %d, want 3", b.Len())
	}
	if s, _ := u.Settings(ctx, "bob"); s.Mode != ModeLabel {
		t.Errorf("bob before Commit: %+v, want the defaults", s)
	}
	if err := b.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	if s, _ := u.Settings(ctx, "alice"); s.Mode != ModeReject || s.Threshold != 6 {
		t.Errorf("alice: %+v, want reject with the last threshold, 6", s)
	}
	if s, _ := u.Settings(ctx, "bob"); s.Mode != ModeReject || s.Threshold != 5 {
		t.Errorf("bob: %+v, want reject, 5", s)
	}
	if s, _ := u.Settings(ctx, "carol"); s.Mode != ModeLabel {
		t.Errorf("carol, refused: %+v, want the defaults", s)
	}

	dropped := u.NewBatch()
	if err := dropped.Set("dave", reject); err != nil {
		t.Fatal(err)
	}
	if err := dropped.Close(); err != nil {
		t.Fatal(err)
	}
	if s, _ := u.Settings(ctx, "dave"); s.Mode != ModeLabel {
		t.Errorf("dave of a batch closed without Commit: %+v, want the defaults", s)
	}
}
