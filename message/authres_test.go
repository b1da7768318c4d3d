package message

import (
	"reflect"
	"testing"
)

func TestParseAuthResults(t *testing.T) {
	type res = AuthResult
	for _, tc := range []struct {
		in      string
		want    AuthResults
		wantErr bool
	}{
		// RFC 8601 appendix B.
		{in: "example.org 1; none", want: AuthResults{ServID: "example.org"}},
		{in: "example.com; spf=pass smtp.mailfrom=example.net",
			want: AuthResults{ServID: "example.com", Results: []res{{Method: "spf", Result: "pass", Props: map[string]string{"smtp.mailfrom": "example.net"}}}}},
		{in: "example.com;\r\n\t  auth=pass (cram-md5) smtp.auth=sender@example.net;\r\n\t  spf=pass smtp.mailfrom=example.net",
			want: AuthResults{ServID: "example.com", Results: []res{
				{Method: "auth", Result: "pass", Props: map[string]string{"smtp.auth": "sender@example.net"}},
				{Method: "spf", Result: "pass", Props: map[string]string{"smtp.mailfrom": "example.net"}}}}},
		{in: `mail-router.example.net; dkim=pass (good signature) header.d=newyork.example.com header.b=oINEO8hg; dkim=fail (bad signature) header.d=newyork.example.com`,
			want: AuthResults{ServID: "mail-router.example.net", Results: []res{
				{Method: "dkim", Result: "pass", Props: map[string]string{"header.d": "newyork.example.com", "header.b": "oINEO8hg"}},
				{Method: "dkim", Result: "fail", Props: map[string]string{"header.d": "newyork.example.com"}}}}},
		// What MTAs in use write: Postfix with OpenDMARC, Gmail's style, spaces around '='.
		{in: "MX01.Example.JP; dmarc=fail (p=reject dis=none) header.from=amazon.co.jp",
			want: AuthResults{ServID: "mx01.example.jp", Results: []res{{Method: "dmarc", Result: "fail", Props: map[string]string{"header.from": "amazon.co.jp"}}}}},
		{in: `mx.example.jp; dkim=pass header.i=@mail.example.co.jp header.s=s1 header.b="AbC/12+x"; spf=softfail (domain of transitioning x@example.net does not designate 192.0.2.1 as permitted sender) smtp.mailfrom=x@example.net; dmarc = pass (p=NONE sp=NONE dis=NONE) header.from = example.co.jp`,
			want: AuthResults{ServID: "mx.example.jp", Results: []res{
				{Method: "dkim", Result: "pass", Props: map[string]string{"header.i": "@mail.example.co.jp", "header.s": "s1", "header.b": "AbC/12+x"}},
				{Method: "spf", Result: "softfail", Props: map[string]string{"smtp.mailfrom": "x@example.net"}},
				{Method: "dmarc", Result: "pass", Props: map[string]string{"header.from": "example.co.jp"}}}}},
		{in: `"quoted.example"; dkim/1=neutral reason="no key; sorry" header.d=example.com;`,
			want: AuthResults{ServID: "quoted.example", Results: []res{{Method: "dkim", Result: "neutral", Props: map[string]string{"header.d": "example.com"}}}}},
		{in: "", wantErr: true},
		{in: "; spf=pass", wantErr: true},
		{in: "example.com; spf", wantErr: true},
		{in: "example.com; spf=pass smtp.mailfrom", wantErr: true},
		{in: "example.com; spf=pass mailfrom=x", wantErr: true},
		{in: `example.com; dkim=pass header.d="unterminated`, wantErr: true},
		{in: "example.com; dkim=pass (unclosed comment", wantErr: true},
		{in: "example.com extra words; spf=pass", wantErr: true},
	} {
		got, err := ParseAuthResults(tc.in)
		if tc.wantErr {
			if err == nil {
				t.Errorf("ParseAuthResults(%q) = %+v, want an error", tc.in, got)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseAuthResults(%q): %v", tc.in, err)
			continue
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("ParseAuthResults(%q)\n got %+v\nwant %+v", tc.in, got, tc.want)
		}
		again, err := ParseAuthResults(got.String())
		if err != nil || !reflect.DeepEqual(again, got) {
			t.Errorf("%q written back as %q reads as %+v, %v", tc.in, got.String(), again, err)
		}
	}
}
