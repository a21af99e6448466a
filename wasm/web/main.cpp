// SKELETON platform layer for the browser: one widget per module instance, no GLFW, no main loop.
// The loader (web/src/loader.js) owns the DOM: it feeds input in and asks for frames on demand.
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <GLES3/gl3.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <nlohmann/json.hpp>

#include "app.h"
#include "ui/ui.h"

#define NQ_WEB extern "C" EMSCRIPTEN_KEEPALIVE

namespace {

struct Web {
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
    nq::App app;
    nq::ui::Ui ui;
    nq::ui::FrameOut last;
    int trailing_frames = 0;  // frames still to draw after the last input
};
Web g_web;

char* dup_string(const std::string& s) {
    char* p = static_cast<char*>(std::malloc(s.size() + 1));
    std::memcpy(p, s.c_str(), s.size() + 1);
    return p;
}

}  // namespace

// Creates the GL context on Module.canvas and loads the document; 1 = ready, 0 = error card.
NQ_WEB int nq_web_open(const char* doc_json) {
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.alpha = true;
    attrs.antialias = false;
    attrs.depth = false;
    attrs.stencil = false;
    g_web.gl = emscripten_webgl_create_context("#canvas", &attrs);
    if (g_web.gl <= 0) return 0;
    emscripten_webgl_make_context_current(g_web.gl);
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.Fonts->AddFontDefault();
    ImGui::StyleColorsLight();
    ImGui_ImplOpenGL3_Init("#version 300 es");
    g_web.app = nq::app_open(doc_json, nq::AppOptions());
    g_web.trailing_frames = 3;
    return g_web.app.loaded.ok ? 1 : 0;
}

// Input from the loader, in CSS pixels relative to the canvas. kind: 0 move, 1 down, 2 up, 3 cancel/leave.
NQ_WEB void nq_web_pointer(int kind, float x, float y, int button) {
    ImGuiIO& io = ImGui::GetIO();
    if (kind == 3) {
        io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);  // leave the item first, so a cancelled gesture never clicks
        io.AddMouseButtonEvent(0, false);
    } else {
        io.AddMousePosEvent(x, y);
        if (kind == 1 || kind == 2) io.AddMouseButtonEvent(button, kind == 1);
    }
    g_web.trailing_frames = 3;
}

// Draws one frame at the given CSS size and device pixel ratio; returns 1 while more frames are wanted.
NQ_WEB int nq_web_frame(float css_width, float css_height, float dpr, double now_ms) {
    ImGuiIO& io = ImGui::GetIO();
    static double last_ms = 0;
    io.DeltaTime = last_ms > 0 && now_ms > last_ms ? float((now_ms - last_ms) / 1000.0) : 1.0f / 60.0f;
    last_ms = now_ms;
    io.DisplaySize = ImVec2(css_width, css_height);
    io.DisplayFramebufferScale = ImVec2(dpr, dpr);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    g_web.last = nq::ui::ui_frame(g_web.ui, g_web.app);
    ImGui::Render();
    glViewport(0, 0, int(std::lround(css_width * dpr)), int(std::lround(css_height * dpr)));
    glClearColor(0, 0, 0, 0);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    bool settling = std::fabs(g_web.last.content_height - css_height) > 0.5f;
    if (settling) g_web.trailing_frames = std::max(g_web.trailing_frames, 2);
    return --g_web.trailing_frames > 0 ? 1 : 0;
}

NQ_WEB float nq_web_height() { return g_web.last.content_height; }

// The screen as data (state() of interfaces.md §4); the caller frees it with free().
NQ_WEB char* nq_web_state() {
    nlohmann::json s;
    const nq::Document& d = g_web.app.loaded.doc;
    s["screen"] = nq::screen_name(g_web.app.screen);
    s["article"] = {{"id", d.article.id}, {"headline", d.article.headline}};
    s["question"] = nullptr;
    s["result"] = nullptr;
    s["error"] = g_web.app.loaded.ok ? nlohmann::json(nullptr) : nlohmann::json("This quiz could not be loaded");
    nlohmann::json targets = nlohmann::json::array();
    for (const nq::ui::Item& it : g_web.last.items)
        targets.push_back({{"id", it.id}, {"role", nq::ui::role_name(it.role)}, {"label", it.label},
                           {"x", it.x}, {"y", it.y}, {"w", it.w}, {"h", it.h}});
    s["targets"] = targets;
    return dup_string(s.dump());
}
