// Overflow: the run count is an int; one colour over 2 * 10^5 gates has 2 * 10^10 runs.
// Caught by secret/05-large-one-colour.
#include <cstdio>
#include <vector>

static int atMost(const std::vector<int>& colours, int k, std::vector<int>& seen) {
    int total = 0;
    int distinct = 0, left = 0, n = static_cast<int>(colours.size());
    for (int right = 0; right < n; ++right) {
        if (seen[colours[right]]++ == 0) ++distinct;
        while (distinct > k)
            if (--seen[colours[left++]] == 0) --distinct;
        total += right - left + 1;
    }
    for (int i = left; i < n; ++i) seen[colours[i]] = 0;
    return total;
}

int main() {
    int t;
    if (std::scanf("%d", &t) != 1) return 1;
    std::vector<int> seen(200001, 0);
    while (t--) {
        int n, k;
        std::scanf("%d %d", &n, &k);
        std::vector<int> colours(n);
        for (auto& c : colours) std::scanf("%d", &c);
        std::printf("%d\n", atMost(colours, k, seen) - atMost(colours, k - 1, seen));
    }
}
