// Multi-test trap: the drift count lives outside the case loop and is never reset, so each case
// starts with the previous case's last window. Caught by sample 1.
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int t;
    if (std::scanf("%d", &t) != 1) return 1;
    std::vector<char> path(200001);
    int drifts = 0;
    while (t--) {
        int n, k;
        std::scanf("%d %d %200000s", &n, &k, path.data());
        for (int i = 0; i < k; ++i) drifts += path[i] == '#';
        int best = drifts;
        for (int i = k; i < n; ++i) {
            drifts += (path[i] == '#') - (path[i - k] == '#');
            best = std::min(best, drifts);
        }
        std::printf("%d\n", best);
    }
}
