// capi.h: the flat C ABI that JavaScript calls, one widget per handle.
//
// The loader drives a widget through these functions on both of its paths: the canvas
// (wasm/web/ adds the ImGui frame and feeds its items in) and the HTML fallback without
// WebGL (it renders nq_view() in the DOM and sends intents back). Strings in and out are
// UTF-8 JSON; every returned string is the caller's to free with nq_free(). The same file
// compiles natively, where tests/unit-capi.cpp drives it.
//
//   NqWidget* w = nq_open(doc_json, "{\"seed\":7,\"actor\":\"r1\",\"home_page\":\"https://x.example\"}");
//   nq_apply(w, "{\"intent\":\"start_quiz\"}", now_ms);
//   char* events = nq_take_events(w, "{\"timestamp\":\"2025-09-03T10:00:00.000Z\",\"id_seed\":\"<32 hex>\"}");
//   char* state = nq_state(w);   // interfaces.md §4
//   nq_free(events); nq_free(state); nq_close(w);
//
// The widget behind a handle is NqWidget (widget.h); this file is the whole ABI.
#pragma once

#ifdef __cplusplus
extern "C" {
#endif

typedef struct NqWidget NqWidget;

// Opens a document (never fails: a bad document opens on the error screen). options_json:
// {"seed": uint, "start": "article"|"quiz", "now_ms": epoch ms, "today": the reader's local day
//  number, "lang": BCP 47 ("" = the document's), "progress": the site's stored progress text
//  (core/progress.h), "learner": a fresh random id for a reader without one, "home_page": site
//  origin, "activity_base": xAPI IRI prefix, "resume": what nq_progress() returned earlier
//  (replayed silently), "actions": "list"|"button" (the card lists the actions, or offers one button
//  to their screen), "aggregates": AGG.json's text, "strings": a strings file's text (the page's
//  words over the document's; one with an error is ignored with a warning)}; any field may be missing.
NqWidget* nq_open(const char* doc_json, const char* options_json);
void nq_close(NqWidget* w);
void nq_free(void* p);

// The current screen as interfaces.md §4 state() (targets from the last frame's items).
char* nq_state(const NqWidget* w);

// The current screen as core/view.h decides it (every word, mark and button), for the HTML
// version to draw.
char* nq_view(const NqWidget* w, double now_ms);

// Applies {"intent": name, "response": content-format response, "index": n} at now_ms; an
// answer may instead give {"text": what the reader typed} (numeric, text), which the core reads.
// Returns 1 when the intent was understood (it may still change nothing), 0 when not.
int nq_apply(NqWidget* w, const char* intent_json, double now_ms);

// Events queued since the last call: [{"type": "newsquiz:answer", "detail": {...}}, ...],
// each answer and completion followed by its newsquiz:xapi statements. stamp_json:
// {"timestamp": ISO 8601, "id_seed": 32 hex digits of fresh randomness}.
char* nq_take_events(NqWidget* w, const char* stamp_json);
int nq_pending_events(const NqWidget* w);

// What the reader did, to keep and pass back as options.resume: {"seed", "log": [...]}.
char* nq_progress(const NqWidget* w);

// The site's progress to store: the widget's attempts and ticks merged into stored_text (what
// another tab may have written since), compacted to its size cap. Clears nq_progress_changed().
char* nq_progress_save(NqWidget* w, const char* stored_text);
int nq_progress_changed(const NqWidget* w);

// The reader's say on keeping progress on the device (core/app.h Consent): "given", "ask",
// "asking" (the view asks), "refused". A static string: not to be freed.
const char* nq_consent(const NqWidget* w);
// 1 once after the reader confirmed "Delete my progress": the platform empties its storage.
int nq_take_progress_deleted(NqWidget* w);
// 1 once after the reader pressed "Download my progress": the platform hands over the stored JSON.
int nq_take_download(NqWidget* w);

// Merges stored_text (another widget's or another tab's save) into the widget's progress,
// without saving. Returns 0, changing nothing, when the text comes from a newer newsquiz.
int nq_progress_merge(NqWidget* w, const char* stored_text);

// The stored store with what the widget has and it lacks (another tab saved over it at the same
// moment), to write back; NULL when it lacks nothing, or comes from a newer newsquiz. Caller frees.
char* nq_progress_missing(const NqWidget* w, const char* stored_text);

// Problems found in the stored progress at open, as "[newsquiz] progress: ..." lines (JSON array).
char* nq_warnings(const NqWidget* w);

// 1 when the stored progress given at open lost something in reading (a store from a newer
// newsquiz is not: it is never saved over). The next save repairs it, so the platform keeps
// the text as it was first.
int nq_progress_damaged(const NqWidget* w);

#ifdef __cplusplus
}  // extern "C"
#endif
