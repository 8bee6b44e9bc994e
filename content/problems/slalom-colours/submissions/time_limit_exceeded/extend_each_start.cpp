// O(n^2) in the worst case: from every start, extend the run until it has more than k colours.
// secret/05-large-one-colour (k = 1, one colour) never stops early: 2 * 10^10 steps.
#include <cstdio>
#include <vector>

int main() {
    int t;
    if (std::scanf("%d", &t) != 1) return 1;
    std::vector<int> seen(200001, 0);
    while (t--) {
        int n, k;
        std::scanf("%d %d", &n, &k);
        std::vector<int> colours(n);
        for (auto& c : colours) std::scanf("%d", &c);
        long long total = 0;
        for (int start = 0; start < n; ++start) {
            int distinct = 0, end = start;
            for (; end < n; ++end) {
                if (seen[colours[end]]++ == 0) ++distinct;
                if (distinct > k) { ++end; break; }
                if (distinct == k) ++total;
            }
            for (int i = start; i < end && i < n; ++i) seen[colours[i]] = 0;
        }
        std::printf("%lld\n", total);
    }
}
