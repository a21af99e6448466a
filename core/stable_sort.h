// stable_sort.h: std::stable_sort's order with one copy of the sorting code.
//
// std::stable_sort is a template per element type and comparator: nine call sites in the core
// were nine copies of its merge code in the WebAssembly module (about 1.8 KB each). Here the
// sorting is done once, on indices, through a plain function pointer; each call site keeps
// only a comparison thunk and the moves that put its elements in that order. The order is
// exactly std::stable_sort's: elements that compare equal keep their order.
//
//   nq::stable_sort(findings, [](const Finding& a, const Finding& b) { return a.order < b.order; });
#pragma once

#include <cstddef>
#include <functional>
#include <utility>
#include <vector>

namespace nq {

// A comparison of two indices: less(context, a, b) is true when entry a goes before entry b.
struct IndexLess {
    const void* context = nullptr;
    bool (*less)(const void* context, size_t a, size_t b) = nullptr;
};

// The indices 0..count-1 in the stable order that `less` gives.
std::vector<size_t> stable_order(size_t count, IndexLess less);

template <typename T, typename Less>
void stable_sort(std::vector<T>& entries, Less less) {
    struct Context {
        const std::vector<T>* entries;
        Less* less;
    } context{&entries, &less};
    std::vector<size_t> order = stable_order(entries.size(), {&context, [](const void* p, size_t a, size_t b) {
                                                  const Context& c = *static_cast<const Context*>(p);
                                                  return bool((*c.less)((*c.entries)[a], (*c.entries)[b]));
                                              }});
    // Each cycle of the permutation in turn: order[i] is the entry that goes to place i.
    for (size_t start = 0; start < order.size(); ++start) {
        if (order[start] == start) continue;
        T held = std::move(entries[start]);
        size_t at = start;
        while (order[at] != start) {
            size_t from = order[at];
            entries[at] = std::move(entries[from]);
            order[at] = at;
            at = from;
        }
        entries[at] = std::move(held);
        order[at] = at;
    }
}

template <typename T>
void stable_sort(std::vector<T>& entries) {
    stable_sort(entries, std::less<T>());
}

}  // namespace nq
