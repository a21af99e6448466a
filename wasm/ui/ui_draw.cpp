// The widgets of ui_draw.h: text, chips, buttons, choice rows, fields, panels, icons.
#include "ui_draw.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace nq::ui {

// [SECTION] Frame

ImU32 col(uint32_t rgb, float alpha) {
    int a = int(alpha * 255.0f + 0.5f);
    return IM_COL32((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, std::clamp(a, 0, 255));
}

void space(Frame& f, float px) { f.y += px; }

void intent(Frame& f, IntentKind kind, int index) {
    Intent i;
    i.kind = kind;
    i.index = index;
    f.out.intents.push_back(i);
}

void answer_intent(Frame& f, const Response& response) {
    Intent i;
    i.kind = IntentKind::answer;
    i.response = response;
    f.out.intents.push_back(i);
}

void announce(Frame& f, const std::string& key, const std::string& text) {
    if (f.ui.announced == key) return;
    f.ui.announced = key;
    f.out.announcement = text;
}

Item& add_item(Frame& f, const std::string& id, Role role, const std::string& label, const ImRect& r,
               ImGuiID imgui_id) {
    ImVec2 origin = ImGui::GetWindowPos();
    Item item;
    item.id = id;
    item.role = role;
    item.label = label;
    item.imgui_id = imgui_id;
    item.x = r.Min.x - origin.x;
    item.y = r.Min.y - origin.y;
    item.w = r.GetWidth();
    item.h = r.GetHeight();
    f.out.items.push_back(item);
    return f.out.items.back();
}

// Keeps ImGui's idea of the content extent (window->DC.CursorMaxPos) in step with ours.
static void reserve(const ImRect& r) {
    ImGui::SetCursorScreenPos(r.Min);
    ImGui::ItemSize(r.GetSize());
}

ImFont* font_of(const Frame& f, const Type& t) { return t.bold ? f.bold : f.regular; }

// [SECTION] Text

// The code points given a slot, in order: slot k is U+0080 + k in every font, in every atlas, for
// good (a baked glyph, once loaded for a slot, stays right). Each font learns the slots it lacks
// before it measures or draws canvas text.
static std::vector<unsigned>& slotted() {
    static std::vector<unsigned> codepoints;
    return codepoints;
}

static void learn_slots(ImFont* font) {
    const std::vector<unsigned>& codepoints = slotted();
    for (size_t k = size_t(font->RemapPairs.Data.Size); k < codepoints.size(); ++k)
        font->AddRemapChar(ImWchar(0x80 + k), ImWchar(codepoints[k]));
}

// The slot of `c`, given out on first use; `c` itself once the 32 are taken.
static unsigned slot_for(unsigned c) {
    std::vector<unsigned>& codepoints = slotted();
    auto known = std::find(codepoints.begin(), codepoints.end(), c);
    if (known != codepoints.end()) return 0x80 + unsigned(known - codepoints.begin());
    if (codepoints.size() == 32) return c;
    codepoints.push_back(c);
    return 0x80 + unsigned(codepoints.size() - 1);
}

std::string canvas_text(const Frame& f, std::string_view s) {
    std::string out;
    out.reserve(s.size());
    const char* end = s.data() + s.size();
    for (const char* p = s.data(); p < end;) {
        unsigned c = 0;
        int n = ImTextCharFromUtf8(&c, p, end);  // as ImGui reads it: ill-formed bytes are U+FFFD
        if (c >= 0xE000) {
            char utf8[5];
            out.append(utf8, size_t(ImTextCharToUtf8(utf8, slot_for(c))));
        } else if (c < 0x80 || c >= 0xA0) {
            out.append(p, size_t(n));
        }
        p += n;
    }
    learn_slots(f.regular);
    learn_slots(f.bold);
    return out;
}

static float canvas_width(const Frame& f, const Type& t, std::string_view canvas) {
    return font_of(f, t)->CalcTextSizeA(t.size, FLT_MAX, 0.0f, canvas.data(), canvas.data() + canvas.size()).x;
}

float text_width(const Frame& f, const Type& t, std::string_view s) { return canvas_width(f, t, canvas_text(f, s)); }

void draw_text(Frame& f, const Type& t, ImVec2 pos, uint32_t color, std::string_view s) {
    std::string text = canvas_text(f, s);
    f.dl->AddText(font_of(f, t), t.size, pos, col(color), text.data(), text.data() + text.size());
}

static bool is_blank(char c) { return c == ' ' || c == '\t'; }

// Where ImGui would break `[p, end)` to fit `width`: at least one whole character.
static const char* wrap_position(ImFont* font, const Type& t, const char* p, const char* end, float width) {
    const char* eol = font->CalcWordWrapPosition(t.size, p, end, width);
    if (eol > p) return eol;
    unsigned c = 0;
    return p + ImTextCharFromUtf8(&c, p, end);
}

std::vector<Line> wrap_text(const Frame& f, const Type& t, const std::string& s, float width) {
    ImFont* font = font_of(f, t);
    width = std::max(width, 1.0f);
    std::vector<Line> lines;
    const std::string text = canvas_text(f, s);
    const char* p = text.data();
    const char* end = p + text.size();
    for (;;) {
        const char* newline = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
        const char* para_end = newline ? newline : end;
        if (p == para_end) lines.push_back({});
        while (p < para_end) {
            const char* eol = wrap_position(font, t, p, para_end, width);
            const char* e = eol;
            while (e > p && is_blank(e[-1])) --e;
            Line& line = lines.emplace_back();
            line.text.assign(p, e);
            line.width = canvas_width(f, t, line.text);
            p = eol;
            while (p < para_end && is_blank(*p)) ++p;
        }
        if (!newline) break;
        p = newline + 1;
    }
    return lines;
}

void draw_lines(Frame& f, const Type& t, const std::vector<Line>& lines, ImVec2 pos, uint32_t color, bool centered,
                float box_width) {
    ImFont* font = font_of(f, t);
    float dy = (t.line - t.size) * 0.5f;
    for (size_t i = 0; i < lines.size(); ++i) {
        const std::string& text = lines[i].text;
        float x = pos.x + (centered ? (box_width - lines[i].width) * 0.5f : 0.0f);
        f.dl->AddText(font, t.size, ImVec2(x, pos.y + dy + float(i) * t.line), col(color), text.data(),
                      text.data() + text.size());
    }
}

ImRect text_block(Frame& f, const std::string& id, const std::string& s, const Type& t, uint32_t color, Role role,
                  int level, float indent) {
    float x = f.left + indent;
    std::vector<Line> lines = wrap_text(f, t, s, f.right - x);
    float w = 0;
    for (const Line& l : lines) w = std::max(w, l.width);
    ImRect r(x, f.y, x + std::ceil(w), f.y + float(lines.size()) * t.line);
    draw_lines(f, t, lines, r.Min, color);
    reserve(r);
    add_item(f, id, role, s, r).level = level;
    f.y = r.Max.y;
    return r;
}

// A piece of rich text on one line.
struct Piece {
    std::string text;  // canvas text
    size_t span = 0;
    float x = 0, y = 0, w = 0;
};

void rich_text(Frame& f, const std::string& id, const std::vector<Span>& spans, const Type& t, float indent) {
    const float left = f.left + indent, right = f.right;
    const float space_w = text_width(f, t, " ");
    std::vector<Piece> pieces;
    float x = left, y = f.y;
    bool line_start = true;
    for (size_t si = 0; si < spans.size(); ++si) {
        const std::string s = canvas_text(f, spans[si].text);
        size_t i = 0;
        while (i < s.size()) {
            if (is_blank(s[i])) {
                while (i < s.size() && is_blank(s[i])) ++i;
                if (!line_start) x += space_w;
                continue;
            }
            size_t j = i;
            while (j < s.size() && !is_blank(s[j])) ++j;
            std::string word = s.substr(i, j - i);
            float w = canvas_width(f, t, word);
            if (!line_start && x + w > right) {  // the word goes to the next line
                x = left;
                y += t.line;
                line_start = true;
            }
            while (w > right - x && !word.empty()) {  // longer than a whole line: cut it
                const char* b = word.c_str();
                std::string head(b, wrap_position(font_of(f, t), t, b, b + word.size(), right - x));
                float head_w = canvas_width(f, t, head);
                word.erase(0, head.size());
                pieces.push_back({std::move(head), si, x, y, head_w});
                w = canvas_width(f, t, word);
                x = left;
                y += t.line;
            }
            if (!word.empty()) {
                pieces.push_back({word, si, x, y, w});
                x += w;
                line_start = false;
            }
            i = j;
        }
    }
    float bottom = y + t.line;
    ImFont* font = font_of(f, t);
    float dy = (t.line - t.size) * 0.5f;
    for (const Piece& p : pieces) {
        bool link = !spans[p.span].href.empty();
        uint32_t c = link ? f.theme.accent_text : f.theme.text;
        f.dl->AddText(font, t.size, ImVec2(p.x, p.y + dy), col(c), p.text.data(), p.text.data() + p.text.size());
        if (link) {
            float uy = std::floor(p.y + dy + t.size + 1.0f) + 0.5f;
            f.dl->AddLine(ImVec2(p.x, uy), ImVec2(p.x + p.w, uy), col(c), 1.0f);
        }
    }
    ImRect whole(left, f.y, right, bottom);
    reserve(whole);
    std::string plain;
    for (const Span& s : spans) plain += s.text;
    add_item(f, id, Role::text, plain, whole);
    // One link Item per linked span, over the pieces it covers.
    for (size_t si = 0; si < spans.size(); ++si) {
        if (spans[si].href.empty()) continue;
        ImRect r(FLT_MAX, FLT_MAX, -FLT_MAX, -FLT_MAX);
        for (const Piece& p : pieces)
            if (p.span == si) r.Add(ImRect(p.x, p.y, p.x + p.w, p.y + t.line));
        if (r.Min.x > r.Max.x) continue;
        std::string link_id = id + "/link/" + std::to_string(si);
        Hit h = interact(f, link_id, r);
        if (h.hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (h.focused) focus_ring(f, r, 4);
        if (h.pressed) f.out.open_links.push_back(spans[si].href);
        Item& it = add_item(f, link_id, Role::link, spans[si].text, r, h.id);
        it.href = spans[si].href;
    }
    f.y = bottom;
}

void chip_row(Frame& f, const std::vector<Chip>& chips) {
    const Type t = kMeta;
    const float pad_x = 12, gap = 8;
    float x = f.left, row_top = f.y, row_h = 0;
    for (const Chip& c : chips) {
        bool link = !c.href.empty();
        float h = link ? kTapHeight : 32;
        // NOTE: wrapped once, at the column: wrapped again at its own measured width, a label
        // could break there (ImGui's wrapping and measuring add advances up differently).
        std::vector<Line> lines = wrap_text(f, t, c.text, f.width() - 2 * pad_x);
        float text_w = 0;
        for (const Line& l : lines) text_w = std::max(text_w, l.width);
        float w = std::min(std::ceil(text_w) + 2 * pad_x, f.width());
        if (x > f.left && x + w > f.right) {
            x = f.left;
            row_top += row_h + gap;
            row_h = 0;
        }
        ImRect r(x, row_top, x + w, row_top + h);
        if (lines.size() > 1) {  // a chip wider than the column wraps inside itself
            r.Max.y = r.Min.y + float(lines.size()) * t.line + 12;
            h = r.GetHeight();
        }
        f.dl->AddRectFilled(r.Min, r.Max, col(f.theme.surface), std::min(h * 0.5f, kPillRadius));
        ImGuiID gid = 0;
        if (link) {
            Hit hit = interact(f, c.id, r);
            gid = hit.id;
            if (hit.hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            if (hit.focused) focus_ring(f, r, std::min(h * 0.5f, kPillRadius));
            if (hit.pressed) f.out.open_links.push_back(c.href);
        } else {
            reserve(r);
        }
        draw_lines(f, t, lines, ImVec2(r.Min.x + pad_x, r.Min.y + (h - float(lines.size()) * t.line) * 0.5f),
                   link ? f.theme.accent_text : f.theme.text);
        Item& it = add_item(f, c.id, link ? Role::link : Role::text, c.label.empty() ? c.text : c.label, r, gid);
        it.href = c.href;
        x = r.Max.x + gap;
        row_h = std::max(row_h, h);
    }
    f.y = row_top + row_h;
}

// [SECTION] Interactive pieces

Hit interact(Frame& f, const std::string& id, const ImRect& r, bool enabled, ImGuiButtonFlags flags,
             ImGuiItemFlags item_flags) {
    ImGuiContext& g = *GImGui;
    Hit h;
    h.id = ImGui::GetID(id.c_str());
    reserve(r);
    if (!enabled) ImGui::BeginDisabled();
    if (item_flags) ImGui::PushItemFlag(item_flags, true);
    if (ImGui::ItemAdd(r, h.id)) h.pressed = ImGui::ButtonBehavior(r, h.id, &h.hovered, &h.held, flags);
    if (item_flags) ImGui::PopItemFlag();
    if (!enabled) ImGui::EndDisabled();
    if (!f.ui.focus_next.empty() && f.ui.focus_next == id && enabled) {
        ImGui::SetFocusID(h.id, ImGui::GetCurrentWindow());  // after ItemAdd: takes this item's nav rect
        f.ui.focus_next.clear();
    }
    bool keyboard_focus = g.NavId == h.id && g.NavCursorVisible && enabled;
    if (keyboard_focus) f.out.focused_id = id;
    h.focused = keyboard_focus || (!f.ui.focus_id.empty() && f.ui.focus_id == id);
    return h;
}

void focus_later(Frame& f, const std::string& id) {
    if (GImGui->NavCursorVisible) f.ui.focus_next = id;  // only for keyboard readers: a mouse needs no ring
}

void focus_ring(Frame& f, const ImRect& r, float rounding) {
    f.dl->AddRect(ImVec2(r.Min.x - 3, r.Min.y - 3), ImVec2(r.Max.x + 3, r.Max.y + 3), col(f.theme.accent_text),
                  rounding + 3, 0, 2.5f);
}

int button_row(Frame& f, const std::vector<ButtonSpec>& buttons) {
    const float pad_x = 22, pad_y = 11, gap = 12;
    const Type t = kButton;
    std::vector<float> widths;
    float total = 0;
    // A quiet button (a link-like action) hangs its padding into the margin when it starts a row,
    // so its words line up with the text above.
    auto pad_of = [&](const ButtonSpec& b) { return b.kind == ButtonStyle::quiet ? 12.0f : pad_x; };
    for (const ButtonSpec& b : buttons) {
        widths.push_back(std::ceil(text_width(f, t, b.label) + 2 * pad_of(b)));
        total += widths.back() + (widths.size() > 1 ? gap : 0);
    }
    const bool stacked = total > f.width();
    int pressed = -1;
    float x = f.left, row_h = 0;
    for (size_t i = 0; i < buttons.size(); ++i) {
        const ButtonSpec& b = buttons[i];
        const float pad = pad_of(b);
        float w = stacked ? f.width() : widths[i];
        std::vector<Line> lines = wrap_text(f, t, b.label, w - 2 * pad);
        float h = std::max(kTapHeight, float(lines.size()) * t.line + 2 * pad_y);
        float hang = b.kind == ButtonStyle::quiet && x == f.left && !stacked ? pad : 0.0f;
        ImRect r(x - hang, f.y, x - hang + w, f.y + h);
        Hit hit = interact(f, b.id, r, b.enabled);
        if (hit.hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        const Theme& th = f.theme;
        uint32_t fill = 0, edge = 0, ink = th.text;
        switch (b.kind) {
            case ButtonStyle::primary:
                fill = b.enabled ? th.accent : th.border;
                ink = b.enabled ? th.on_accent : th.text_muted;
                if (b.enabled && (hit.hovered || hit.held)) fill = mix(fill, th.on_accent == 0xFFFFFF ? 0 : 0xFFFFFF, 0.12);
                break;
            case ButtonStyle::secondary:
                fill = hit.hovered || hit.held ? th.surface : th.background;
                edge = b.enabled ? th.control : th.border;
                ink = b.enabled ? th.text : th.text_muted;
                break;
            case ButtonStyle::quiet:
                ink = b.enabled ? th.accent_text : th.text_muted;
                if (hit.hovered || hit.held) fill = th.surface;
                break;
        }
        float rounding = std::min(h * 0.5f, kPillRadius);
        if (fill || b.kind != ButtonStyle::quiet) f.dl->AddRectFilled(r.Min, r.Max, col(fill), rounding);
        if (edge) f.dl->AddRect(r.Min, r.Max, col(edge), rounding, 0, 1.5f);
        draw_lines(f, t, lines, ImVec2(r.Min.x + pad, r.Min.y + (h - float(lines.size()) * t.line) * 0.5f), ink, true,
                   w - 2 * pad);
        if (hit.focused) focus_ring(f, r, rounding);
        Item& it = add_item(f, b.id, Role::button, b.label, r, hit.id);
        if (!b.enabled) it.state = "disabled";
        if (hit.pressed && b.enabled) pressed = int(i);
        if (stacked) {
            f.y = r.Max.y + (i + 1 < buttons.size() ? gap : 0);
        } else {
            x = r.Max.x + hang + gap;
            row_h = std::max(row_h, h);
        }
    }
    if (!stacked) f.y += row_h;
    return pressed;
}

void draw_buttons(Frame& f, int row, float space_above) {
    constexpr double kCopiedSeconds = 2.0;  // "Copied" stays this long on the button
    std::vector<const ViewButton*> shown;
    std::vector<ButtonSpec> specs;
    const double now = ImGui::GetTime();
    for (const ViewButton& b : f.view.buttons) {
        if (b.row != row) continue;
        std::string label = b.label;
        if (b.intent == IntentKind::share && f.ui.copied_s >= 0 && now - f.ui.copied_s < kCopiedSeconds) {
            label = str(Str::copied, f.words);
            f.out.redraw_in_ms = (kCopiedSeconds - (now - f.ui.copied_s)) * 1000 + 1;  // the label changes back
        }
        shown.push_back(&b);
        specs.push_back({b.id, label, b.style, !b.disabled});
    }
    if (specs.empty()) return;
    space(f, space_above);
    int pressed = button_row(f, specs);
    if (pressed < 0) return;
    const ViewButton& b = *shown[size_t(pressed)];
    if (b.intent == IntentKind::share) {
        f.out.clipboard = f.view.results.share_text;
        f.ui.copied_s = now;
    } else {
        intent(f, b.intent);
    }
}

Tint mark_tint(const Theme& theme, Mark mark, Tint unmarked) {
    if (mark == Mark::right) return {theme.correct_soft, theme.correct};
    if (mark == Mark::partly) return {theme.accent_soft, theme.accent_text};
    if (mark == Mark::wrong) return {theme.incorrect_soft, theme.incorrect};
    return unmarked;
}

bool marked(Mark mark) { return mark == Mark::right || mark == Mark::partly || mark == Mark::wrong; }

// The sign at the end of a marked piece: a check (right, partly right in the accent) or a cross.
void mark_icon(Frame& f, Mark mark, ImVec2 at) {
    if (mark == Mark::right) icon_check(f.dl, at, 16, col(f.theme.correct));
    if (mark == Mark::partly) icon_check(f.dl, at, 16, col(f.theme.accent_text));
    if (mark == Mark::wrong) icon_cross(f.dl, at, 14, col(f.theme.incorrect));
}

std::string mark_state(Mark mark, bool enabled, const std::string& extra) {
    std::string state = extra;
    auto add = [&](const char* word) { state += state.empty() ? word : std::string(" ") + word; };
    if (marked(mark)) add(mark == Mark::right ? "correct" : mark == Mark::partly ? "partly-correct" : "incorrect");
    if (!enabled) add("disabled");
    return state;
}

bool choice_row(Frame& f, const std::string& id, const std::string& text, Role role, bool checked, bool enabled,
                Mark mark, const std::string& note) {
    const Theme& th = f.theme;
    const float pad = 14, box = 20, mark_w = marked(mark) ? 28.0f : 0.0f;
    const float text_x = f.left + pad + box + 12;
    std::vector<Line> lines = wrap_text(f, kChoice, text, f.right - pad - mark_w - text_x);
    std::vector<Line> note_lines;
    if (!note.empty()) note_lines = wrap_text(f, kMeta, note, f.right - pad - mark_w - text_x);
    float text_h = float(lines.size()) * kChoice.line + (note_lines.empty() ? 0 : 4 + float(note_lines.size()) * kMeta.line);
    float h = std::max(52.0f, text_h + 2 * pad);
    ImRect r(f.left, f.y, f.right, f.y + h);
    Hit hit = interact(f, id, r, enabled);
    if (hit.hovered && enabled) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);

    Tint tint = mark_tint(th, mark, {checked ? th.accent_soft : th.surface, checked ? th.accent_text : th.border});
    if (hit.hovered && enabled && !checked) tint.fill = mix(th.surface, th.text, th.dark ? 0.06 : 0.04);
    f.dl->AddRectFilled(r.Min, r.Max, col(tint.fill), kRadius);
    f.dl->AddRect(r.Min, r.Max, col(tint.edge), kRadius, 0, checked || marked(mark) ? 2.0f : 1.0f);

    ImVec2 c(f.left + pad + box * 0.5f, r.Min.y + pad + kChoice.line * 0.5f);
    uint32_t on = mark == Mark::right ? th.correct : mark == Mark::wrong ? th.incorrect : th.accent_text;
    if (role == Role::radio || role == Role::option) {  // one choice of several
        f.dl->AddCircle(c, box * 0.5f, col(checked ? on : th.control), 32, 2.0f);
        if (checked) f.dl->AddCircleFilled(c, box * 0.5f - 5, col(on), 32);
    } else {
        ImVec2 a(c.x - box * 0.5f, c.y - box * 0.5f), b(c.x + box * 0.5f, c.y + box * 0.5f);
        if (checked) {
            f.dl->AddRectFilled(a, b, col(on), 4);
            icon_check(f.dl, c, 12, col(th.dark ? th.background : 0xFFFFFF), 2.5f);
        } else {
            f.dl->AddRect(a, b, col(th.control), 4, 0, 2.0f);
        }
    }
    draw_lines(f, kChoice, lines, ImVec2(text_x, r.Min.y + pad), th.text);
    if (!note_lines.empty())
        draw_lines(f, kMeta, note_lines, ImVec2(text_x, r.Min.y + pad + float(lines.size()) * kChoice.line + 4),
                   th.text_muted);
    ImVec2 mc(r.Max.x - pad - 10, r.Min.y + pad + kChoice.line * 0.5f);
    mark_icon(f, mark, mc);
    if (hit.focused) focus_ring(f, r, kRadius);

    Item& it = add_item(f, id, role, note.empty() ? text : text + ". " + note, r, hit.id);
    it.checked = checked;
    it.state = mark_state(mark, enabled);
    f.y = r.Max.y;
    return hit.pressed && enabled;
}

void progress_bar(Frame& f, const std::string& id, const std::string& label, const std::string& value, float fraction) {
    const float bar_h = 8, gap = 8;
    std::vector<Line> lines = wrap_text(f, kMetaBold, label, f.width());
    ImRect r(f.left, f.y, f.right, f.y + float(lines.size()) * kMetaBold.line + gap + bar_h);
    draw_lines(f, kMetaBold, lines, r.Min, f.theme.text_muted);
    ImVec2 a(r.Min.x, r.Max.y - bar_h), b(r.Max.x, r.Max.y);
    f.dl->AddRectFilled(a, b, col(f.theme.surface), bar_h * 0.5f);
    f.dl->AddRect(a, b, col(f.theme.border), bar_h * 0.5f);
    float fx = a.x + (b.x - a.x) * std::clamp(fraction, 0.0f, 1.0f);
    if (fx > a.x + 1) f.dl->AddRectFilled(a, ImVec2(std::max(fx, a.x + bar_h), b.y), col(f.theme.accent_text), bar_h * 0.5f);
    reserve(r);
    add_item(f, id, Role::progressbar, label, r).value = value;
    f.y = r.Max.y;
}

// The field's string grows with its text; C1 controls, typed or pasted, are refused: on the canvas
// they stand for other characters (canvas_text).
static int field_callback(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackCharFilter) return data->EventChar >= 0x80 && data->EventChar < 0xA0;
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        std::string* s = static_cast<std::string*>(data->UserData);
        s->resize(size_t(data->BufTextLen));
        data->Buf = s->data();
    }
    return 0;
}

bool text_field(Frame& f, const std::string& id, const std::string& label, std::string& text, const std::string& hint,
                float width, bool enabled, Mark mark, const std::string& suffix) {
    const Theme& th = f.theme;
    ImGuiContext& g = *GImGui;
    ImGui::PushFont(f.regular, kChoice.size);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(12, (kTapHeight - kChoice.size) * 0.5f));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 8.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_DisabledAlpha, 1.0f);
    const Tint tint = mark_tint(th, mark, {th.background, enabled ? th.control : th.border});
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, marked(mark) ? 2.0f : 1.5f);
    ImGui::PushStyleColor(ImGuiCol_Border, col(tint.edge));
    ImGui::PushStyleColor(ImGuiCol_FrameBg, col(tint.fill));
    ImGui::PushStyleColor(ImGuiCol_FrameBgHovered, col(tint.fill));
    ImGui::PushStyleColor(ImGuiCol_FrameBgActive, col(tint.fill));
    ImGui::PushStyleColor(ImGuiCol_Text, col(th.text));
    ImGui::PushStyleColor(ImGuiCol_TextDisabled, col(th.text_muted));
    ImGui::PushStyleColor(ImGuiCol_TextSelectedBg, col(th.accent_text, 0.3f));
    ImGui::PushStyleColor(ImGuiCol_InputTextCursor, col(th.text));
    ImGui::PushStyleColor(ImGuiCol_NavCursor, col(0, 0.0f));
    ImGui::SetCursorScreenPos(ImVec2(f.left, f.y));
    ImGui::SetNextItemWidth(width);
    if (!enabled) ImGui::BeginDisabled();
    if (!f.ui.focus_next.empty() && f.ui.focus_next == id && enabled) {
        ImGui::SetKeyboardFocusHere();  // a field that gets the focus is ready for typing
        f.ui.focus_next.clear();
    }
    std::string imgui_label = "##" + id;
    bool changed = ImGui::InputTextWithHint(imgui_label.c_str(), canvas_text(f, hint).c_str(), text.data(), text.capacity() + 1,
                                            ImGuiInputTextFlags_CallbackResize | ImGuiInputTextFlags_CallbackCharFilter, field_callback, &text);
    if (!enabled) ImGui::EndDisabled();
    ImGuiID gid = ImGui::GetItemID();
    ImRect r(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());

    ImGui::PopStyleColor(9);
    ImGui::PopStyleVar(4);
    ImGui::PopFont();
    if (ImGui::IsItemHovered() && enabled) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
    bool keyboard_focus = enabled && (g.ActiveId == gid || (g.NavId == gid && g.NavCursorVisible));
    if (keyboard_focus) f.out.focused_id = id;
    if (keyboard_focus || f.ui.focus_id == id) focus_ring(f, r, 8);
    if (!suffix.empty()) {
        std::vector<Line> lines = wrap_text(f, kChoice, suffix, std::max(1.0f, f.right - r.Max.x - 10));
        draw_lines(f, kChoice, lines, ImVec2(r.Max.x + 10, r.Min.y + (r.GetHeight() - kChoice.line) * 0.5f), th.text);
    }
    Item& it = add_item(f, id, Role::textbox, label, r, gid);
    it.value = text;
    it.state = mark_state(mark, enabled);
    f.y = r.Max.y;
    return changed;
}

void panel_begin(Frame& f, float pad) {
    IM_ASSERT(f.dl->_Splitter._Count <= 1 && "panels do not nest");
    f.dl->ChannelsSplit(2);
    f.dl->ChannelsSetCurrent(1);
    f.left += pad;
    f.right -= pad;
    f.y += pad;
}

void panel_end(Frame& f, uint32_t fill, uint32_t edge, float pad, float top) {
    f.left -= pad;
    f.right += pad;
    f.y += pad;
    f.dl->ChannelsSetCurrent(0);
    f.dl->AddRectFilled(ImVec2(f.left, top), ImVec2(f.right, f.y), col(fill), kRadius + 2);
    if (edge) f.dl->AddRect(ImVec2(f.left, top), ImVec2(f.right, f.y), col(edge), kRadius + 2, 0, 1.0f);
    f.dl->ChannelsMerge();
}

void icon_check(ImDrawList* dl, ImVec2 c, float s, ImU32 color, float thickness) {
    ImVec2 pts[3] = {ImVec2(c.x - s * 0.45f, c.y + s * 0.02f), ImVec2(c.x - s * 0.12f, c.y + s * 0.35f),
                     ImVec2(c.x + s * 0.48f, c.y - s * 0.32f)};
    dl->AddPolyline(pts, 3, color, 0, thickness);
}

void icon_cross(ImDrawList* dl, ImVec2 c, float s, ImU32 color, float thickness) {
    float h = s * 0.5f;
    dl->AddLine(ImVec2(c.x - h, c.y - h), ImVec2(c.x + h, c.y + h), color, thickness);
    dl->AddLine(ImVec2(c.x - h, c.y + h), ImVec2(c.x + h, c.y - h), color, thickness);
}

void icon_chevron(ImDrawList* dl, ImVec2 c, float s, ImU32 color, bool up, float thickness) {
    float h = s * 0.5f, v = up ? -s * 0.25f : s * 0.25f;
    ImVec2 pts[3] = {ImVec2(c.x - h, c.y - v), ImVec2(c.x, c.y + v), ImVec2(c.x + h, c.y - v)};
    dl->AddPolyline(pts, 3, color, 0, thickness);
}

std::string without_variation_selectors(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (i + 2 < s.size() && uint8_t(s[i]) == 0xEF && uint8_t(s[i + 1]) == 0xB8 &&
            (uint8_t(s[i + 2]) == 0x8E || uint8_t(s[i + 2]) == 0x8F)) {
            i += 2;
            continue;
        }
        out += s[i];
    }
    return out;
}

}  // namespace nq::ui
