// Mistake: runs the pointers on the weights in input order. Caught by sample 1.
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
        std::printf("%lld\n", atMost(w, hi) - atMost(w, lo - 1));
    }
}
