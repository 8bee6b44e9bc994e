// O(n * m): every pair of relays, 10^10 differences on secret/04-large-random.
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
        long long best = -1;
        for (long long x : a)
            for (long long y : b) {
                long long d = x > y ? x - y : y - x;
                if (best < 0 || d < best) best = d;
            }
        std::printf("%lld\n", best);
    }
}
