package corpus

import (
	"bufio"
	"bytes"
	"errors"
	"io"
)

// mboxReader splits an mbox into messages, holding at most one message in
// memory. It reads the mboxo and mboxrd variants:
//
//   - A message starts after a "From " line (the From_ line or postmark).
//     The first line of the file is always taken as one. Later lines start
//     a new message only when they look like a postmark: "From ", a
//     sender, and a date with a month name and a time of day, as in
//     "From a@example.com  Thu Aug 22 13:17:22 2002" (mutt also checks the
//     date); a "From " line in a body whose writer forgot to escape it
//     therefore rarely splits a message.
//   - Lines matching ^>+From  lose one '>' (mboxrd unescaping, which is
//     also right for the ">From " lines of mboxo).
//   - One empty line at the end of a message is the separator the mbox
//     writer added and is dropped, as Python's mailbox module does.
//
// The From_ line itself is not part of the message. Content-Length based
// variants (mboxcl, mboxcl2) are read as mboxrd.
type mboxReader struct {
	br  *bufio.Reader
	max int64
	// atLineStart is true when the next chunk begins a line.
	atLineStart bool
	done        bool
	// n counts the messages returned.
	n int
	// firstCap is the room to make for the first message; 0 grows it as
	// lines come.
	firstCap int
}

// mboxBufSize is the read buffer; a postmark or an escaped From line is
// recognised within its first mboxBufSize bytes.
const mboxBufSize = 64 << 10

// newMboxReader returns a reader for the mbox in br, which must start with
// "From ". Messages larger than max bytes are reported as too large
// without being kept in memory.
func newMboxReader(br *bufio.Reader, max int64) (*mboxReader, error) {
	m := &mboxReader{br: br, max: max}
	// Consume the first From_ line, however long.
	if err := m.skipRest(); err != nil {
		return nil, err
	}
	return m, nil
}

// next returns the next message. When it was larger than max, msg is nil
// and tooLarge is true. After the last message, m.done is true; once done
// is true before a call, next returns io.EOF.
// maxFirstCap bounds the room made for the first message of an mbox.
const maxFirstCap = 1 << 20

func (m *mboxReader) next() (msg []byte, tooLarge bool, err error) {
	if m.done {
		if m.n == 0 {
			// Nothing but a From_ line: one empty message.
			m.n++
			return []byte{}, false, nil
		}
		return nil, false, io.EOF
	}
	m.n++
	if m.n == 1 && m.firstCap > 0 {
		msg = make([]byte, 0, m.firstCap)
	}
	var (
		size      int64
		lastEmpty int // length of the last line if it was empty, else 0
	)
	finish := func() ([]byte, bool) {
		if tooLarge {
			return nil, true
		}
		if lastEmpty > 0 {
			msg = msg[:len(msg)-lastEmpty]
		}
		if msg == nil {
			msg = []byte{}
		}
		return msg, false
	}
	for {
		chunk, rerr := m.br.ReadSlice('\n')
		start := m.atLineStart
		m.atLineStart = len(chunk) > 0 && chunk[len(chunk)-1] == '\n'
		if len(chunk) > 0 {
			if start && isPostmark(chunk) {
				if !m.atLineStart && errors.Is(rerr, bufio.ErrBufferFull) {
					// Consume the rest of an overlong postmark line; the
					// message before it is complete either way.
					if err := m.skipRest(); err != nil {
						return nil, false, err
					}
				} else if rerr != nil {
					// A postmark as the last, unterminated line: an empty
					// message follows it.
					m.atLineStart = true
				}
				msg, tooLarge = finish()
				return msg, tooLarge, nil
			}
			if start && isEscapedFrom(chunk) {
				chunk = chunk[1:]
			}
			lastEmpty = 0
			if start && (len(chunk) == 1 && chunk[0] == '\n' || len(chunk) == 2 && chunk[0] == '\r' && chunk[1] == '\n') {
				lastEmpty = len(chunk)
			}
			size += int64(len(chunk))
			if size > m.max {
				tooLarge, msg = true, nil
			}
			if !tooLarge {
				msg = append(msg, chunk...)
			}
		}
		if rerr != nil && !errors.Is(rerr, bufio.ErrBufferFull) {
			m.done = true
			if !errors.Is(rerr, io.EOF) {
				return nil, false, rerr
			}
			msg, tooLarge = finish()
			return msg, tooLarge, nil
		}
	}
}

// skipRest discards the remainder of the current line. Reaching the end
// of the input marks the reader done.
func (m *mboxReader) skipRest() error {
	m.atLineStart = true
	for {
		_, err := m.br.ReadSlice('\n')
		switch {
		case err == nil:
			return nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF):
			m.done = true
			return nil
		default:
			m.done = true
			return err
		}
	}
}

var fromPrefix = []byte("From ")

// isEscapedFrom reports whether line matches ^>+From .
func isEscapedFrom(line []byte) bool {
	i := 0
	for i < len(line) && line[i] == '>' {
		i++
	}
	return i > 0 && bytes.HasPrefix(line[i:], fromPrefix)
}

// isPostmark reports whether line is an mbox From_ line: "From ", a
// non-empty sender, then, within the first 200 bytes, an English month
// abbreviation and a time of day (H:MM or HH:MM), as in the asctime date
// every mbox writer puts there.
func isPostmark(line []byte) bool {
	if !bytes.HasPrefix(line, fromPrefix) {
		return false
	}
	rest := line[len(fromPrefix):]
	if len(rest) > 200 {
		rest = rest[:200]
	}
	sp := bytes.IndexAny(rest, " \t")
	if sp <= 0 {
		return false
	}
	rest = rest[sp:]
	return hasMonth(rest) && hasTime(rest)
}

func hasTime(b []byte) bool {
	for i := 1; i+2 < len(b); i++ {
		if b[i] == ':' && isDigit(b[i-1]) && isDigit(b[i+1]) && isDigit(b[i+2]) {
			return true
		}
	}
	return false
}

var months = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

func hasMonth(b []byte) bool {
	for _, m := range months {
		if bytes.Contains(b, []byte(m)) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
