// Mistake: 64-bit times, but "unreachable" is 10^12, which a real time can exceed: huts beyond it
// are never reached. Caught by secret 17-heavy-chain (3 * 10^12).
#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>
#include <queue>
#include <vector>

int main() {
    int n, m;
    if (std::scanf("%d %d", &n, &m) != 2) return 1;
    std::vector<std::vector<std::pair<int, long long>>> graph(n + 1);
    for (int i = 0; i < m; ++i) {
        int u, v;
        long long w;
        std::scanf("%d %d %lld", &u, &v, &w);
        graph[u].push_back({v, w});
        graph[v].push_back({u, w});
    }
    const long long unreachable = 1000000000000LL;
    std::vector<long long> dist(n + 1, unreachable);
    std::vector<int> parent(n + 1, 0);
    using Item = std::pair<long long, int>;
    std::priority_queue<Item, std::vector<Item>, std::greater<Item>> heap;
    dist[1] = 0;
    heap.push({0, 1});
    while (!heap.empty()) {
        auto [d, u] = heap.top();
        heap.pop();
        if (d > dist[u]) continue;
        for (auto [v, w] : graph[u])
            if (d + w < dist[v] && d + w < unreachable) {
                dist[v] = d + w;
                parent[v] = u;
                heap.push({dist[v], v});
            }
    }
    if (dist[n] == unreachable) {
        std::printf("-1\n");
        return 0;
    }
    std::vector<int> route{n};
    while (route.back() != 1) route.push_back(parent[route.back()]);
    std::reverse(route.begin(), route.end());
    std::printf("%lld %d\n", dist[n], (int)route.size());
    for (size_t i = 0; i < route.size(); ++i) std::printf("%d%c", route[i], i + 1 == route.size() ? '\n' : ' ');
}
