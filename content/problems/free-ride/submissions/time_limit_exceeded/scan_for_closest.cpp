// Dijkstra without a priority queue: scans all 2n states for the closest unfinished one, O(n^2),
// 4 * 10^10 steps for 10^5 huts.
#include <cstdio>
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
    const long long inf = (long long)4e18;
    std::vector<long long> dist(2 * n + 2, inf);  // hut v with the voucher: v; spent: v + n
    std::vector<char> done(2 * n + 2, 0);
    dist[1] = 0;
    while (true) {
        int state = -1;
        for (int s = 1; s <= 2 * n; ++s)
            if (!done[s] && dist[s] < inf && (state < 0 || dist[s] < dist[state])) state = s;
        if (state < 0) break;
        done[state] = 1;
        bool spent = state > n;
        int hut = spent ? state - n : state;
        for (auto [next, w] : graph[hut]) {
            int target = spent ? next + n : next;
            if (dist[state] + w < dist[target]) dist[target] = dist[state] + w;
            if (!spent && dist[state] < dist[next + n]) dist[next + n] = dist[state];
        }
    }
    long long best = std::min(dist[n], dist[2 * n]);
    std::printf("%lld\n", best >= inf ? -1 : best);
}
