// Adds up minutes in 32-bit ints: a long walk (more than 2^31 minutes) overflows.
#include <cstdio>
#include <functional>
#include <queue>
#include <vector>

int main() {
    int n, m;
    if (std::scanf("%d %d", &n, &m) != 2) return 1;
    std::vector<std::vector<std::pair<int, int>>> graph(n + 1);
    for (int i = 0; i < m; ++i) {
        int u, v;
        int w;
        std::scanf("%d %d %d", &u, &v, &w);
        graph[u].push_back({v, w});
        graph[v].push_back({u, w});
    }
    const int inf = 2147483647;
    std::vector<int> dist(2 * n + 2, inf);
    using Item = std::pair<int, int>;
    std::priority_queue<Item, std::vector<Item>, std::greater<Item>> queue;
    auto relax = [&](int state, int d) {
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
    int best = std::min(dist[n], dist[2 * n]);
    std::printf("%d\n", best >= inf ? -1 : best);
}
