// O(n^2): picks the next hut by scanning every hut (no heap). secret 20-large-star settles all
// 10^5 huts before hut n: ~10^10 steps, past the limit in C++ too.
#include <algorithm>
#include <cstdio>
#include <limits>
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
    const long long inf = std::numeric_limits<long long>::max();
    std::vector<long long> dist(n + 1, inf);
    std::vector<int> parent(n + 1, 0);
    std::vector<char> done(n + 1, 0);
    dist[1] = 0;
    for (;;) {
        int u = 0;
        for (int v = 1; v <= n; ++v)
            if (!done[v] && dist[v] != inf && (u == 0 || dist[v] < dist[u])) u = v;
        if (u == 0 || u == n) break;
        done[u] = 1;
        for (auto [v, w] : graph[u])
            if (dist[u] + w < dist[v]) {
                dist[v] = dist[u] + w;
                parent[v] = u;
            }
    }
    if (dist[n] == inf) {
        std::printf("-1\n");
        return 0;
    }
    std::vector<int> route{n};
    while (route.back() != 1) route.push_back(parent[route.back()]);
    std::reverse(route.begin(), route.end());
    std::printf("%lld %d\n", dist[n], (int)route.size());
    for (size_t i = 0; i < route.size(); ++i) std::printf("%d%c", route[i], i + 1 == route.size() ? '\n' : ' ');
}
