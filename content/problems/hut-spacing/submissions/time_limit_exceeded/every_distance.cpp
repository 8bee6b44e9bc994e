// Tries d = 1, 2, 3, ... until k huts no longer fit: O(n * answer), hopeless when the answer is ~10^7.
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n, k;
    if (std::scanf("%d %d", &n, &k) != 2) return 1;
    std::vector<long long> xs(n);
    for (auto& x : xs) std::scanf("%lld", &x);
    std::sort(xs.begin(), xs.end());
    long long d = 1;
    while (true) {
        int count = 1;
        long long last = xs[0];
        for (int i = 1; i < n; ++i)
            if (xs[i] - last >= d + 1) ++count, last = xs[i];
        if (count < k) break;
        ++d;
    }
    std::printf("%lld\n", d);
}
