// Mistake: times in 32-bit int with "unreachable" = 10^9, the usual pairing: the sum of two times
// below 10^9 never overflows, but no hut more than 10^9 - 1 seconds away is ever reached, and a
// bigger "unreachable" would overflow int. Caught by secret 09-past-32-bits (3 * 10^9 prints -1).
#include <algorithm>
#include <cstdio>
#include <functional>
#include <queue>
#include <vector>

int main() {
    int n, m;
    if (std::scanf("%d %d", &n, &m) != 2) return 1;
    std::vector<std::vector<std::pair<int, int>>> graph(n + 1);
    for (int i = 0; i < m; ++i) {
        int u, v, w;
        std::scanf("%d %d %d", &u, &v, &w);
        graph[u].push_back({v, w});
        graph[v].push_back({u, w});
    }
    const int unreachable = 1000000000;
    std::vector<int> dist(n + 1, unreachable), parent(n + 1, 0);
    using Item = std::pair<int, int>;
    std::priority_queue<Item, std::vector<Item>, std::greater<Item>> heap;
    dist[1] = 0;
    heap.push({0, 1});
    while (!heap.empty()) {
        auto [d, u] = heap.top();
        heap.pop();
        if (d > dist[u]) continue;
        for (auto [v, w] : graph[u])
            if (d + w < dist[v]) {
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
    std::printf("%d %d\n", dist[n], (int)route.size());
    for (size_t i = 0; i < route.size(); ++i) std::printf("%d%c", route[i], i + 1 == route.size() ? '\n' : ' ');
}
