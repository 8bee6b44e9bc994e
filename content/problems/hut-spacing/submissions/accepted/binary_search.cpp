#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n, k;
    if (std::scanf("%d %d", &n, &k) != 2) return 1;
    std::vector<long long> xs(n);
    for (auto& x : xs) std::scanf("%lld", &x);
    std::sort(xs.begin(), xs.end());
    auto fits = [&](long long d) {
        int count = 1;
        long long last = xs[0];
        for (int i = 1; i < n && count < k; ++i)
            if (xs[i] - last >= d) ++count, last = xs[i];
        return count >= k;
    };
    long long lo = 1, hi = xs.back() - xs.front();
    while (lo < hi) {
        long long mid = lo + (hi - lo + 1) / 2;
        if (fits(mid)) lo = mid; else hi = mid - 1;
    }
    std::printf("%lld\n", lo);
}
