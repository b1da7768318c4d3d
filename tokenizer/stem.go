package tokenizer

// stemEnglish strips the commonest English inflections from k, a word of
// lower-case ASCII letters, in place: a plural -s, -es or -ies, and -ing,
// -ed (-ied as -ies) and -ly on longer words. It is no linguist's stemmer (it makes
// "pric" of "pricing" and "pric" of "priced", and leaves "price" as it is),
// only a way for a word the model learned in one form to count in another:
// trained on 500 spam of one season, a model meets the next season's spam
// in other forms of the same words. A word with anything but a-z is left
// as it is.
func stemEnglish(k []byte) []byte {
	n := len(k)
	for _, c := range k {
		if c < 'a' || c > 'z' {
			return k
		}
	}
	switch {
	case n >= 7 && string(k[n-3:]) == "ing":
		return k[:n-3]
	case n >= 6 && string(k[n-3:]) == "ied":
		return append(k[:n-3], 'y')
	case n >= 6 && string(k[n-2:]) == "ed":
		return k[:n-2]
	case n >= 6 && string(k[n-2:]) == "ly":
		return k[:n-2]
	case n >= 6 && string(k[n-3:]) == "ies":
		return append(k[:n-3], 'y')
	case n >= 5 && string(k[n-2:]) == "es" && (k[n-3] == 's' || k[n-3] == 'x' || k[n-3] == 'h'):
		return k[:n-2]
	case n >= 5 && k[n-1] == 's' && k[n-2] != 's' && k[n-2] != 'u' && k[n-2] != 'i':
		return k[:n-1]
	}
	return k
}
