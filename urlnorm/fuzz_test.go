package urlnorm

import "testing"

// FuzzNormalize checks that Normalize never panics and that normalizing a
// normalized URL changes nothing.
func FuzzNormalize(f *testing.F) {
	for _, c := range readURLCases(f) {
		f.Add(c.input)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u, err := Normalize(s)
		if err != nil {
			return
		}
		checkIdempotent(t, s, u)
		if u.Host == "" || u.Domain == "" {
			t.Errorf("Normalize(%q) has host %q domain %q", s, u.Host, u.Domain)
		}
	})
}
