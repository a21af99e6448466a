// imgui_no_tables.cpp: what the rest of Dear ImGui calls in imgui_tables.cpp, for a build without it.
//
// newsquiz draws no tables and no legacy columns, so the WebAssembly build leaves imgui_tables.cpp
// out (about 16 KB of code, reached only through error recovery, garbage collection and the .ini
// handler). imgui.cpp and imgui_widgets.cpp still call into it; these are those calls. The ones
// that only run inside a table or a columns set cannot be reached: they assert.
#include <imgui.h>
#include <imgui_internal.h>

// [SECTION] Called every frame or on garbage collection: nothing to do without tables
void ImGui::TableSettingsAddSettingsHandler() {}
void ImGui::TableGcCompactSettings() {}
void ImGui::TableGcCompactTransientBuffers(ImGuiTable*) {}
void ImGui::TableGcCompactTransientBuffers(ImGuiTableTempData*) {}

// [SECTION] Called only with a table or a columns set open, which never happens
void ImGui::EndTable() { IM_ASSERT(0 && "newsquiz builds Dear ImGui without tables"); }
void ImGui::EndColumns() { IM_ASSERT(0 && "newsquiz builds Dear ImGui without columns"); }
void ImGui::TablePushBackgroundChannel() { IM_ASSERT(0); }
void ImGui::TablePopBackgroundChannel() { IM_ASSERT(0); }
void ImGui::TablePushColumnChannel(int) { IM_ASSERT(0); }
void ImGui::TablePopColumnChannel() { IM_ASSERT(0); }
void ImGui::PushColumnsBackground() { IM_ASSERT(0); }
void ImGui::PopColumnsBackground() { IM_ASSERT(0); }
