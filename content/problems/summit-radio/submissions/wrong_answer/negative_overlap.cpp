// Mistake: adds min(end) - max(start) without checking that it is positive, so shifts that do not
// meet subtract their gap. Caught by sample 1.
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
        int i = 0, j = 0;
        while (i < 2 * n && j < 2 * m) {
            total += std::min(a[i + 1], b[j + 1]) - std::max(a[i], b[j]);
            if (a[i + 1] < b[j + 1]) i += 2;
            else j += 2;
        }
        std::printf("%lld\n", total);
    }
}
