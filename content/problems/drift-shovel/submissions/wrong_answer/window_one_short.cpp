// Off by one: the metre leaving is i - k + 1, so every window after the first has k - 1 metres.
// Caught by secret/01-edges ("#..#" with k = 3).
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int t;
    if (std::scanf("%d", &t) != 1) return 1;
    std::vector<char> path(200001);
    while (t--) {
        int n, k;
        std::scanf("%d %d %200000s", &n, &k, path.data());
        int drifts = 0;
        for (int i = 0; i < k; ++i) drifts += path[i] == '#';
        int best = drifts;
        for (int i = k; i < n; ++i) {
            drifts += (path[i] == '#') - (path[i - k + 1] == '#');
            best = std::min(best, drifts);
        }
        std::printf("%d\n", best);
    }
}
