// O(n * m): the common time of every pair of shifts, 2.5 * 10^9 pairs on secret/06-large-random.
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int t;
    if (std::scanf("%d", &t) != 1) return 1;
    while (t--) {
        int n, m;
        std::scanf("%d %d", &n, &m);
        std::vector<long long> a(2 * n), b(2 * m);
        for (auto& x : a) std::scanf("%lld", &x);
        for (auto& x : b) std::scanf("%lld", &x);
        long long total = 0;
        for (int i = 0; i < 2 * n; i += 2)
            for (int j = 0; j < 2 * m; j += 2) {
                long long common = std::min(a[i + 1], b[j + 1]) - std::max(a[i], b[j]);
                if (common > 0) total += common;
            }
        std::printf("%lld\n", total);
    }
}
