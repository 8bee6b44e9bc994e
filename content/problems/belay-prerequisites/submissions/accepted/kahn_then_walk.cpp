// Kahn's algorithm for the order; when courses are left over, every one of them still has a
// left-over prerequisite, so walking backwards along those must repeat a course: that loop is a cycle.
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n, m;
    if (std::scanf("%d %d", &n, &m) != 2) return 1;
    std::vector<std::vector<int>> out(n + 1), in(n + 1);
    std::vector<int> indegree(n + 1, 0);
    for (int i = 0; i < m; ++i) {
        int a, b;
        std::scanf("%d %d", &a, &b);
        out[a].push_back(b);
        in[b].push_back(a);
        ++indegree[b];
    }
    std::vector<int> order;
    for (int u = 1; u <= n; ++u)
        if (indegree[u] == 0) order.push_back(u);
    for (size_t head = 0; head < order.size(); ++head)
        for (int v : out[order[head]])
            if (--indegree[v] == 0) order.push_back(v);
    if ((int)order.size() == n) {
        std::printf("ORDER\n");
        for (int i = 0; i < n; ++i) std::printf("%d%c", order[i], i + 1 == n ? '\n' : ' ');
        return 0;
    }
    std::vector<int> seenAt(n + 1, -1), walk;
    int u = 1;
    while (indegree[u] == 0) ++u;  // a left-over course
    while (seenAt[u] < 0) {
        seenAt[u] = (int)walk.size();
        walk.push_back(u);
        for (int p : in[u])
            if (indegree[p] > 0) {  // a left-over prerequisite
                u = p;
                break;
            }
    }
    std::vector<int> cycle(walk.begin() + seenAt[u], walk.end());
    std::reverse(cycle.begin(), cycle.end());  // the walk went against the rules
    std::printf("CYCLE %d\n", (int)cycle.size());
    for (size_t i = 0; i < cycle.size(); ++i) std::printf("%d%c", cycle[i], i + 1 == cycle.size() ? '\n' : ' ');
}
