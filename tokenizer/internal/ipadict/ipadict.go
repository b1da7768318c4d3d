// Package ipadict loads kagome's IPA dictionary (IPADIC, from
// github.com/ikawaha/kagome-dict/ipa) from a compact file embedded in the
// binary.
//
// ipa.Dict() inflates a zip of gob and binary.Read records into about 80 MB
// of live heap in 590,000 objects, most of them readings and inflection
// columns that the tokenizer never reads, and takes about a second of CPU.
// Load decodes a file of plain little-endian columns instead (about 50 ms on
// two cores) and keeps only what the tokenizer uses: the analyzer's tables,
// the part-of-speech table and each morph's base form, about 42 MB in a few
// hundred objects with a third of the pointers for the garbage collector to
// scan.
//
// The data is regenerated from the kagome-dict/ipa module named in go.mod with
//
//	go generate ./tokenizer/internal/ipadict
package ipadict

import (
	_ "embed"
	"fmt"

	"github.com/ikawaha/kagome-dict/dict"

	"github.com/mizugiwa/mizugiwa/tokenizer/internal/ipadict/internal/dictfile"
)

//go:generate go run ./gen -o ipa.bin

// data is the embedded dictionary file; nothing writes to it.
//
//go:embed ipa.bin
var data []byte

// Load decodes the embedded IPA dictionary and returns it. Each call decodes
// anew and returns a dictionary of its own, so callers load once and share
// the result (it is read-only for kagome).
//
// The dictionary equals ipa.Dict() in everything kagome's analyzer reads
// (Morphs, POSTable, Connection, Index, CharClass, CharCategory, InvokeList,
// GroupList, UnkDict) and in its info. Its Contents keep only the base form,
// so for a known token BaseForm() and FeatureAt(0..3) (the POS levels) give
// what ipa.Dict() gives, while Reading() and Pronunciation() report false,
// FeatureAt(4) is the base form instead of the inflection type, FeatureAt(5)
// and above report false, and Features() is the four POS levels and the base
// form. Unknown-word tokens are unchanged.
//
// An error means the embedded file is damaged; it wraps
// dictfile.ErrCorrupt.
func Load() (*dict.Dict, error) {
	d, err := dictfile.Decode(data)
	if err != nil {
		return nil, fmt.Errorf("ipadict: load: %w", err)
	}
	return d, nil
}
