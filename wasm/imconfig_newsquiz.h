// imconfig_newsquiz.h: how newsquiz builds Dear ImGui (IMGUI_USER_CONFIG), on every platform.
#pragma once

#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS
#define IMGUI_DISABLE_DEMO_WINDOWS
#define IMGUI_DISABLE_DEBUG_TOOLS
#define IMGUI_DISABLE_FILE_FUNCTIONS         // no .ini, no file fonts: callers pass bytes in
#define IMGUI_DISABLE_DEFAULT_SHELL_FUNCTIONS  // links open through the platform layer only
#define IMGUI_USE_WCHAR32                    // emoji and other code points beyond U+FFFF
