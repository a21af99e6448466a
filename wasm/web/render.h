// render.h: Dear ImGui's draw data on the widget's own WebGL2 context.
//
// The widget owns its context, so unlike imgui_impl_opengl3 this renderer never reads GL
// state back: in a browser every glGet* is a synchronous trip to the GPU process, which
// waits for the previous frame's drawing (measured: most of a frame's time with SwiftShader).
// Textures follow ImGui 1.92's dynamic atlas (ImGuiBackendFlags_RendererHasTextures).
//
//   if (!nq::web::render_init()) fall_back_to_html();
//   ImGui::Render();  nq::web::render_frame(ImGui::GetDrawData());
//   nq::web::render_shutdown();   // before ImGui::DestroyContext()
#pragma once

struct ImDrawData;

namespace nq::web {

bool render_init();  // the current context: shaders, buffers, fixed state; false if WebGL2 refuses
void render_frame(ImDrawData* draw_data);  // clears to transparent, then draws
void render_shutdown();

}  // namespace nq::web
