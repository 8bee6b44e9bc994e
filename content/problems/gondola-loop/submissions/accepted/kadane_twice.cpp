// Kadane for the best straight arc and the worst middle stretch; 64-bit sums throughout.
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n;
    if (std::scanf("%d", &n) != 1) return 1;
    std::vector<long long> g(n);
    for (auto& x : g) std::scanf("%lld", &x);
    long long total = g[0], bestMax = g[0], curMax = g[0], bestMin = g[0], curMin = g[0];
    for (int i = 1; i < n; ++i) {
        total += g[i];
        curMax = std::max(g[i], curMax + g[i]);
        bestMax = std::max(bestMax, curMax);
        curMin = std::min(g[i], curMin + g[i]);
        bestMin = std::min(bestMin, curMin);
    }
    std::printf("%lld\n", bestMax < 0 ? bestMax : std::max(bestMax, total - bestMin));
}
