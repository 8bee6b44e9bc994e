// Overflow: the pair count is an int; 2 * 10^5 climbers make 2 * 10^10 pairs.
// Caught by secret/04-large-every-pair.
#include <algorithm>
#include <cstdio>
#include <vector>

static int atMost(const std::vector<long long>& w, long long limit) {
    int pairs = 0;
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
        std::printf("%d\n", atMost(w, hi) - atMost(w, lo - 1));
    }
}
