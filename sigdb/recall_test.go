package sigdb

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/mizugiwa/mizugiwa/corpus"
	"github.com/mizugiwa/mizugiwa/message"
	"github.com/mizugiwa/mizugiwa/store"
)

// corpusRoot returns the SpamAssassin corpus root, or skips the test.
func corpusRoot(tb testing.TB) string {
	tb.Helper()
	root := corpus.DefaultDir()
	if _, err := os.Stat(filepath.Join(root, "data", "spam-1")); err != nil {
		tb.Skipf("SpamAssassin corpus not found at %s (set MIZUGIWA_CORPUS or run `mizugiwa corpus fetch spamassassin`)", root)
	}
	return root
}

type corpusMsg struct {
	path string
	m    *message.Message
}

// loadCorpus parses every message of the named corpus folders, in parallel.
func loadCorpus(tb testing.TB, root string, dirs ...string) []corpusMsg {
	tb.Helper()
	var files []string
	for _, d := range dirs {
		fs, err := filepath.Glob(filepath.Join(root, "data", d, "*.txt"))
		if err != nil {
			tb.Fatal(err)
		}
		files = append(files, fs...)
	}
	slices.Sort(files)
	out := make([]corpusMsg, len(files))
	var wg sync.WaitGroup
	ch := make(chan int)
	for range 2 {
		wg.Go(func() {
			for i := range ch {
				raw, err := os.ReadFile(files[i])
				if err != nil {
					tb.Error(err)
					continue
				}
				m, err := message.Parse(raw, message.Limits{})
				if err != nil {
					tb.Errorf("%s: %v", files[i], err)
					continue
				}
				out[i] = corpusMsg{files[i], m}
			}
		})
	}
	for i := range files {
		ch <- i
	}
	close(ch)
	wg.Wait()
	return slices.DeleteFunc(out, func(c corpusMsg) bool { return c.m == nil })
}

func openTestDB(tb testing.TB, o Options) *DB {
	tb.Helper()
	st, err := store.Open(tb.TempDir(), store.Options{NoSync: true})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	d, err := Open(st, o)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// envInt reads a measurement knob from the environment.
func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil {
		return v
	}
	return def
}

func envFloat(name string, def float64) float64 {
	if v, err := strconv.ParseFloat(os.Getenv(name), 64); err == nil {
		return v
	}
	return def
}

// mutation changes a copy of a message the way spam varies per recipient.
type mutation struct {
	name string
	text func(r *rand.Rand, s string) string
	html bool // change the HTML wrapper of HTML parts
	url  bool // change the query of every link
}

var fillerWords = strings.Fields(`the offer free money business people time today order
	credit report new home email world great best online program please information
	service special company life health market products click account million years`)

var names = []string{"John Smith", "Mary", "Hiroshi Tanaka", "Alex Johnson", "Dr. Patel", "Yuki"}

func randToken(r *rand.Rand) string {
	const alnum = "abcdefghijklmnopqrstuvwxyz0123456789"
	b := make([]byte, 6+r.IntN(10))
	for i := range b {
		b[i] = alnum[r.IntN(len(alnum))]
	}
	return string(b)
}

// insertRandom inserts a random string at a random place of every
// paragraph.
func insertRandom(r *rand.Rand, s string) string {
	paras := strings.Split(s, "\n\n")
	for i, p := range paras {
		lines := strings.Split(p, "\n")
		j := r.IntN(len(lines))
		ws := strings.Fields(lines[j])
		ws = slices.Insert(ws, r.IntN(len(ws)+1), randToken(r))
		lines[j] = strings.Join(ws, " ")
		paras[i] = strings.Join(lines, "\n")
	}
	return strings.Join(paras, "\n\n")
}

// replaceWords replaces one word in ten with another word.
func replaceWords(r *rand.Rand, s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		ws := strings.Fields(l)
		for j := range ws {
			if r.IntN(10) == 0 {
				ws[j] = fillerWords[r.IntN(len(fillerWords))]
			}
		}
		lines[i] = strings.Join(ws, " ")
	}
	return strings.Join(lines, "\n")
}

func addGreeting(r *rand.Rand, s string) string {
	return "Dear " + names[r.IntN(len(names))] + ",\n\n" + s
}

var urlRE = regexp.MustCompile(`https?://[^\s<>"]+`)

func changeQuery(r *rand.Rand, s string) string {
	return urlRE.ReplaceAllStringFunc(s, func(u string) string {
		u, _, _ = strings.Cut(u, "?")
		return u + "?rid=" + randToken(r) + "&m=" + strconv.Itoa(r.IntN(1e6))
	})
}

// changeSpace rewraps the text: spaces doubled here and there, lines
// joined and broken at other places.
func changeSpace(r *rand.Rand, s string) string {
	var b strings.Builder
	col := 0
	for i, w := range strings.Fields(s) {
		if i > 0 {
			if col > 50+r.IntN(20) {
				b.WriteString("\r\n")
				col = 0
			} else if r.IntN(8) == 0 {
				b.WriteString("   ")
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(w)
		col += len(w) + 1
	}
	return b.String()
}

func allMutations(r *rand.Rand, s string) string {
	return changeSpace(r, addGreeting(r, changeQuery(r, replaceWords(r, insertRandom(r, s)))))
}

var mutations = []mutation{
	{name: "random strings", text: insertRandom},
	{name: "10% words replaced", text: replaceWords},
	{name: "greeting with name", text: addGreeting},
	{name: "URL query changed", text: changeQuery, url: true},
	{name: "whitespace changed", text: changeSpace},
	{name: "HTML wrapper changed", html: true},
	{name: "all of the above", text: allMutations, html: true, url: true},
}

var bodyTagRE = regexp.MustCompile(`(?i)</?(html|body|head)[^>]*>`)

// mutate returns a copy of m whose text parts are changed by mu.
func mutate(r *rand.Rand, m *message.Message, mu mutation) *message.Message {
	c := *m
	c.Parts = make([]*message.Part, len(m.Parts))
	for i, p := range m.Parts {
		q := *p
		c.Parts[i] = &q
		if !p.IsText {
			continue
		}
		if mu.html && p.IsHTML {
			src, _ := message.DecodeCharset(p.Body, p.Charset)
			src = bodyTagRE.ReplaceAllString(src, "")
			doc := `<html><head><title>` + randToken(r) + `</title><style>td{font:12px}</style></head>` +
				`<body bgcolor="#ffffff"><table width="600"><tr><td><div class="` + randToken(r) + `">` +
				src + `</div></td></tr></table></body></html>`
			q.Text, q.Links, q.Images = message.ExtractHTML([]byte(doc))
		}
		if mu.url {
			q.Links = slices.Clone(q.Links)
			for j := range q.Links {
				q.Links[j].URL = changeQuery(r, q.Links[j].URL)
			}
		}
		if mu.text != nil {
			q.Text = mu.text(r, q.Text)
		}
	}
	return &c
}

// TestMutationRecall measures how well signatures survive the changes spam
// makes per recipient, and how much ham they hit. It adds every spam message
// of the SpamAssassin corpus, checks mutated copies of each and every ham
// message. Figures are logged; run with -v.
func TestMutationRecall(t *testing.T) {
	root := corpusRoot(t)
	if testing.Short() {
		t.Skip("corpus measurement skipped in -short mode")
	}
	ctx := context.Background()
	o := Options{
		WordShingle: envInt("SIGDB_WORD", 0),
		MinShingles: envInt("SIGDB_MIN", 0),
		Hashes:      envInt("SIGDB_HASHES", 0),
		Bands:       envInt("SIGDB_BANDS", 0),
		Threshold:   envFloat("SIGDB_THRESHOLD", 0),
	}
	d := openTestDB(t, o)
	o = d.Options()
	spam := loadCorpus(t, root, "spam-1", "spam-2")
	ham := loadCorpus(t, root, "easy-ham-1", "easy-ham-2", "hard-ham-1")
	t.Logf("options: hashes=%d bands=%d word=%d char=%d min=%d threshold=%.2f",
		o.Hashes, o.Bands, o.WordShingle, o.CharShingle, o.MinShingles, o.Threshold)

	var withSig []int
	nsig := 0
	for i, c := range spam {
		sigs, _, err := d.Add(ctx, c.m)
		if err != nil {
			t.Fatal(err)
		}
		if len(sigs) > 0 {
			withSig = append(withSig, i)
		}
		nsig += len(sigs)
	}
	t.Logf("spam: %d messages, %d yield signatures, %d signature reports", len(spam), len(withSig), nsig)
	if len(withSig) == 0 {
		t.Fatal("no spam message yields a signature")
	}

	r := rand.New(rand.NewPCG(1, 2))
	for _, mu := range mutations {
		hit := 0
		var missed []string
		for _, i := range withSig {
			mm := mutate(r, spam[i].m, mu)
			ms, err := d.Check(ctx, mm)
			if err != nil {
				t.Fatal(err)
			}
			if len(ms) > 0 {
				hit++
			} else if len(missed) < 5 {
				missed = append(missed, filepath.Base(spam[i].path))
			}
		}
		t.Logf("recall %-22s %5.1f%% (%d/%d) missed e.g. %v", mu.name+":", 100*float64(hit)/float64(len(withSig)), hit, len(withSig), missed)
		if mu.name == "all of the above" && float64(hit) < 0.95*float64(len(withSig)) {
			t.Errorf("recall of mutated copies %.1f%% is under the 95%% target", 100*float64(hit)/float64(len(withSig)))
		}
	}

	fp := 0
	for _, c := range ham {
		ms, err := d.Check(ctx, c.m)
		if err != nil {
			t.Fatal(err)
		}
		if len(ms) > 0 {
			fp++
			t.Logf("ham match: %s part %q %s sim %.2f reports %d", filepath.Base(filepath.Dir(c.path))+"/"+filepath.Base(c.path),
				ms[0].PartID, ms[0].Signature.Kind, ms[0].Similarity, ms[0].Signature.Count())
		}
	}
	t.Logf("ham matching a spam signature: %.3f%% (%d/%d)", 100*float64(fp)/float64(len(ham)), fp, len(ham))
	if float64(fp) > 0.001*float64(len(ham)) {
		t.Errorf("ham false-positive rate %.3f%% is over the 0.1%% target", 100*float64(fp)/float64(len(ham)))
	}
	if sz, err := d.st.Size(); err == nil {
		t.Logf("store size after %d spam: %d bytes", len(spam), sz)
	}
}
