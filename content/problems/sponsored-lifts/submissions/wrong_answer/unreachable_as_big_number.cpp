// Mistake: "unreachable" is a large number, and lifts are relaxed from unreachable stations too:
// 10^18 plus a negative cost is smaller than 10^18, so a station nobody reaches gets a "cost".
// Caught by secret 05-loop-out-of-reach (the unreached loop keeps "improving": -inf).
#include <cstdio>
#include <vector>

int main() {
    int n, m;
    if (std::scanf("%d %d", &n, &m) != 2) return 1;
    std::vector<int> a(m), b(m);
    std::vector<long long> c(m);
    for (int i = 0; i < m; ++i) std::scanf("%d %d %lld", &a[i], &b[i], &c[i]);
    const long long unreachable = 1000000000000000000LL;
    std::vector<long long> dist(n + 1, unreachable);
    dist[1] = 0;
    for (int round = 0; round < n - 1; ++round)
        for (int i = 0; i < m; ++i)
            if (dist[a[i]] + c[i] < dist[b[i]]) dist[b[i]] = dist[a[i]] + c[i];
    std::vector<std::vector<int>> graph(n + 1);
    for (int i = 0; i < m; ++i) graph[a[i]].push_back(b[i]);
    std::vector<char> endless(n + 1, 0);
    std::vector<int> stack;
    for (int i = 0; i < m; ++i)
        if (dist[a[i]] + c[i] < dist[b[i]] && !endless[b[i]]) endless[b[i]] = 1, stack.push_back(b[i]);
    while (!stack.empty()) {
        int u = stack.back();
        stack.pop_back();
        for (int v : graph[u])
            if (!endless[v]) endless[v] = 1, stack.push_back(v);
    }
    for (int v = 1; v <= n; ++v) {
        if (endless[v]) std::printf("-inf\n");
        else if (dist[v] == unreachable) std::printf("unreachable\n");
        else std::printf("%lld\n", dist[v]);
    }
}
