// fixture-support.h: reading fixture files, and diagnostics written as the .expect files
// beside invalid fixtures write them (tests/fixtures/invalid/README).
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "diagnostics.h"

namespace nq::test {

// The whole file, bytes as they are; "" when it cannot be read.
inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The files of a folder with the given ending (".json"), sorted by path.
inline std::vector<std::string> files_in(const std::string& folder, const std::string& ending) {
    std::vector<std::string> paths;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        if (entry.path().extension() == ending) paths.push_back(entry.path().string());
    std::sort(paths.begin(), paths.end());
    return paths;
}

// One line per diagnostic: "error CODE POINTER [@LINE:COLUMN]".
inline std::string expect_lines(const std::vector<nq::Diagnostic>& diagnostics) {
    std::string s;
    for (const nq::Diagnostic& d : diagnostics) {
        s += std::string(nq::severity_name(d.severity)) + " " + nq::diag_code_name(d.code) + " " + nq::pointer_for_humans(d.pointer);
        if (d.line > 0) s += " @" + std::to_string(d.line) + ":" + std::to_string(d.column);
        s += "\n";
    }
    return s;
}

}  // namespace nq::test
