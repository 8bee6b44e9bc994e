// O(n^2): Prim's algorithm choosing the next station by scanning all stations (no heap).
// secret 17-large-path: 10^5 stations, ~10^10 steps, past the limit in C++ too.
#include <cstdio>
#include <limits>
#include <vector>

int main() {
    int n, m;
    if (std::scanf("%d %d", &n, &m) != 2) return 1;
    struct Edge {
        int to;
        long long w;
        int id;
    };
    std::vector<std::vector<Edge>> graph(n + 1);
    for (int i = 0; i < m; ++i) {
        int u, v;
        long long w;
        std::scanf("%d %d %lld", &u, &v, &w);
        graph[u].push_back({v, w, i + 1});
        graph[v].push_back({u, w, i + 1});
    }
    const long long inf = std::numeric_limits<long long>::max();
    std::vector<long long> best(n + 1, inf);
    std::vector<int> via(n + 1, 0);
    std::vector<char> inside(n + 1, 0);
    best[1] = 0;
    long long total = 0;
    std::vector<int> chosen;
    for (int step = 0; step < n; ++step) {
        int u = 0;
        for (int x = 1; x <= n; ++x)
            if (!inside[x] && (u == 0 || best[x] < best[u])) u = x;
        if (best[u] == inf) {
            std::printf("IMPOSSIBLE\n");
            return 0;
        }
        inside[u] = 1;
        total += best[u];
        if (via[u]) chosen.push_back(via[u]);
        for (const Edge& e : graph[u])
            if (!inside[e.to] && e.w < best[e.to]) best[e.to] = e.w, via[e.to] = e.id;
    }
    std::printf("%lld\n", total);
    for (size_t i = 0; i < chosen.size(); ++i) std::printf("%d%c", chosen[i], i + 1 == chosen.size() ? '\n' : ' ');
    if (chosen.empty()) std::printf("\n");
}
