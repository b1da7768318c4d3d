package rules

import (
	"strings"

	"github.com/mizugiwa/mizugiwa/message"
)

// programExts are file-name extensions that run code, or mount something
// that does, when the recipient opens the attachment. Ordinary mail between
// people sends documents, pictures and archives, not these.
var programExts = map[string]bool{
	"exe": true, "scr": true, "com": true, "pif": true, "bat": true, "cmd": true,
	"vbs": true, "vbe": true, "js": true, "jse": true, "wsf": true, "wsh": true,
	"hta": true, "msi": true, "msp": true, "jar": true, "ps1": true, "lnk": true,
	"reg": true, "cpl": true, "scf": true, "iso": true, "img": true, "vhd": true,
	"vhdx": true, "one": true, "docm": true, "xlsm": true, "pptm": true, "dotm": true,
	"xlam": true, "appx": true, "msix": true,
}

// programTypes are media types declared for programs.
var programTypes = map[string]bool{
	"application/x-msdownload": true, "application/x-msdos-program": true,
	"application/x-ms-dos-executable": true, "application/x-dosexec": true,
	"application/hta": true, "application/x-ms-shortcut": true,
	"application/x-iso9660-image": true, "application/java-archive": true,
}

// pageExts are extensions of files a browser opens as a page: phishing
// attaches its login form so, to keep the link off the message.
var pageExts = map[string]bool{"htm": true, "html": true, "shtml": true, "xhtml": true, "mht": true, "mhtml": true, "svg": true}

// documentExts are extensions a double extension shows before the real one.
var documentExts = map[string]bool{
	"pdf": true, "doc": true, "docx": true, "xls": true, "xlsx": true, "ppt": true, "pptx": true,
	"txt": true, "rtf": true, "csv": true, "jpg": true, "jpeg": true, "png": true, "gif": true,
	"zip": true, "html": true, "htm": true,
}

// fileExts returns the last extension of a file name and the one before it,
// lower-cased, each "" when absent. Blanks before the last dot (as in
// "invoice.pdf      .exe", which hides the end of the name) are skipped.
func fileExts(name string) (last, prev string) {
	name = strings.ToLower(strings.TrimRight(name, " \t.\"'"))
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	i := strings.LastIndexByte(name, '.')
	if i <= 0 {
		return "", ""
	}
	last = name[i+1:]
	rest := strings.TrimRight(name[:i], " \t")
	if j := strings.LastIndexByte(rest, '.'); j > 0 {
		prev = rest[j+1:]
	}
	return last, prev
}

// anyAttachment reports the first attachment of ec's message for which
// match gives a detail ("" for no match).
func anyAttachment(ec *evalCtx, match func(p *message.Part) string) (bool, string) {
	for _, p := range ec.m.Parts {
		if !p.IsAttachment {
			continue
		}
		if d := match(p); d != "" {
			return true, d
		}
	}
	return false, ""
}

// attachmentProgram reports an attachment that runs code when opened: a
// program extension or a media type declared for a program.
func attachmentProgram(ec *evalCtx, _ float64) (bool, string) {
	return anyAttachment(ec, func(p *message.Part) string {
		if last, _ := fileExts(p.Filename); programExts[last] {
			return p.Filename
		}
		if programTypes[p.ContentType] {
			return p.ContentType
		}
		return ""
	})
}

// attachmentDoubleExt reports an attachment whose name shows a document's
// extension before a program's ("請求書.pdf.exe").
func attachmentDoubleExt(ec *evalCtx, _ float64) (bool, string) {
	return anyAttachment(ec, func(p *message.Part) string {
		if last, prev := fileExts(p.Filename); programExts[last] && documentExts[prev] {
			return p.Filename
		}
		return ""
	})
}

// attachmentPage reports an attachment a browser opens as a page (HTML,
// MHT, SVG).
func attachmentPage(ec *evalCtx, _ float64) (bool, string) {
	return anyAttachment(ec, func(p *message.Part) string {
		if last, _ := fileExts(p.Filename); pageExts[last] {
			return p.Filename
		}
		return ""
	})
}
