// Sort both, merge walk.
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int t;
    if (std::scanf("%d", &t) != 1) return 1;
    while (t--) {
        int n, m;
        std::scanf("%d %d", &n, &m);
        std::vector<long long> a(n), b(m);
        for (auto& x : a) std::scanf("%lld", &x);
        for (auto& x : b) std::scanf("%lld", &x);
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        long long best = a[0] > b[0] ? a[0] - b[0] : b[0] - a[0];
        for (int i = 0, j = 0; i < n && j < m;) {
            long long d = a[i] - b[j];
            best = std::min(best, d < 0 ? -d : d);
            if (d < 0) ++i;
            else ++j;
        }
        std::printf("%lld\n", best);
    }
}
