// raster.h: Dear ImGui's draw lists rasterized in software (no GPU, no window), and PNG files.
//
//   nq::native::Textures textures;                     // the renderer's copies of ImGui's textures
//   ImGui::Render();
//   nq::native::raster_update_textures(textures, ImGui::GetDrawData());
//   nq::native::Image img = nq::native::image_filled(w * scale, h * scale, 0xFFFFFF);
//   nq::native::raster_draw(textures, ImGui::GetDrawData(), img);
//   nq::native::png_write("out.png", img, error);
//
// What a GPU backend does, on the CPU: textured triangles with interpolated vertex colours,
// ImGui's clip rectangles, straight-alpha "over" blending (ImGui's own anti-aliasing fringe
// gives smooth edges), bilinear sampling of RGBA32 and Alpha8 textures. Pixel centres at
// +0.5 and the top-left fill rule, so triangles sharing an edge never blend it twice.
//
// Index of this file:
// [SECTION] Images
// [SECTION] Textures and drawing
// [SECTION] PNG files and comparison
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <imgui.h>

namespace nq::native {

// [SECTION] Images
struct Image {
    int width = 0, height = 0;
    std::vector<uint8_t> rgba;  // straight RGBA8, rows top to bottom
};
Image image_filled(int width, int height, uint32_t rgb);  // opaque

// [SECTION] Textures and drawing
// The renderer side of ImGui 1.92's texture protocol (ImGuiBackendFlags_RendererHasTextures).
struct Textures {
    std::map<ImTextureID, Image> images;
    ImTextureID next_id = 1;
};
// Creates, updates and destroys copies as ImDrawData::Textures asks; call after every Render().
void raster_update_textures(Textures& textures, ImDrawData* draw_data);
// Marks every texture destroyed (before ImGui::DestroyContext).
void raster_release_textures(Textures& textures);
// Draws over `target`, which is DisplaySize x FramebufferScale device pixels.
void raster_draw(const Textures& textures, const ImDrawData* draw_data, Image& target);

// [SECTION] PNG files and comparison
bool png_write(const std::string& path, const Image& image, std::string& error);  // opaque RGB
bool png_read(const std::string& path, Image& image, std::string& error);

struct ImageDiff {
    bool same_size = false;
    size_t pixels = 0;     // compared
    size_t differing = 0;  // a channel differs by more than the tolerance
    int max_delta = 0;     // the largest channel difference seen
};
ImageDiff image_compare(const Image& a, const Image& b, int tolerance);

}  // namespace nq::native
