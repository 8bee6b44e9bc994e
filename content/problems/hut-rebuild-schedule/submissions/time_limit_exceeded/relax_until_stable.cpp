// O(n * m): raises start times along every rule, round after round, until nothing changes.
// secret 18-large-chain-backwards: a round per task, 10^10 relaxations, past the limit in C++ too.
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n, m;
    if (std::scanf("%d %d", &n, &m) != 2) return 1;
    std::vector<long long> d(n + 1);
    for (int v = 1; v <= n; ++v) std::scanf("%lld", &d[v]);
    std::vector<int> a(m), b(m);
    for (int i = 0; i < m; ++i) std::scanf("%d %d", &a[i], &b[i]);
    std::vector<long long> start(n + 1, 0);
    bool changed = true;
    int rounds = 0;
    while (changed) {
        changed = false;
        for (int i = 0; i < m; ++i)
            if (start[a[i]] + d[a[i]] > start[b[i]]) start[b[i]] = start[a[i]] + d[a[i]], changed = true;
        if (++rounds > n + 1) {
            std::printf("IMPOSSIBLE\n");
            return 0;
        }
    }
    long long total = 0;
    for (int v = 1; v <= n; ++v) total = std::max(total, start[v] + d[v]);
    std::vector<long long> latest(n + 1);
    for (int v = 1; v <= n; ++v) latest[v] = total - d[v];
    changed = true;
    while (changed) {
        changed = false;
        for (int i = 0; i < m; ++i)
            if (latest[b[i]] - d[a[i]] < latest[a[i]]) latest[a[i]] = latest[b[i]] - d[a[i]], changed = true;
    }
    std::vector<int> critical;
    for (int v = 1; v <= n; ++v)
        if (latest[v] == start[v]) critical.push_back(v);
    std::printf("%lld\n%d\n", total, (int)critical.size());
    for (size_t i = 0; i < critical.size(); ++i) std::printf("%d%c", critical[i], i + 1 == critical.size() ? '\n' : ' ');
}
