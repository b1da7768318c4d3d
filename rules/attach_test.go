package rules

import "testing"

func TestFileExts(t *testing.T) {
	for _, tc := range []struct {
		name, last, prev string
	}{
		{"invoice.pdf.exe", "exe", "pdf"},
		{"請求書_2025年3月.PDF.EXE", "exe", "pdf"},
		{"invoice.pdf      .exe", "exe", "pdf"}, // blanks hide the real end
		{`C:\WINDOWS\Desktop\Brand New Premium.htm`, "htm", ""},
		{"dir/report.v2.docm", "docm", "v2"},
		{"archive.tar.gz", "gz", "tar"},
		{"README", "", ""},
		{".bashrc", "", ""},
		{"trailing.exe.", "exe", ""},
		{`"quoted.js"`, "js", ""},
		{"", "", ""},
	} {
		last, prev := fileExts(tc.name)
		if last != tc.last || prev != tc.prev {
			t.Errorf("fileExts(%q) = %q, %q; want %q, %q", tc.name, last, prev, tc.last, tc.prev)
		}
	}
}
