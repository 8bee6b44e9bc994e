// BFS over (square, cuts used): r * c * (k + 1) states, each entered at most once.
#include <cstdio>
#include <deque>
#include <string>
#include <vector>

int main() {
    int r, c, k;
    if (std::scanf("%d %d %d", &r, &c, &k) != 3) return 1;
    std::vector<std::string> rows(r);
    char buf[128];
    for (auto& row : rows) {
        std::scanf("%127s", buf);
        row = buf;
    }
    std::vector<int> dist(r * c * (k + 1), -1);
    std::deque<int> queue;  // state = (y * c + x) * (k + 1) + used
    dist[0] = 0;
    queue.push_back(0);
    const int dy[] = {1, -1, 0, 0}, dx[] = {0, 0, 1, -1};
    while (!queue.empty()) {
        int state = queue.front();
        queue.pop_front();
        int used = state % (k + 1), cell = state / (k + 1), y = cell / c, x = cell % c;
        if (cell == r * c - 1) {
            std::printf("%d\n", dist[state]);
            return 0;
        }
        for (int d = 0; d < 4; ++d) {
            int ny = y + dy[d], nx = x + dx[d];
            if (ny < 0 || ny >= r || nx < 0 || nx >= c) continue;
            int nu = used + (rows[ny][nx] == '#');
            if (nu > k) continue;
            int next = (ny * c + nx) * (k + 1) + nu;
            if (dist[next] >= 0) continue;
            dist[next] = dist[state] + 1;
            queue.push_back(next);
        }
    }
    std::printf("-1\n");
}
