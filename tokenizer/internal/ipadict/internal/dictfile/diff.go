package dictfile

import (
	"fmt"
	"reflect"

	"github.com/ikawaha/kagome-dict/dict"
)

// Diff reports the first way in which got, the decoding of the encoding of
// want, differs from what Decode promises: the tables the analyzer reads
// and the dictionary info equal want's, and each morph's contents are its
// base form alone, with ContentsMeta pointing at it. nil means none.
func Diff(want, got *dict.Dict) error {
	for _, c := range []struct {
		name      string
		want, got any
	}{
		{"Morphs", want.Morphs, got.Morphs},
		{"POSTable", want.POSTable, got.POSTable},
		{"Connection", want.Connection, got.Connection},
		{"Index.Da", want.Index.Da, got.Index.Da},
		{"Index.Dup", want.Index.Dup, got.Index.Dup},
		{"CharClass", want.CharClass, got.CharClass},
		{"CharCategory", want.CharCategory, got.CharCategory},
		{"InvokeList", want.InvokeList, got.InvokeList},
		{"GroupList", want.GroupList, got.GroupList},
		{"UnkDict", want.UnkDict, got.UnkDict},
		{"Info", want.Info(), got.Info()},
	} {
		if !reflect.DeepEqual(c.want, c.got) {
			return fmt.Errorf("dictfile: %s differs", c.name)
		}
	}
	width := 0
	if len(want.POSTable.POSs) > 0 {
		width = len(want.POSTable.POSs[0])
	}
	wantMeta := dict.ContentsMeta{dict.BaseFormIndex: int8(width)}
	for _, k := range []string{dict.POSStartIndex, dict.POSHierarchy} {
		if v, ok := want.ContentsMeta[k]; ok {
			wantMeta[k] = v
		}
	}
	if !reflect.DeepEqual(got.ContentsMeta, wantMeta) {
		return fmt.Errorf("dictfile: ContentsMeta %v, want %v", got.ContentsMeta, wantMeta)
	}
	if len(got.Contents) != len(want.Contents) {
		return fmt.Errorf("dictfile: %d contents rows, want %d", len(got.Contents), len(want.Contents))
	}
	col := int(want.ContentsMeta[dict.BaseFormIndex]) - width
	for i, row := range want.Contents {
		if col < 0 || col >= len(row) {
			return fmt.Errorf("dictfile: contents row %d of want has no base form", i)
		}
		if g := got.Contents[i]; len(g) != 1 || g[0] != row[col] {
			return fmt.Errorf("dictfile: contents row %d is %q, want [%q]", i, g, row[col])
		}
	}
	return nil
}
