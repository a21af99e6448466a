// The browser platform layer: one widget per module instance, no GLFW and no main loop.
//
// The loader (web/src/loader.js) owns the DOM. It passes pointer input in (canvas-scoped
// Pointer Events, CSS pixels), asks for a frame only when something happened, and reads
// back one report per frame: the height the content needs, the items for the accessible
// mirror (when they changed), links to open, text to announce and whether to keep drawing.
// Keyboard input never reaches ImGui: focus lives in the DOM mirror, whose controls
// activate ImGui items by id. Everything else goes through the flat C ABI of capi.h.
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include <imgui.h>
#include <imgui_internal.h>

#include "capi.h"
#include "codec.h"
#include "fonts.h"
#include "json_writer.h"
#include "render.h"
#include "script.h"
#include "ui/ui.h"
#include "widget.h"

#define NQ_WEB extern "C" EMSCRIPTEN_KEEPALIVE

using nq::Json;

namespace {

constexpr int kTrailingFrames = 1;  // frames drawn after the last input (more while anything settles)

struct Web {
    NqWidget* widget = nullptr;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
    nq::ui::Ui ui;
    std::vector<nq::ui::Item> items;  // the last frame's, to activate and focus from the DOM mirror
    std::string items_sent;   // the items JSON the page has: the mirror only hears of changes
    std::string items_drawn;  // the previous frame's items: while they change, the screen is settling
    int trailing = 0;
    double last_ms = 0;
};
Web g_web;

void wake() { g_web.trailing = kTrailingFrames; }

bool create_gl() {
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.alpha = true;
    attrs.antialias = false;  // ImGui antialiases its own shapes
    attrs.depth = false;
    attrs.stencil = false;
    attrs.preserveDrawingBuffer = false;
    attrs.failIfMajorPerformanceCaveat = false;
    g_web.gl = emscripten_webgl_create_context("#canvas", &attrs);  // Module.canvas
    if (g_web.gl <= 0) return false;
    emscripten_webgl_make_context_current(g_web.gl);
    return true;
}

const char* cursor_name(ImGuiMouseCursor cursor) {
    switch (cursor) {
        case ImGuiMouseCursor_Hand: return "pointer";
        case ImGuiMouseCursor_TextInput: return "text";
        case ImGuiMouseCursor_ResizeNS: return "ns-resize";
        case ImGuiMouseCursor_NotAllowed: return "not-allowed";
        default: return "default";
    }
}

std::string hex_colour(uint32_t rgb) {
    static const char digits[] = "0123456789abcdef";
    std::string s = "#";
    for (int shift = 20; shift >= 0; shift -= 4) s += digits[(rgb >> shift) & 0xF];
    return s;
}

const nq::ui::Item* find_item(const char* id) {
    for (const nq::ui::Item& it : g_web.items)
        if (it.id == id) return &it;
    return nullptr;
}

// Whether an item of this role is picked or not, as a radio is.
bool has_checked(nq::ui::Role role) {
    return role == nq::ui::Role::radio || role == nq::ui::Role::checkbox || role == nq::ui::Role::option;
}

// Items as the DOM mirror reads them: [{"id","role","interactive","label","state","checked","value","href","level",
// "x","y","w","h"}]; "interactive" (what a reader acts on) is decided here, by ui::role_interactive, for the mirror.
std::string items_json(const std::vector<nq::ui::Item>& items) {
    nq::JsonWriter w;
    w.begin_array();
    for (const nq::ui::Item& it : items) {
        w.begin_object();
        w.field("id", it.id);
        w.field("role", nq::ui::role_name(it.role));
        w.field("label", it.label);
        if (nq::ui::role_interactive(it.role)) w.field("interactive", true);
        if (!it.state.empty()) w.field("state", it.state);
        if (has_checked(it.role)) w.field("checked", it.checked);
        if (!it.value.empty() || it.role == nq::ui::Role::textbox) w.field("value", it.value);
        if (!it.href.empty()) w.field("href", it.href);
        if (it.level) w.field("level", it.level);
        w.number("x", it.x);
        w.number("y", it.y);
        w.number("w", it.w);
        w.number("h", it.h);
        w.end_object();
    }
    w.end_array();
    return std::move(w.out);
}

// The frame's items as state().targets lists them.
std::vector<NqTarget> targets_of(const std::vector<nq::ui::Item>& items) {
    std::vector<NqTarget> out;
    for (const nq::ui::Item& it : items) {
        if (!nq::ui::item_is_target(it)) continue;
        NqTarget t;
        t.id = it.id;
        t.role = nq::ui::role_name(it.role);
        t.label = it.label;
        t.has_checked = has_checked(it.role);
        t.checked = it.checked;
        t.value = it.value;
        t.disabled = (" " + it.state + " ").find(" disabled ") != std::string::npos;
        t.x = it.x;
        t.y = it.y;
        t.w = it.w;
        t.h = it.h;
        out.push_back(std::move(t));
    }
    return out;
}

}  // namespace

// Opens the document and, when WebGL2 works, the canvas (Module.canvas) with its fonts.
// options_json: nq_open()'s options plus {"dark": bool, "accent": 0xRRGGBB, "reduced_motion": bool}. Font files
// (malloc'd, taken over) replace the browser-drawn glyphs; null = draw with the browser.
// Returns 1 with a canvas; 0 without WebGL2, and 2 for a document whose text the canvas cannot
// shape (core/script.h): the page then uses nq_web_widget() through capi.h as HTML.
NQ_WEB int nq_web_open(const char* doc_json, const char* options_json, void* regular, int regular_size, void* bold,
                       int bold_size) {
    g_web.widget = nq_open(doc_json, options_json);
    Json o;
    nq::Diagnostic error;
    if (!nq::json_parse(options_json ? options_json : "{}", o, error) || !o.is_object()) o = Json::object();
    const Json* dark = o.find("dark");
    const Json* accent = o.find("accent");
    g_web.ui.options.dark = dark && dark->get<bool>();
    double rgb = accent ? accent->number() : 0;
    g_web.ui.options.accent = rgb >= 0 && rgb <= 0xFFFFFF ? uint32_t(rgb) : 0;
    g_web.ui.options.lang = g_web.widget->lang;
    g_web.ui.options.aggregates = g_web.widget->has_aggregates ? &g_web.widget->aggregates : nullptr;
    g_web.ui.options.strings = &g_web.widget->strings;
    g_web.ui.options.actions_button = g_web.widget->actions_button;
    const Json* reduced = o.find("reduced_motion");
    g_web.ui.options.reduced_motion = reduced && reduced->get<bool>();
    if (nq::document_needs_shaping(g_web.widget->app.loaded.doc)) {
        std::free(regular);
        std::free(bold);
        return 2;
    }
    bool canvas = create_gl();
    if (canvas) {
        ImGui::CreateContext();
        canvas = nq::web::render_init();
        if (!canvas) {  // a context that cannot even compile two shaders is no better than none
            ImGui::DestroyContext();
            emscripten_webgl_destroy_context(g_web.gl);
            g_web.gl = 0;
        }
    }
    if (!canvas) {
        std::free(regular);
        std::free(bold);
        return 0;
    }
    nq::ui::ui_setup_context();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigInputTrickleEventQueue = true;  // a tap's move and press land in separate frames
    g_web.ui.fonts = regular ? nq::web::fonts_add_memory(io.Fonts, regular, regular_size, bold, bold_size)
                             : nq::web::fonts_add_canvas(io.Fonts);
    wake();
    return 1;
}

// The widget behind this instance, for the C ABI (state, view, apply, events, progress).
NQ_WEB NqWidget* nq_web_widget() { return g_web.widget; }

NQ_WEB void nq_web_close() {
    if (g_web.gl > 0) {
        emscripten_webgl_make_context_current(g_web.gl);
        nq::web::render_shutdown();
        ImGui::DestroyContext();
        emscripten_webgl_destroy_context(g_web.gl);
        g_web.gl = 0;
    }
    nq_close(g_web.widget);
    g_web.widget = nullptr;
}

// Pointer input in CSS pixels relative to the canvas. kind: 0 move, 1 down, 2 up,
// 3 cancel (a scroll took over: leave the item first, so it never clicks), 4 leave.
// source: 0 mouse, 1 touch, 2 pen.
NQ_WEB void nq_web_pointer(int kind, float x, float y, int button, int source) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(source == 1 ? ImGuiMouseSource_TouchScreen
                                       : source == 2 ? ImGuiMouseSource_Pen : ImGuiMouseSource_Mouse);
    button = std::clamp(button, 0, 2);
    switch (kind) {
        case 1:
            io.AddMousePosEvent(x, y);
            io.AddMouseButtonEvent(button, true);
            break;
        case 2:
            io.AddMousePosEvent(x, y);
            io.AddMouseButtonEvent(button, false);
            if (source == 1) io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);  // a finger lifted hovers nothing
            break;
        case 3:
            io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
            io.AddMouseButtonEvent(button, false);
            break;
        case 4: io.AddMousePosEvent(-FLT_MAX, -FLT_MAX); break;
        default: io.AddMousePosEvent(x, y); break;
    }
    wake();
}

// A DOM mirror control was activated (click, Enter, Space, a screen reader's action).
NQ_WEB void nq_web_activate(const char* item_id) {
    if (const nq::ui::Item* it = find_item(item_id))
        if (it->imgui_id) ImGui::ActivateItemByID(it->imgui_id);
    wake();
}

// The DOM mirror's focus: ImGui draws its focus ring there ("" = none).
NQ_WEB void nq_web_focus(const char* item_id) {
    g_web.ui.focus_id = item_id;
    wake();
}

// Text typed into the real <input> over a textbox item.
NQ_WEB void nq_web_text(const char* item_id, const char* text) {
    nq::ui::ui_set_text(g_web.ui, item_id, text);
    wake();
}

NQ_WEB void nq_web_theme(int dark) {
    g_web.ui.options.dark = dark != 0;
    wake();
}

// The clock of a frame: ImGui's time step and the widget's timers.
static void frame_clock(double now_ms) {
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = g_web.last_ms > 0 && now_ms > g_web.last_ms ? float((now_ms - g_web.last_ms) / 1000.0) : 1.0f / 60.0f;
    g_web.last_ms = now_ms;
    widget_apply(*g_web.widget, {nq::IntentKind::tick}, now_ms);  // a timed attempt ends on time
    g_web.ui.now_ms = now_ms;
}

// One ImGui pass over the current screen at this CSS size: layout and draw lists, no WebGL.
static nq::ui::FrameOut frame_pass(nq::ui::Ui& ui, float css_width, float css_height, float dpr) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(css_width, css_height);
    io.DisplayFramebufferScale = ImVec2(dpr, dpr);
    ImGui::NewFrame();
    nq::ui::FrameOut out = nq::ui::ui_frame(ui, g_web.widget->app);
    ImGui::Render();
    return out;
}

// The height in CSS pixels the current screen needs at this width, laid out and not drawn, so
// that the page sizes the canvas before the first frame (nothing the reader did changes).
NQ_WEB float nq_web_measure(float css_width, float dpr, double now_ms) {
    frame_clock(now_ms);
    nq::ui::Ui scratch = g_web.ui;
    return frame_pass(scratch, css_width, 1, dpr).content_height;
}

// Draws one frame at this CSS size and device pixel ratio; returns the frame's report as
// JSON for the page (the caller frees it with nq_free):
// {"more", "height", "items"?, "announce"?, "links"?, "clipboard"?, "events", "saved" (the attempt's
//  log grew), "progress" (the site's progress changed), "cursor", "background", "focused", "wake_ms"}.
NQ_WEB char* nq_web_frame(float css_width, float css_height, float dpr, double now_ms) {
    NqWidget& w = *g_web.widget;
    frame_clock(now_ms);
    nq::ui::FrameOut out = frame_pass(g_web.ui, css_width, css_height, dpr);
    // What the reader did (a tap on Start, a choice, Submit) shows in this frame: the intents are
    // applied and the screen they lead to laid out again before anything is drawn.
    constexpr int kRepasses = 2;
    for (int pass = 0; pass < kRepasses && !out.intents.empty(); pass++) {
        for (const nq::Intent& intent : out.intents) widget_apply(w, intent, now_ms);
        ImGui::GetIO().DeltaTime = 1e-4f;  // the same instant
        nq::ui::FrameOut next = frame_pass(g_web.ui, css_width, css_height, dpr);
        next.open_links.insert(next.open_links.begin(), out.open_links.begin(), out.open_links.end());
        if (next.announcement.empty()) next.announcement = std::move(out.announcement);
        if (next.clipboard.empty()) next.clipboard = std::move(out.clipboard);
        out = std::move(next);
    }
    nq::web::render_frame(ImGui::GetDrawData());

    for (const nq::Intent& intent : out.intents) widget_apply(w, intent, now_ms);
    // Intents still left after the passes (a chain of them) describe a screen that may be gone: their
    // items are not kept, and the next frame draws what they lead to.
    g_web.items = out.intents.empty() ? out.items : std::vector<nq::ui::Item>();
    w.targets = targets_of(g_web.items);
    if (!out.intents.empty()) g_web.trailing = std::max(g_web.trailing, 2);  // the next screen settles

    std::string items_text = items_json(out.items);
    // Keep drawing while anything moves: input still queued, an item held or just released (what
    // a press does shows a frame later), an animation, the height, or the items themselves.
    const ImGuiContext& g = *GImGui;
    bool settling = std::fabs(out.content_height - css_height) > 0.5f || items_text != g_web.items_drawn;
    g_web.items_drawn = items_text;
    bool pressing = g.ActiveId != 0 || g.ActiveIdPreviousFrame != 0;
    bool more = --g_web.trailing > 0 || g.InputEventsQueue.Size > 0 || pressing || out.animating || settling;
    g_web.trailing = std::max(g_web.trailing, 0);
    nq::JsonWriter r;
    r.begin_object();
    r.field("more", more);
    r.number("height", out.content_height);
    if (out.intents.empty() && items_text != g_web.items_sent) {
        r.key("items");
        r.raw(items_text);
        g_web.items_sent = std::move(items_text);
    }
    if (!out.announcement.empty()) r.field("announce", out.announcement);
    if (!out.open_links.empty()) r.field("links", out.open_links);
    if (!out.clipboard.empty()) r.field("clipboard", out.clipboard);
    r.field("events", w.pending.size());
    r.field("saved", w.log_changed);
    r.field("progress", w.app.progress_changed);
    w.log_changed = false;
    r.field("cursor", cursor_name(ImGui::GetMouseCursor()));
    r.field("background", hex_colour(out.background));
    r.field("focused", out.focused_id);
    double left = nq::app_remaining_ms(w.app, now_ms);
    r.number("wake_ms", left > 0 ? std::fmod(left, 1000.0) + 1 : -1);
    r.end_object();
    const std::string& text = r.out;
    char* copy = static_cast<char*>(std::malloc(text.size() + 1));
    if (copy) std::memcpy(copy, text.c_str(), text.size() + 1);
    return copy;
}
