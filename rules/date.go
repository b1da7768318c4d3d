package rules

import "time"

// parseDateFast parses the forms nearly every Date and Received field
// has, "Mon, 2 Jan 2006 15:04:05 -0700" with or without the day name,
// with runs of spaces and comments after it, for which net/mail.ParseDate
// tries up to two dozen layouts and builds an error for each. It gives the
// instant parseDateSlow gives; ok is false for anything else, values out
// of range included, which is then left to parseDateSlow.
func parseDateFast(s string) (t time.Time, ok bool) {
	// On these forms mail.ParseDate succeeds with time.Parse and the
	// layout "2 Jan 2006 15:04:05 -0700", or "Mon, " and it; a space of
	// the layout takes a run of spaces.
	if s == "" {
		return t, false
	}
	if !isDigit(s[0]) {
		if len(s) < 5 || !isDayName(s[:3]) || s[3] != ',' || s[4] != ' ' {
			return t, false
		}
		s, _ = spaces(s[4:], true)
	}
	day, s, ok := number(s, 1, 2)
	if !ok {
		return t, false
	}
	if s, ok = spaces(s, true); !ok || len(s) < 3 {
		return t, false
	}
	month := monthNumber(s[:3])
	if s, ok = spaces(s[3:], true); !ok || month == 0 {
		return t, false
	}
	year, s, ok := number(s, 4, 4)
	if !ok {
		return t, false
	}
	if s, ok = spaces(s, true); !ok || len(s) < 8 || s[2] != ':' || s[5] != ':' {
		return t, false
	}
	hour, _, ok1 := number(s[:2], 2, 2)
	min, _, ok2 := number(s[3:5], 2, 2)
	sec, s, ok3 := number(s[6:], 2, 2)
	if !ok1 || !ok2 || !ok3 {
		return t, false
	}
	if s, ok = spaces(s, true); !ok || len(s) < 5 || s[0] != '+' && s[0] != '-' {
		return t, false
	}
	sign := s[0]
	zh, _, ok1 := number(s[1:3], 2, 2)
	zm, _, ok2 := number(s[3:5], 2, 2)
	if !ok1 || !ok2 || !isComments(s[5:]) {
		return t, false
	}
	if day < 1 || day > daysIn(time.Month(month), year) || hour > 23 || min > 59 || sec > 59 || zh > 23 || zm > 59 {
		return t, false
	}
	off := (zh*60 + zm) * 60
	if sign == '-' {
		off = -off
	}
	return time.Date(year, time.Month(month), day, hour, min, sec, 0, time.UTC).Add(-time.Duration(off) * time.Second), true
}

// spaces skips a run of spaces at the start of s; ok is false when there
// is none and need is set.
func spaces(s string, need bool) (rest string, ok bool) {
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return s[i:], i > 0 || !need
}

// number reads lo to hi decimal digits at the start of s, and no more.
func number(s string, lo, hi int) (n int, rest string, ok bool) {
	i := 0
	for i < len(s) && isDigit(s[i]) {
		if i == hi {
			return 0, s, false
		}
		n = n*10 + int(s[i]-'0')
		i++
	}
	return n, s[i:], i >= lo
}

// isComments reports whether s is empty or parenthesized comments, each
// after spaces or tabs, without nested parentheses, quoting or control
// bytes: what net/mail skips after a date.
func isComments(s string) bool {
	for s != "" {
		i := 0
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		if i == 0 || i == len(s) || s[i] != '(' {
			return false
		}
		j := i + 1
		for j < len(s) && s[j] != ')' {
			if c := s[j]; c < ' ' || c >= 0x7f || c == '(' || c == '\\' {
				return false
			}
			j++
		}
		if j == len(s) {
			return false
		}
		s = s[j+1:]
	}
	return true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isDayName(s string) bool {
	switch s {
	case "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun":
		return true
	}
	return false
}

var monthNames = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// monthNumber returns 1 to 12 for Jan to Dec, 0 for anything else.
func monthNumber(s string) int {
	for i, m := range monthNames {
		if s == m {
			return i + 1
		}
	}
	return 0
}

// hasMonthName reports whether s holds Jan to Dec, in any case, as
// time.Parse reads the month of its layouts.
func hasMonthName(s string) bool {
	for i := 0; i+3 <= len(s); i++ {
		if !('a' <= s[i]|0x20 && s[i]|0x20 <= 'z') {
			continue
		}
		for _, m := range monthNames {
			if lowerASCII(s[i]) == m[0]|0x20 && lowerASCII(s[i+1]) == m[1] && lowerASCII(s[i+2]) == m[2] {
				return true
			}
		}
	}
	return false
}

// daysIn returns the number of days of month m of year y.
func daysIn(m time.Month, y int) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
