// O(n^2): checks every pair; 2 * 10^10 pairs on secret/04-large-every-pair.
#include <cstdio>
#include <vector>

int main() {
    int t;
    if (std::scanf("%d", &t) != 1) return 1;
    while (t--) {
        int n;
        long long lo, hi;
        std::scanf("%d %lld %lld", &n, &lo, &hi);
        std::vector<long long> w(n);
        for (auto& x : w) std::scanf("%lld", &x);
        long long pairs = 0;
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j) pairs += lo <= w[i] + w[j] && w[i] + w[j] <= hi;
        std::printf("%lld\n", pairs);
    }
}
