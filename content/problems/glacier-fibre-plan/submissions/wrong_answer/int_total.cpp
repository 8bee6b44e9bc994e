// Mistake: the total in a 32-bit int. Caught by secret 08-past-32-bits (3 * 10^9 francs).
#include <algorithm>
#include <cstdio>
#include <numeric>
#include <vector>

int main() {
    int n, m;
    if (std::scanf("%d %d", &n, &m) != 2) return 1;
    std::vector<int> u(m), v(m), order(m);
    std::vector<long long> w(m);
    for (int i = 0; i < m; ++i) std::scanf("%d %d %lld", &u[i], &v[i], &w[i]);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return w[a] < w[b]; });
    std::vector<int> parent(n + 1);
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    };
    int total = 0;
    std::vector<int> chosen;
    for (int i : order) {
        int a = find(u[i]), b = find(v[i]);
        if (a == b) continue;
        parent[a] = b;
        total += w[i];
        chosen.push_back(i + 1);
    }
    if ((int)chosen.size() != n - 1) {
        std::printf("IMPOSSIBLE\n");
        return 0;
    }
    std::printf("%d\n", total);
    for (size_t i = 0; i < chosen.size(); ++i) std::printf("%d%c", chosen[i], i + 1 == chosen.size() ? '\n' : ' ');
    if (chosen.empty()) std::printf("\n");
}
