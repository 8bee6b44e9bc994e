// O(n^2): every start, every length; 4 * 10^10 additions on the 2 * 10^5-cabin tests (a running
// sum cannot be vectorised, so even C++ needs well over ten seconds).
#include <cstdio>
#include <vector>

int main() {
    int n;
    if (std::scanf("%d", &n) != 1) return 1;
    std::vector<long long> g(2 * n);
    for (int i = 0; i < n; ++i) std::scanf("%lld", &g[i]);
    for (int i = 0; i < n; ++i) g[n + i] = g[i];
    long long best = g[0];
    for (int s = 0; s < n; ++s) {
        long long cur = 0;
        for (int i = s; i < s + n; ++i) {
            cur += g[i];
            if (cur > best) best = cur;
        }
    }
    std::printf("%lld\n", best);
}
