// at_most(hi) - at_most(lo - 1), each by two pointers on the sorted weights. Counts are 64-bit:
// 2 * 10^5 climbers make 2 * 10^10 pairs.
#include <algorithm>
#include <cstdio>
#include <vector>

static long long atMost(const std::vector<long long>& w, long long limit) {
    long long pairs = 0;
    int i = 0, j = static_cast<int>(w.size()) - 1;
    while (i < j) {
        if (w[i] + w[j] <= limit) pairs += j - i++;
        else --j;
    }
    return pairs;
}

int main() {
    int t;
    if (std::scanf("%d", &t) != 1) return 1;
    while (t--) {
        int n;
        long long lo, hi;
        std::scanf("%d %lld %lld", &n, &lo, &hi);
        std::vector<long long> w(n);
        for (auto& x : w) std::scanf("%lld", &x);
        std::sort(w.begin(), w.end());
        std::printf("%lld\n", atMost(w, hi) - atMost(w, lo - 1));
    }
}
