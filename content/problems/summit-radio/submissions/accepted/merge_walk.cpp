// Two pointers over the two sorted shift lists; times and the total are 64-bit (up to 10^12).
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
            long long start = std::max(a[i], b[j]), end = std::min(a[i + 1], b[j + 1]);
            if (start < end) total += end - start;
            if (a[i + 1] < b[j + 1]) i += 2;
            else j += 2;
        }
        std::printf("%lld\n", total);
    }
}
