// The reader's progress and the questions due for review (Screen::progress).
//
// NOTE: a placeholder. The progress core is being built separately; its screens go here, drawn
// with the widgets of ui_draw.h like every other screen, and are reached with show_progress.
#include "ui_draw.h"

namespace nq::ui {

void draw_progress(Frame& f) {
    text_block(f, "progress-title", str(Str::progress_title, f.lang), kTitle, f.theme.text, Role::heading, 2);
    space(f, 24);
    if (button_row(f, {{"article", str(Str::back_to_article, f.lang), ButtonKind::secondary}}) == 0)
        intent(f, IntentKind::show_article);
}

}  // namespace nq::ui
