#include "headless.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "fonts.h"

namespace nq::native {

// [SECTION] Opening

Headless::~Headless() {
    if (!context) return;
    ImGui::SetCurrentContext(context);
    raster_release_textures(textures);
    ImGui::DestroyContext(context);
}

std::unique_ptr<Headless> headless_open(std::string_view json_text, const HeadlessOptions& options) {
    auto h = std::make_unique<Headless>();
    h->context = ImGui::CreateContext();
    ImGui::SetCurrentContext(h->context);
    ImGuiIO& io = ImGui::GetIO();
    io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures;
    ui::ui_setup_context();
    if (options.fonts) fonts_load(h->ui.fonts, h->font_error);
    h->ui.options = options.ui;
    h->width = options.width;
    h->scale = options.scale;
    h->frame_ms = options.frame_ms;
    h->now_ms = options.start_ms;
    AppOptions app_options;
    app_options.seed = options.seed;
    app_options.now_ms = options.start_ms;
    app_options.today = options.today != 0 ? options.today : headless_day(options.start_ms);
    app_options.progress = options.progress;
    h->app = app_open(json_text, app_options);
    h->events = h->app.opened_events;
    headless_settle(*h);
    return h;
}

int headless_day(double epoch_ms) { return int(std::floor(epoch_ms / 86400000.0)); }

// [SECTION] Frames and input

static void apply(Headless& h, const Intent& intent) {
    for (const AppEvent& e : app_apply(h.app, intent, h.now_ms)) h.events.push_back(e);
}

const ui::FrameOut& headless_frame(Headless& h) {
    ImGui::SetCurrentContext(h.context);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(h.width, h.height);
    io.DisplayFramebufferScale = ImVec2(h.scale, h.scale);
    io.DeltaTime = float(h.frame_ms / 1000.0);
    ImGui::NewFrame();
    h.ui.now_ms = h.now_ms;
    h.out = ui::ui_frame(h.ui, h.app);
    ImGui::Render();
    raster_update_textures(h.textures, ImGui::GetDrawData());

    // What the web platform does with a frame's output.
    apply(h, Intent{IntentKind::tick});
    for (const Intent& i : h.out.intents) apply(h, i);
    for (const std::string& url : h.out.open_links) h.opened.push_back(url);
    if (!h.out.clipboard.empty()) h.copied.push_back(h.out.clipboard);
    if (!h.out.announcement.empty()) h.announced.push_back(h.out.announcement);
    h.height = std::max(1.0f, h.out.content_height);
    h.now_ms += h.frame_ms;
    ++h.frames;
    return h.out;
}

int headless_settle(Headless& h, int max_frames) {
    int n = 0;
    while (n < max_frames) {
        float before = h.height;
        const ui::FrameOut& out = headless_frame(h);
        ++n;
        bool queued = GImGui->InputEventsQueue.Size > 0;
        if (n >= 2 && out.intents.empty() && !out.animating && !queued && before == h.height) break;
    }
    return n;
}

void headless_resize(Headless& h, float width) {
    h.width = width;
    headless_settle(h);
}

const ui::Item* headless_find(const Headless& h, const std::string& id) {
    for (const ui::Item& it : h.out.items)
        if (it.id == id) return &it;
    return nullptr;
}

std::vector<ui::Item> headless_find_all(const Headless& h, const std::string& prefix) {
    std::vector<ui::Item> found;
    for (const ui::Item& it : h.out.items)
        if (it.id.compare(0, prefix.size(), prefix) == 0) found.push_back(it);
    return found;
}

bool headless_click(Headless& h, const std::string& id) {
    const ui::Item* it = headless_find(h, id);
    if (!it) return false;
    headless_click_at(h, it->x + it->w * 0.5f, it->y + it->h * 0.5f);
    return true;
}

void headless_click_at(Headless& h, float x, float y) {
    ImGui::SetCurrentContext(h.context);
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(x, y);
    headless_frame(h);
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
    headless_frame(h);
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
    headless_frame(h);
    io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);  // a tap: nothing stays hovered
    headless_settle(h);
}

bool headless_drag(Headless& h, const std::string& id, float dy) {
    const ui::Item* it = headless_find(h, id);
    if (!it) return false;
    ImGui::SetCurrentContext(h.context);
    ImGuiIO& io = ImGui::GetIO();
    float x = it->x + it->w * 0.5f, y = it->y + it->h * 0.5f;
    io.AddMousePosEvent(x, y);
    headless_frame(h);
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
    headless_frame(h);
    const int steps = std::max(2, int(std::fabs(dy) / 6));
    for (int i = 1; i <= steps; ++i) {
        io.AddMousePosEvent(x, y + dy * float(i) / float(steps));
        headless_frame(h);
    }
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
    headless_frame(h);
    io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    headless_settle(h);
    return true;
}

void headless_key(Headless& h, ImGuiKey key, bool shift) {
    ImGui::SetCurrentContext(h.context);
    ImGuiIO& io = ImGui::GetIO();
    if (shift) io.AddKeyEvent(ImGuiMod_Shift, true);
    io.AddKeyEvent(key, true);
    headless_frame(h);
    io.AddKeyEvent(key, false);
    if (shift) io.AddKeyEvent(ImGuiMod_Shift, false);
    headless_frame(h);
    headless_settle(h);
}

void headless_type(Headless& h, const std::string& utf8) {
    ImGui::SetCurrentContext(h.context);
    ImGui::GetIO().AddInputCharactersUTF8(utf8.c_str());
    headless_frame(h);
    headless_settle(h);
}

bool headless_tab_to(Headless& h, const std::string& id, int max_tabs) {
    for (int i = 0; i <= max_tabs; ++i) {
        if (h.out.focused_id == id) return true;
        if (i < max_tabs) headless_key(h, ImGuiKey_Tab);
    }
    return false;
}

Image headless_render(Headless& h) {
    headless_frame(h);
    ImDrawData* data = ImGui::GetDrawData();
    Image img = image_filled(int(std::lround(data->DisplaySize.x * h.scale)), int(std::lround(data->DisplaySize.y * h.scale)),
                             h.out.background);
    raster_draw(h.textures, data, img);
    return img;
}

// [SECTION] Driving the App to a screen

static bool weight_right(const Choice& c) { return c.correct || (c.weight && *c.weight > 0); }

Response headless_response(const Question& q, const QuestionRecord& rec, bool correct) {
    Response r;
    r.answered = true;
    switch (q.type) {
        case QuestionType::single: {
            const Choice* best = nullptr;
            for (int i : rec.order) {
                const Choice& c = q.choices[size_t(i)];
                double w = c.weight.value_or(c.correct ? 100.0 : 0.0);
                if (correct ? (!best || w > best->weight.value_or(best->correct ? 100.0 : 0.0)) : (!best && !weight_right(c)))
                    best = &c;
            }
            if (best) r.ids = {best->id};
            break;
        }
        case QuestionType::multiple:
            for (int i : rec.order) {
                const Choice& c = q.choices[size_t(i)];
                if (correct ? weight_right(c) : (!weight_right(c) && r.ids.empty())) r.ids.push_back(c.id);
            }
            break;
        case QuestionType::true_false: r.boolean = correct ? q.answer_bool : !q.answer_bool; break;
        case QuestionType::numeric:
            if (q.min && q.max) r.number = correct ? (*q.min + *q.max) / 2 : *q.max + 1;
            else r.number = correct ? q.answer_number : q.answer_number + q.tolerance + 1;
            break;
        case QuestionType::text: r.text = correct && !q.accept.empty() ? q.accept.front() : "I am not sure"; break;
        case QuestionType::order:
            if (correct)
                for (const nq::Item& i : q.items) r.ids.push_back(i.id);
            else
                for (int i : rec.order) r.ids.push_back(q.items[size_t(i)].id);
            break;
        case QuestionType::match:
            for (size_t i = 0; i < q.pairs.size(); ++i)
                r.matches.push_back({q.pairs[i].id, q.pairs[correct ? i : (i + 1) % q.pairs.size()].id});
            break;
    }
    return r;
}

// "question:12" -> ("question", 12); "results" -> ("results", 0); -1 when N is not a number from 1.
static std::string split_screen(const std::string& screen, int& n) {
    std::string name = screen.substr(0, screen.find(':'));
    n = 0;
    if (name == screen) return name;
    std::string number = screen.substr(name.size() + 1);
    for (char c : number) {
        if (c < '0' || c > '9' || n > 100000) {
            n = -1;
            return name;
        }
        n = n * 10 + (c - '0');
    }
    if (n < 1) n = -1;
    return name;
}

bool headless_screen_known(const std::string& screen) {
    int n = 0;
    std::string name = split_screen(screen, n);
    if (name == "question" || name == "feedback") return n >= 1;
    return n == 0 && (name == "article" || name == "results" || name == "review" || name == "actions" ||
                      name == "progress" || name == "error");
}

bool headless_drive(Headless& h, const std::string& screen, std::string& error) {
    ImGui::SetCurrentContext(h.context);
    App& app = h.app;
    const Quiz& quiz = app.loaded.doc.quiz;
    if (!headless_screen_known(screen)) {
        error = "unknown screen '" + screen + "' (question:N and feedback:N count from 1)";
        return false;
    }
    int n = 0;
    std::string name = split_screen(screen, n);
    if (name == "error") {
        if (app.screen != Screen::error) {
            error = "the document is valid: it has no error card";
            return false;
        }
        headless_settle(h);
        return true;
    }
    if (app.screen == Screen::error) {
        error = "the document is not valid (see `newsquiz validate`); only --screen error applies";
        return false;
    }
    if (name == "article") {
        headless_settle(h);
        return true;
    }
    if (name == "progress") {
        apply(h, Intent{IntentKind::show_progress});
        headless_settle(h);
        return true;
    }
    if (name == "actions") {
        if (app.loaded.doc.actions.empty()) {
            error = "the document has no actions";
            return false;
        }
        apply(h, Intent{IntentKind::show_actions});
        headless_settle(h);
        return true;
    }
    if (!app.loaded.doc.has_quiz) {
        error = "the document has no quiz";
        return false;
    }
    if (name == "feedback" && quiz.feedback != FeedbackMode::immediate) {
        error = "this quiz gives its feedback at the end: there is no feedback screen";
        return false;
    }
    apply(h, Intent{IntentKind::start_quiz});
    const int total = int(app.session.records.size());
    if ((name == "question" || name == "feedback") && n > total) {
        error = "question " + std::to_string(n) + ": this attempt has " + std::to_string(total) + " questions";
        return false;
    }
    int answered = 0;
    auto answer_current = [&] {
        const QuestionRecord* rec = app_current_record(app);
        const Question* q = app_current_question(app);
        if (!rec || !q) return;
        Intent a{IntentKind::answer};
        a.response = headless_response(*q, *rec, answered % 3 != 2);
        h.now_ms += 5000;  // five seconds a question: durations that look like a reader's
        apply(h, a);
        apply(h, Intent{IntentKind::submit});
        ++answered;
    };
    auto move_on = [&] {
        if (app.session.phase == Phase::feedback) apply(h, Intent{IntentKind::next});
    };
    if (name == "question" || name == "feedback") {
        for (int k = 0; k + 1 < n; ++k) {
            answer_current();
            move_on();
        }
        if (name == "feedback") answer_current();
    } else {
        for (int guard = 0; app.screen == Screen::question && guard <= total; ++guard) {
            answer_current();
            move_on();
        }
        if (name == "review") apply(h, Intent{IntentKind::show_review});
    }
    headless_settle(h);
    return true;
}

}  // namespace nq::native
