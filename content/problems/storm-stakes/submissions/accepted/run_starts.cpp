// A hash set of the stakes; stretches are walked only from their first stake (v - 1 absent).
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
        if (present.count(v - 1)) continue;
        long long end = v;
        while (present.count(end + 1)) ++end;
        long long length = end - v + 1;
        if (length > bestLen || (length == bestLen && v < bestStart)) {
            bestLen = length;
            bestStart = v;
        }
    }
    std::printf("%lld %lld\n", bestLen, bestStart);
}
