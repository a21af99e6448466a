// stable_sort.cpp: the one instance of std::stable_sort that stable_sort.h's calls share.
#include "stable_sort.h"

#include <algorithm>
#include <numeric>

namespace nq {

std::vector<size_t> stable_order(size_t count, IndexLess less) {
    std::vector<size_t> order(count);
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return less.less(less.context, a, b); });
    return order;
}

}  // namespace nq
