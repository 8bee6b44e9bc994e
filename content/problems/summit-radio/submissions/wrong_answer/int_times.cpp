// Overflow: reads times into int; 10^12 does not fit. Caught by secret/01-edges (the whole day,
// 0 to 10^12) and secret/05-large-times.
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int t;
    if (std::scanf("%d", &t) != 1) return 1;
    while (t--) {
        int n, m;
        std::scanf("%d %d", &n, &m);
        std::vector<int> a(2 * n), b(2 * m);
        for (auto& x : a) std::scanf("%d", &x);
        for (auto& x : b) std::scanf("%d", &x);
        long long total = 0;
        int i = 0, j = 0;
        while (i < 2 * n && j < 2 * m) {
            int start = std::max(a[i], b[j]), end = std::min(a[i + 1], b[j + 1]);
            if (start < end) total += end - start;
            if (a[i + 1] < b[j + 1]) i += 2;
            else j += 2;
        }
        std::printf("%lld\n", total);
    }
}
