// author.h: the flat C ABI of the authoring page (web/demo/author.html), a WebAssembly build
// of its own (web/dist/newsquiz-author.wasm) so that the reader's widget never carries the
// importers.
//
// The page hands over the text it holds; the same validator (core/document.h) and importers
// (import/import.h) as `newsquiz validate` and `newsquiz convert` answer, with the place of
// every problem in that text.
//
//   char* r = nq_author_check("gift", gift_text, "capitals");
//   // {"ok":true,"document":"{\n  \"format\": ...","diagnostics":[{"severity":"warning",...}]}
//   nq_author_free(r);
#pragma once

#ifdef __cplusplus
extern "C" {
#endif

// Checks `text` as `format` ("json": a newsquiz/1 document; "gift", "aiken", "moodle-xml",
// "opentdb": converted as `newsquiz convert --from FORMAT` does, `name` standing for IN's
// file name without its extension, "" for standard input). Returns
// {"ok": no errors, "document": the newsquiz/1 text to mount and download (null when not ok),
//  "diagnostics": [{"severity", "code", "pointer", "line", "column", "from", "to", "message"}]}
// where line and column are 1-based (0 = not in the text), and from..to is the range to select
// in the text, in UTF-16 code units as JavaScript counts them (from = to = -1 when there is none).
// The caller frees it with nq_author_free.
char* nq_author_check(const char* format, const char* text, const char* name);
void nq_author_free(void* p);

#ifdef __cplusplus
}  // extern "C"
#endif
