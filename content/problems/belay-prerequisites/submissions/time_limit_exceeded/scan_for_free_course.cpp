// O(n^2): scans all courses for the next free one; a left-over course leads back to a cycle.
// secret 23-large-no-rules: ~5 * 10^9 checks, past the limit in C++ too.
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n, m;
    if (std::scanf("%d %d", &n, &m) != 2) return 1;
    std::vector<std::vector<int>> graph(n + 1), reverse(n + 1);
    std::vector<int> indegree(n + 1, 0);
    for (int i = 0; i < m; ++i) {
        int a, b;
        std::scanf("%d %d", &a, &b);
        graph[a].push_back(b);
        reverse[b].push_back(a);
        ++indegree[b];
    }
    std::vector<char> taken(n + 1, 0);
    std::vector<int> order;
    while ((int)order.size() < n) {
        int free = 0;
        for (int u = n; u >= 1; --u)  // from the top, so the scan is long every time
            if (!taken[u] && indegree[u] == 0) free = u;
        if (free == 0) break;
        taken[free] = 1;
        order.push_back(free);
        for (int v : graph[free]) --indegree[v];
    }
    if ((int)order.size() == n) {
        std::printf("ORDER\n");
        for (int i = 0; i < n; ++i) std::printf("%d%c", order[i], i + 1 == n ? '\n' : ' ');
        return 0;
    }
    int u = 1;
    while (taken[u]) ++u;
    std::vector<int> seenAt(n + 1, -1), walk;
    while (seenAt[u] < 0) {
        seenAt[u] = (int)walk.size();
        walk.push_back(u);
        for (int p : reverse[u])
            if (!taken[p]) {
                u = p;
                break;
            }
    }
    std::vector<int> cycle(walk.begin() + seenAt[u], walk.end());
    std::reverse(cycle.begin(), cycle.end());
    std::printf("CYCLE %d\n", (int)cycle.size());
    for (size_t i = 0; i < cycle.size(); ++i) std::printf("%d%c", cycle[i], i + 1 == cycle.size() ? '\n' : ' ');
}
