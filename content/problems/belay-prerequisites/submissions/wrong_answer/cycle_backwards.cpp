// Mistake: reads the cycle off the parent pointers (from u up to v) and prints it in that order,
// which follows every rule the wrong way round. Caught by sample 2 (2 3 4 printed as 4 3 2).
#include <cstdio>
#include <vector>

int main() {
    int n, m;
    if (std::scanf("%d %d", &n, &m) != 2) return 1;
    std::vector<std::vector<int>> graph(n + 1);
    for (int i = 0; i < m; ++i) {
        int a, b;
        std::scanf("%d %d", &a, &b);
        graph[a].push_back(b);
    }
    std::vector<int> colour(n + 1, 0), parent(n + 1, 0), next(n + 1, 0), done;
    for (int start = 1; start <= n; ++start) {
        if (colour[start]) continue;
        colour[start] = 1;
        std::vector<int> stack{start};
        while (!stack.empty()) {
            int u = stack.back();
            if (next[u] == (int)graph[u].size()) {
                stack.pop_back();
                colour[u] = 2;
                done.push_back(u);
                continue;
            }
            int v = graph[u][next[u]++];
            if (colour[v] == 1) {
                std::vector<int> cycle{u};
                while (cycle.back() != v) cycle.push_back(parent[cycle.back()]);
                std::printf("CYCLE %d\n", (int)cycle.size());
                for (size_t i = 0; i < cycle.size(); ++i) std::printf("%d%c", cycle[i], i + 1 == cycle.size() ? '\n' : ' ');
                return 0;
            }
            if (colour[v] == 0) {
                colour[v] = 1;
                parent[v] = u;
                stack.push_back(v);
            }
        }
    }
    std::printf("ORDER\n");
    for (int i = n - 1; i >= 0; --i) std::printf("%d%c", done[i], i == 0 ? '\n' : ' ');
}
