#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n, m;
    if (std::scanf("%d %d", &n, &m) != 2) return 1;
    std::vector<long long> d(n + 1);
    for (int v = 1; v <= n; ++v) std::scanf("%lld", &d[v]);
    std::vector<std::vector<int>> after(n + 1);
    std::vector<int> waiting(n + 1, 0);
    for (int i = 0; i < m; ++i) {
        int a, b;
        std::scanf("%d %d", &a, &b);
        after[a].push_back(b);
        ++waiting[b];
    }
    std::vector<int> order;
    for (int v = 1; v <= n; ++v)
        if (waiting[v] == 0) order.push_back(v);
    for (size_t head = 0; head < order.size(); ++head)
        for (int v : after[order[head]])
            if (--waiting[v] == 0) order.push_back(v);
    if ((int)order.size() != n) {
        std::printf("IMPOSSIBLE\n");
        return 0;
    }
    std::vector<long long> start(n + 1, 0), latest(n + 1, 0);  // up to 10^14: 64-bit
    for (int u : order)
        for (int v : after[u]) start[v] = std::max(start[v], start[u] + d[u]);
    long long total = 0;
    for (int v = 1; v <= n; ++v) total = std::max(total, start[v] + d[v]);
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        long long finish = total;
        for (int w : after[*it]) finish = std::min(finish, latest[w]);
        latest[*it] = finish - d[*it];
    }
    std::vector<int> critical;
    for (int v = 1; v <= n; ++v)
        if (latest[v] == start[v]) critical.push_back(v);
    std::printf("%lld\n%d\n", total, (int)critical.size());
    for (size_t i = 0; i < critical.size(); ++i) std::printf("%d%c", critical[i], i + 1 == critical.size() ? '\n' : ' ');
}
