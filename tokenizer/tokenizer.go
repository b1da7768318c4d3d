// Package tokenizer turns a parsed message into the tokens a Bayesian spam
// filter learns from. It understands Japanese and English mail alike.
//
// Text is first normalized (NFKC, so half-width ｶﾀｶﾅ, full-width ＡＢＣ and
// the ordinary forms match; wave dashes folded), vertically written Japanese
// is read top-down and joined, and the text is then split into runs by
// script:
//
//   - Japanese runs (kanji, hiragana, katakana, the long vowel mark and the
//     iteration marks) are segmented by morphological analysis (kagome with
//     the IPA dictionary), into character bigrams, or both; see JapaneseMode.
//   - Latin-script words are case-folded and bounded in length; a word in
//     capitals also keeps its case ("caps:FREE"), and two neighbouring words
//     also make a pair ("click+here", up to Options.MaxWordPairs); numbers,
//     prices, hex ids and random strings are reduced to shape tokens
//     ("num:5", "price:$:2", "rand:a9:20") so that random padding does not
//     grow the vocabulary.
//   - URLs and e-mail addresses become host and domain tokens
//     ("url:host:…", "url:dom:…", "url:path:…", "email:dom:…"). A URL is
//     first normalized as the URL filter does it (package urlnorm: what a
//     browser would visit, redirectors unwrapped), so hidden hosts give the
//     same tokens as plain ones and the tricks used give "url:trick:…";
//     per-recipient and random parts of paths and query strings are dropped.
//   - A few symbols that matter in spam ("$", "!!!", "★", "※") are kept.
//
// Message adds tokens for headers (prefixed by the header: "subj:",
// "from:dom:", "rcvd:ip:", "xmailer:", the shapes in which Date and the
// Message-ID are written: "date:shape:…", "msgid:shape:…"), for the MIME
// structure ("ct:",
// "charset:", "att:ext:"), for links found in HTML, for HTML markup when
// Options.HTMLTags is set ("html:tag:font"), and for the facts the parser
// recorded ("fact:charset_mismatch").
//
// The dictionary for Japanese takes about a second and 150 MiB to load. A
// Tokenizer loads it once, when it first meets Japanese text (or when
// LoadDictionary is called), and never for text without Japanese.
package tokenizer

import (
	"fmt"
	"strings"
	"sync"

	kagome "github.com/ikawaha/kagome/v2/tokenizer"
	"github.com/mizugiwa/mizugiwa/urlnorm"
)

// Tokenizer turns messages and text into tokens. It is safe for concurrent
// use by multiple goroutines; create one per process and share it.
type Tokenizer struct {
	opts    Options
	dropPOS [][]string // DropPOS split into levels

	jaOnce sync.Once
	ja     *kagome.Tokenizer
	jaErr  error

	pool sync.Pool // of *state
}

// New returns a Tokenizer configured by opts (zero fields take their
// defaults). It does not load the Japanese dictionary.
func New(opts Options) (*Tokenizer, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	opts = opts.WithDefaults()
	t := &Tokenizer{opts: opts}
	for _, p := range opts.DropPOS {
		levels := strings.Split(p, ",")
		for i := range levels {
			levels[i] = strings.TrimSpace(levels[i])
		}
		t.dropPOS = append(t.dropPOS, levels)
	}
	t.pool.New = func() any { return &state{seen: make(map[string]struct{}, 512)} }
	return t, nil
}

// Options returns the options in effect, defaults filled in.
func (t *Tokenizer) Options() Options {
	o := t.opts
	o.DropPOS = append([]string(nil), o.DropPOS...)
	return o
}

// LoadDictionary loads the Japanese dictionary now rather than when
// Japanese text is first seen, so that a server can pay the cost (about a
// second) at start-up instead of on the first Japanese message. It is a
// no-op after the first call and in the Bigram and Whole modes.
func (t *Tokenizer) LoadDictionary() error {
	if t.opts.Japanese != Morph && t.opts.Japanese != Both {
		return nil
	}
	_, err := t.analyzer()
	return err
}

// analyzer returns the morphological analyzer, loading the dictionary on
// first use.
func (t *Tokenizer) analyzer() (*kagome.Tokenizer, error) {
	t.jaOnce.Do(func() {
		defer func() {
			// The analyzer panics on a dictionary it cannot use; report
			// that as an error and fall back to bigrams.
			if r := recover(); r != nil {
				t.ja, t.jaErr = nil, fmt.Errorf("tokenizer: load IPA dictionary: %v", r)
			}
		}()
		d, err := loadIPA()
		if err != nil {
			t.jaErr = fmt.Errorf("tokenizer: %w", err)
			return
		}
		ja, err := kagome.New(d, kagome.OmitBosEos())
		if err != nil {
			t.jaErr = fmt.Errorf("tokenizer: load IPA dictionary: %w", err)
			return
		}
		t.ja = ja
	})
	return t.ja, t.jaErr
}

// Text appends the tokens of the text s to dst and returns the extended
// slice. Every token is prefixed by prefix (for example "subj:" for a
// Subject). Unless Options.KeepDuplicates is set, a token already in dst
// or met earlier in s is not appended again. At most Options.MaxTokens
// tokens are appended, and only the first Options.MaxTextBytes of s are
// read.
func (t *Tokenizer) Text(prefix, s string, dst []string) []string {
	st := t.get()
	defer t.put(st)
	st.out = dst
	st.limit = len(dst) + t.opts.MaxTokens
	if !t.opts.KeepDuplicates {
		for _, tok := range dst {
			st.seen[tok] = struct{}{}
		}
	}
	st.text(prefix, s)
	return st.out
}

// get takes a state from the pool and readies it for one message.
func (t *Tokenizer) get() *state {
	st := t.pool.Get().(*state)
	st.t = t
	st.opts = &t.opts
	st.morphBudget = t.opts.MaxMorphBytes
	st.textBudget = t.opts.MaxTextBytes
	st.pairs = 0
	return st
}

// put returns st to the pool, dropping everything that belongs to the
// caller.
func (t *Tokenizer) put(st *state) {
	st.out = nil
	st.t = nil
	if len(st.seen) > 8192 {
		st.seen = make(map[string]struct{}, 512)
	} else {
		clear(st.seen)
	}
	clear(st.urls)
	if cap(st.norm) > 1<<20 {
		st.norm = nil
	}
	if cap(st.vert) > 1<<20 {
		st.vert = nil
	}
	t.pool.Put(st)
}

// state is the scratch space of one Message or Text call.
type state struct {
	t    *Tokenizer
	opts *Options

	out   []string
	limit int // len(out) at which no more tokens are taken
	seen  map[string]struct{}

	key  []byte   // the token being built
	norm []byte   // normalization scratch
	vert []byte   // vertical-text scratch
	join []byte   // spaced-out text scratch
	pair []byte   // word-pair scratch
	rcvd []string // Received field values of the message, top first

	prev    []byte // the last word emitted by scan, for word pairs
	prevEnd int    // where that word ended in the text being scanned
	pairs   int    // word pairs emitted

	urls map[string]*urlnorm.URL // URLs normalized for this message, by input

	morphBudget int // bytes of Japanese text still allowed to go to kagome
	textBudget  int // bytes of body text still allowed to be read
}

// full reports whether no more tokens are taken.
func (st *state) full() bool { return len(st.out) >= st.limit }

// commit emits st.key as a token.
func (st *state) commit() {
	if len(st.out) >= st.limit || len(st.key) == 0 {
		return
	}
	if st.opts.KeepDuplicates {
		st.out = append(st.out, string(st.key))
		return
	}
	if _, ok := st.seen[string(st.key)]; ok {
		return
	}
	s := string(st.key)
	st.seen[s] = struct{}{}
	st.out = append(st.out, s)
}

// emit emits prefix+tok.
func (st *state) emit(prefix, tok string) {
	st.key = append(append(st.key[:0], prefix...), tok...)
	st.commit()
}

// emit3 emits prefix+a+b.
func (st *state) emit3(prefix, a, b string) {
	st.key = append(append(append(st.key[:0], prefix...), a...), b...)
	st.commit()
}
