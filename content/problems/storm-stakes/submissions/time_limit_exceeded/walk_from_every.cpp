// O(n^2): walks up from every stake, not only from first stakes; 5 * 10^9 hash lookups on
// secret/11-large-all-consecutive, far over the limit in C++ too.
#include <cstdio>
#include <unordered_set>
#include <vector>

int main() {
    int n;
    if (std::scanf("%d", &n) != 1) return 1;
    std::vector<long long> stakes(n);
    for (auto& v : stakes) std::scanf("%lld", &v);
    std::unordered_set<long long> present(stakes.begin(), stakes.end(), 2 * n);
    long long bestLen = 0, bestStart = 0;
    for (long long v : present) {
        long long end = v;
        while (present.count(end + 1)) ++end;
        if (end - v + 1 > bestLen || (end - v + 1 == bestLen && v < bestStart)) {
            bestLen = end - v + 1;
            bestStart = v;
        }
    }
    std::printf("%lld %lld\n", bestLen, bestStart);
}
