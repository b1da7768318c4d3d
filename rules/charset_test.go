package rules

import (
	"strings"
	"testing"
)

func TestZhKoEncodedWord(t *testing.T) {
	tests := []struct {
		v, want string
	}{
		{"=?GB2312?B?0rvN+KGw?=", "gb2312"},
		{"Re: =?big5?Q?=A4=A4?= and more", "big5"},
		{"=?ISO-2022-JP?B?GyRCJCIbKEI=?= =?ks_c_5601-1987?B?x9E=?=", "ks_c_5601-1987"},
		{"=?gbk*zh-cn?B?xOM=?=", "gbk"},
		{"=?ISO-2022-JP?B?GyRCJCIbKEI=?=", ""},
		{"=?utf-8?q?caf=C3=A9?=", ""},
		{"price =? 5", ""},
		{"=?", ""},
		{"", ""},
	}
	for _, tc := range tests {
		if got := zhKoEncodedWord(tc.v); got != tc.want {
			t.Errorf("zhKoEncodedWord(%q) = %q, want %q", tc.v, got, tc.want)
		}
	}
}

func FuzzZhKoEncodedWord(f *testing.F) {
	for _, tm := range loadMessages(f, "testdata/sa/*.eml") {
		for _, fl := range tm.msg.Header {
			f.Add(fl.Raw)
		}
	}
	f.Add("=?GB2312?B?0rvN+KGw?=")
	f.Add("=?gbk*zh-cn?B?xOM=?=")
	f.Fuzz(func(t *testing.T, v string) {
		cs := zhKoEncodedWord(v)
		if cs == "" {
			return
		}
		if !zhKoCharsets[cs] {
			t.Fatalf("zhKoEncodedWord(%q) = %q, not a Chinese or Korean charset", v, cs)
		}
		if !strings.Contains(strings.ToLower(v), "=?"+cs) {
			t.Fatalf("zhKoEncodedWord(%q) = %q, which v does not declare", v, cs)
		}
	})
}
