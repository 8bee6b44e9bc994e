#include <cstdio>
#include <vector>

struct Lift {
    int a, b;
    long long c;
};

int main() {
    int n, m;
    if (std::scanf("%d %d", &n, &m) != 2) return 1;
    std::vector<Lift> lifts(m);
    for (auto& l : lifts) std::scanf("%d %d %lld", &l.a, &l.b, &l.c);
    std::vector<long long> dist(n + 1, 0);
    std::vector<char> reached(n + 1, 0), endless(n + 1, 0);
    reached[1] = 1;
    for (int round = 0; round < n - 1; ++round) {
        bool changed = false;
        for (const auto& l : lifts)
            if (reached[l.a] && (!reached[l.b] || dist[l.a] + l.c < dist[l.b])) {
                dist[l.b] = dist[l.a] + l.c;
                reached[l.b] = 1;
                changed = true;
            }
        if (!changed) break;
    }
    std::vector<std::vector<int>> graph(n + 1);
    for (const auto& l : lifts) graph[l.a].push_back(l.b);
    std::vector<int> stack;
    for (const auto& l : lifts)
        if (reached[l.a] && dist[l.a] + l.c < dist[l.b] && !endless[l.b]) {
            endless[l.b] = 1;
            stack.push_back(l.b);
        }
    while (!stack.empty()) {
        int u = stack.back();
        stack.pop_back();
        for (int v : graph[u])
            if (!endless[v]) {
                endless[v] = 1;
                stack.push_back(v);
            }
    }
    for (int v = 1; v <= n; ++v) {
        if (endless[v]) std::printf("-inf\n");
        else if (!reached[v]) std::printf("unreachable\n");
        else std::printf("%lld\n", dist[v]);
    }
}
