// Multi-test trap: the count table is shared by all cases and never emptied, so the colours of the
// last window of one pass are still counted in the next pass and the next case.
// Caught by sample 1 (the second case starts with colour 2 still counted from the first).
#include <cstdio>
#include <vector>

static int seen[200001];

static long long atMost(const std::vector<int>& colours, int k) {
    long long total = 0;
    int distinct = 0, left = 0, n = static_cast<int>(colours.size());
    for (int right = 0; right < n; ++right) {
        if (seen[colours[right]]++ == 0) ++distinct;
        while (distinct > k && left <= right)
            if (--seen[colours[left++]] == 0) --distinct;
        total += right - left + 1;
    }
    return total;
}

int main() {
    int t;
    if (std::scanf("%d", &t) != 1) return 1;
    while (t--) {
        int n, k;
        std::scanf("%d %d", &n, &k);
        std::vector<int> colours(n);
        for (auto& c : colours) std::scanf("%d", &c);
        std::printf("%lld\n", atMost(colours, k) - atMost(colours, k - 1));
    }
}
