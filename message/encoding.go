package message

// Transfer decoding, tolerant of what real mail holds: base64 with stray
// characters, missing padding or several padded streams run together, and
// quoted-printable with broken escapes.

const (
	b64Invalid = 0xff
	b64Space   = 0xfe
	b64Pad     = 0xfd
)

// b64Table maps a byte to its base64 value, or to one of the markers above.
// Both the standard and the URL alphabets are accepted.
var b64Table = func() (t [256]byte) {
	for i := range t {
		t[i] = b64Invalid
	}
	const alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for i := 0; i < len(alpha); i++ {
		t[alpha[i]] = byte(i)
	}
	t['-'] = 62
	t['_'] = 63
	for _, c := range []byte(" \t\r\n\v\f") {
		t[c] = b64Space
	}
	t['='] = b64Pad
	return t
}()

// decodeBase64 appends the decoding of src to dst, keeping at most limit
// bytes of output (limit < 0: no limit). It returns the output, the full
// decoded size (also counting what was not kept) and whether src was
// malformed: characters outside the alphabet, a dangling character, or
// the URL alphabet.
func decodeBase64[T string | []byte](dst []byte, src T, limit int) (out []byte, size int64, bad bool) {
	want := len(src)*3/4 + 3
	if limit >= 0 {
		want = min(want, max(0, limit-len(dst)))
	}
	dst = grow(dst, want)
	var acc uint32
	var tmp [3]byte
	n := 0 // sextets in acc
	for i := 0; i < len(src); {
		// Fast path: four plain alphabet characters.
		if n == 0 && i+4 <= len(src) {
			a, b, c, d := b64Table[src[i]], b64Table[src[i+1]], b64Table[src[i+2]], b64Table[src[i+3]]
			if a|b|c|d < 64 {
				v := uint32(a)<<18 | uint32(b)<<12 | uint32(c)<<6 | uint32(d)
				tmp = [3]byte{byte(v >> 16), byte(v >> 8), byte(v)}
				dst = keepBytes(dst, tmp[:], limit)
				size += 3
				i += 4
				continue
			}
		}
		c := src[i]
		v := b64Table[c]
		i++
		switch v {
		case b64Space:
			continue
		case b64Invalid:
			bad = true
			continue
		case b64Pad:
			k := padTail(&tmp, acc, n)
			if n == 1 {
				bad = true
			}
			dst = keepBytes(dst, tmp[:k], limit)
			size += int64(k)
			acc, n = 0, 0
			continue
		}
		if c == '-' || c == '_' {
			bad = true
		}
		acc = acc<<6 | uint32(v)
		n++
		if n == 4 {
			tmp = [3]byte{byte(acc >> 16), byte(acc >> 8), byte(acc)}
			dst = keepBytes(dst, tmp[:], limit)
			size += 3
			acc, n = 0, 0
		}
	}
	// Missing padding is common and harmless; a dangling character is not.
	if n == 1 {
		bad = true
	}
	k := padTail(&tmp, acc, n)
	dst = keepBytes(dst, tmp[:k], limit)
	size += int64(k)
	return dst, size, bad
}

// padTail stores in tmp the bytes held by n (< 4) pending sextets in acc
// and returns how many there are.
func padTail(tmp *[3]byte, acc uint32, n int) int {
	switch n {
	case 2:
		tmp[0] = byte(acc >> 4)
		return 1
	case 3:
		tmp[0], tmp[1] = byte(acc>>10), byte(acc>>2)
		return 2
	}
	return 0
}

// keepBytes appends b to dst, but never beyond limit bytes (limit < 0: no
// limit).
func keepBytes(dst, b []byte, limit int) []byte {
	if limit >= 0 {
		room := limit - len(dst)
		if room <= 0 {
			return dst
		}
		if len(b) > room {
			b = b[:room]
		}
	}
	return append(dst, b...)
}

// unhex returns the value of a hexadecimal digit and whether it is one.
func unhex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	}
	return 0, false
}

// decodeQP appends the quoted-printable decoding of src to dst, keeping at
// most limit bytes of output (limit < 0: no limit). It returns the output,
// the full decoded size and whether src held broken escapes (an "=" not
// followed by two hex digits or a line break), which are kept as written.
func decodeQP(dst, src []byte, limit int) (out []byte, size int64, bad bool) {
	want := len(src)
	if limit >= 0 {
		want = min(want, max(0, limit-len(dst)))
	}
	dst = grow(dst, want)
	var tmp [1]byte
	for i := 0; i < len(src); {
		if src[i] != '=' {
			// Copy the run up to the next "=" in one go.
			j := i + 1
			for j < len(src) && src[j] != '=' {
				j++
			}
			dst = keepBytes(dst, src[i:j], limit)
			size += int64(j - i)
			i = j
			continue
		}
		if i+2 < len(src) {
			if h, ok := unhex(src[i+1]); ok {
				if l, ok := unhex(src[i+2]); ok {
					tmp[0] = h<<4 | l
					dst = keepBytes(dst, tmp[:], limit)
					size++
					i += 3
					continue
				}
			}
		}
		// Soft line break: "=" then optional blanks then a line end.
		j := i + 1
		for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
			j++
		}
		switch {
		case j == len(src):
			i = j
			continue
		case src[j] == '\n':
			i = j + 1
			continue
		case src[j] == '\r':
			i = j + 1
			if i < len(src) && src[i] == '\n' {
				i++
			}
			continue
		}
		bad = true
		tmp[0] = '='
		dst = keepBytes(dst, tmp[:], limit)
		size++
		i++
	}
	return dst, size, bad
}
