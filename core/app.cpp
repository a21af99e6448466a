// SKELETON: opens a document on its card; the session work completes app_apply.
#include "app.h"

namespace nq {

const char* screen_name(Screen screen) {
    switch (screen) {
        case Screen::article: return "article";
        case Screen::question: return "question";
        case Screen::results: return "results";
        case Screen::review: return "review";
        case Screen::progress: return "progress";
        case Screen::actions: return "actions";
        case Screen::error: return "error";
    }
    return "error";
}

App app_open(std::string_view json_text, const AppOptions& options) {
    App app;
    app.loaded = load_document(json_text);
    app.session.seed = options.seed;
    app.screen = app.loaded.ok ? Screen::article : Screen::error;
    app.actions_done.assign(app.loaded.doc.actions.size(), false);
    return app;
}

const Question* app_current_question(const App&) { return nullptr; }
const QuestionRecord* app_current_record(const App&) { return nullptr; }

std::vector<AppEvent> app_apply(App&, const Intent&, double) { return {}; }

}  // namespace nq
