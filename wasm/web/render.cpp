#include "render.h"

#include <GLES3/gl3.h>

#include <cstddef>
#include <cstdint>

#include <imgui.h>

namespace nq::web {

namespace {

struct Renderer {
    GLuint program = 0, vao = 0, vbo = 0, ebo = 0;
    GLint projection = -1;
};
Renderer g_gl;

const char* const kVertexShader = R"(#version 300 es
uniform mat4 u_projection;
in vec2 a_position;
in vec2 a_uv;
in vec4 a_color;
out vec2 v_uv;
out vec4 v_color;
void main() {
    v_uv = a_uv;
    v_color = a_color;
    gl_Position = u_projection * vec4(a_position, 0.0, 1.0);
})";

const char* const kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D u_texture;
in vec2 v_uv;
in vec4 v_color;
out vec4 o_color;
void main() { o_color = v_color * texture(u_texture, v_uv); })";

GLuint compile(GLenum kind, const char* source) {
    GLuint shader = glCreateShader(kind);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    GLint ok = 0;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (!ok) {
        glDeleteShader(shader);
        return 0;
    }
    return shader;
}

void update_texture(ImTextureData* tex) {
    if (tex->Status == ImTextureStatus_WantCreate) {
        GLuint id = 0;
        glGenTextures(1, &id);
        glBindTexture(GL_TEXTURE_2D, id);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, tex->Width, tex->Height, 0, GL_RGBA, GL_UNSIGNED_BYTE, tex->GetPixels());
        tex->SetTexID(ImTextureID(intptr_t(id)));
        tex->SetStatus(ImTextureStatus_OK);
    } else if (tex->Status == ImTextureStatus_WantUpdates) {
        glBindTexture(GL_TEXTURE_2D, GLuint(intptr_t(tex->TexID)));
        glPixelStorei(GL_UNPACK_ROW_LENGTH, tex->Width);  // WebGL2 has it: each rectangle straight from the atlas
        for (const ImTextureRect& r : tex->Updates)
            glTexSubImage2D(GL_TEXTURE_2D, 0, r.x, r.y, r.w, r.h, GL_RGBA, GL_UNSIGNED_BYTE, tex->GetPixelsAt(r.x, r.y));
        glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
        tex->SetStatus(ImTextureStatus_OK);
    } else if (tex->Status == ImTextureStatus_WantDestroy && tex->UnusedFrames > 0) {
        GLuint id = GLuint(intptr_t(tex->TexID));
        glDeleteTextures(1, &id);
        tex->SetTexID(ImTextureID_Invalid);
        tex->SetStatus(ImTextureStatus_Destroyed);
    }
}

}  // namespace

bool render_init() {
    GLuint vs = compile(GL_VERTEX_SHADER, kVertexShader), fs = compile(GL_FRAGMENT_SHADER, kFragmentShader);
    if (!vs || !fs) return false;
    g_gl.program = glCreateProgram();
    glAttachShader(g_gl.program, vs);
    glAttachShader(g_gl.program, fs);
    glBindAttribLocation(g_gl.program, 0, "a_position");
    glBindAttribLocation(g_gl.program, 1, "a_uv");
    glBindAttribLocation(g_gl.program, 2, "a_color");
    glLinkProgram(g_gl.program);
    glDeleteShader(vs);
    glDeleteShader(fs);
    GLint linked = 0;
    glGetProgramiv(g_gl.program, GL_LINK_STATUS, &linked);
    if (!linked) return false;
    g_gl.projection = glGetUniformLocation(g_gl.program, "u_projection");
    glUseProgram(g_gl.program);
    glUniform1i(glGetUniformLocation(g_gl.program, "u_texture"), 0);

    glGenVertexArrays(1, &g_gl.vao);
    glBindVertexArray(g_gl.vao);
    glGenBuffers(1, &g_gl.vbo);
    glGenBuffers(1, &g_gl.ebo);
    glBindBuffer(GL_ARRAY_BUFFER, g_gl.vbo);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, g_gl.ebo);
    glEnableVertexAttribArray(0);
    glEnableVertexAttribArray(1);
    glEnableVertexAttribArray(2);
    const GLsizei stride = sizeof(ImDrawVert);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, col)));

    // Fixed state: nobody else draws on this context.
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_SCISSOR_TEST);
    glActiveTexture(GL_TEXTURE0);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);

    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = "newsquiz-webgl2";
    io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures;  // no VtxOffset: WebGL2 has no base vertex
    GLint max_size = 0;
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &max_size);  // once, at start
    ImGui::GetPlatformIO().Renderer_TextureMaxWidth = ImGui::GetPlatformIO().Renderer_TextureMaxHeight = max_size;
    return true;
}

void render_frame(ImDrawData* dd) {
    const int fb_w = int(dd->DisplaySize.x * dd->FramebufferScale.x), fb_h = int(dd->DisplaySize.y * dd->FramebufferScale.y);
    if (dd->Textures)
        for (ImTextureData* tex : *dd->Textures)
            if (tex->Status != ImTextureStatus_OK) update_texture(tex);
    glViewport(0, 0, fb_w, fb_h);
    glScissor(0, 0, fb_w, fb_h);
    glClearColor(0, 0, 0, 0);
    glClear(GL_COLOR_BUFFER_BIT);
    if (fb_w <= 0 || fb_h <= 0) return;

    const float l = dd->DisplayPos.x, r = l + dd->DisplaySize.x, t = dd->DisplayPos.y, b = t + dd->DisplaySize.y;
    const float projection[16] = {2 / (r - l), 0, 0, 0, 0, 2 / (t - b), 0, 0, 0, 0, -1, 0,
                                  (r + l) / (l - r), (t + b) / (b - t), 0, 1};
    glUniformMatrix4fv(g_gl.projection, 1, GL_FALSE, projection);
    const ImVec2 scale = dd->FramebufferScale, origin = dd->DisplayPos;
    const GLenum index_type = sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT;
    for (const ImDrawList* list : dd->CmdLists) {
        glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(list->VtxBuffer.Size) * sizeof(ImDrawVert), list->VtxBuffer.Data, GL_STREAM_DRAW);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, GLsizeiptr(list->IdxBuffer.Size) * sizeof(ImDrawIdx), list->IdxBuffer.Data, GL_STREAM_DRAW);
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) {
                if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(list, &cmd);
                continue;
            }
            const float x0 = (cmd.ClipRect.x - origin.x) * scale.x, y0 = (cmd.ClipRect.y - origin.y) * scale.y;
            const float x1 = (cmd.ClipRect.z - origin.x) * scale.x, y1 = (cmd.ClipRect.w - origin.y) * scale.y;
            if (x1 <= x0 || y1 <= y0) continue;
            glScissor(GLint(x0), GLint(float(fb_h) - y1), GLsizei(x1 - x0), GLsizei(y1 - y0));
            glBindTexture(GL_TEXTURE_2D, GLuint(intptr_t(cmd.GetTexID())));
            glDrawElements(GL_TRIANGLES, GLsizei(cmd.ElemCount), index_type,
                           reinterpret_cast<void*>(intptr_t(cmd.IdxOffset * sizeof(ImDrawIdx))));
        }
    }
}

void render_shutdown() {
    for (ImTextureData* tex : ImGui::GetPlatformIO().Textures)
        if (tex->RefCount == 1 && tex->TexID != ImTextureID_Invalid) {
            GLuint id = GLuint(intptr_t(tex->TexID));
            glDeleteTextures(1, &id);
            tex->SetTexID(ImTextureID_Invalid);
            tex->SetStatus(ImTextureStatus_Destroyed);
        }
    glDeleteBuffers(1, &g_gl.vbo);
    glDeleteBuffers(1, &g_gl.ebo);
    glDeleteVertexArrays(1, &g_gl.vao);
    glDeleteProgram(g_gl.program);
    g_gl = Renderer();
    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = nullptr;
    io.BackendFlags &= ~ImGuiBackendFlags_RendererHasTextures;
}

}  // namespace nq::web
