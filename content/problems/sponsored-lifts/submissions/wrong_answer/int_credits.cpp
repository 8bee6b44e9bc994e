// Mistake: costs in 32-bit int. Caught by secret 16-large-chain-dear (399 * 10^9 credits).
#include <cstdio>
#include <vector>

int main() {
    int n, m;
    if (std::scanf("%d %d", &n, &m) != 2) return 1;
    std::vector<int> a(m), b(m), c(m);
    for (int i = 0; i < m; ++i) std::scanf("%d %d %d", &a[i], &b[i], &c[i]);
    std::vector<int> dist(n + 1, 0);
    std::vector<char> reached(n + 1, 0), endless(n + 1, 0);
    reached[1] = 1;
    for (int round = 0; round < n - 1; ++round)
        for (int i = 0; i < m; ++i)
            if (reached[a[i]] && (!reached[b[i]] || dist[a[i]] + c[i] < dist[b[i]])) {
                dist[b[i]] = dist[a[i]] + c[i];
                reached[b[i]] = 1;
            }
    std::vector<std::vector<int>> graph(n + 1);
    for (int i = 0; i < m; ++i) graph[a[i]].push_back(b[i]);
    std::vector<int> stack;
    for (int i = 0; i < m; ++i)
        if (reached[a[i]] && dist[a[i]] + c[i] < dist[b[i]] && !endless[b[i]]) endless[b[i]] = 1, stack.push_back(b[i]);
    while (!stack.empty()) {
        int u = stack.back();
        stack.pop_back();
        for (int v : graph[u])
            if (!endless[v]) endless[v] = 1, stack.push_back(v);
    }
    for (int v = 1; v <= n; ++v) {
        if (endless[v]) std::printf("-inf\n");
        else if (!reached[v]) std::printf("unreachable\n");
        else std::printf("%d\n", dist[v]);
    }
}
