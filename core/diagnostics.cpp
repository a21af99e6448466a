#include "diagnostics.h"

namespace nq {

const char* diag_code_name(DiagCode code) {
    switch (code) {
#define NQ_X(name, text) \
    case DiagCode::name: return #name;
        NQ_DIAGNOSTIC_CODES(NQ_X)
#undef NQ_X
    }
    return "unknown";
}

const char* diag_code_message(DiagCode code) {
    switch (code) {
#define NQ_X(name, text) \
    case DiagCode::name: return text;
        NQ_DIAGNOSTIC_CODES(NQ_X)
#undef NQ_X
    }
    return "unknown";
}

const char* severity_name(Severity severity) { return severity == Severity::error ? "error" : "warning"; }

std::string pointer_for_humans(const std::string& pointer) {
    if (pointer.empty()) return "(document)";
    std::string s;
    for (char ch : pointer) {
        unsigned char c = static_cast<unsigned char>(ch);
        if (c >= 0x20 && c != 0x7F) {
            s += ch;
            continue;
        }
        static const char hex[] = "0123456789abcdef";
        s += "\\u00";
        s += hex[c >> 4];
        s += hex[c & 15];
    }
    return s;
}

std::string diagnostic_to_string(const Diagnostic& d) {
    std::string s = severity_name(d.severity);
    s += ": ";
    s += pointer_for_humans(d.pointer);
    s += ": ";
    if (d.line > 0) s += "line " + std::to_string(d.line) + ", column " + std::to_string(d.column) + ": ";
    s += d.message.empty() ? diag_code_message(d.code) : d.message;
    return s;
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
    for (const Diagnostic& d : diagnostics)
        if (d.severity == Severity::error) return true;
    return false;
}

}  // namespace nq
