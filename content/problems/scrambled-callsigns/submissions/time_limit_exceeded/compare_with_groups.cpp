// O(n * g): compares each call with one sign of every group found so far; 5 * 10^9 string
// comparisons on secret/10-large-distinct, far too many even in C++.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

int main() {
    int n;
    if (std::scanf("%d", &n) != 1) return 1;
    std::vector<std::string> reps;
    std::vector<std::vector<int>> groups;
    char buf[16];
    for (int i = 1; i <= n; ++i) {
        std::scanf("%15s", buf);
        std::string key(buf);
        std::sort(key.begin(), key.end());
        size_t g = 0;
        while (g < reps.size() && reps[g] != key) ++g;
        if (g == reps.size()) {
            reps.push_back(key);
            groups.emplace_back();
        }
        groups[g].push_back(i);
    }
    std::printf("%zu\n", groups.size());
    for (auto& calls : groups) {
        std::printf("%zu", calls.size());
        for (int c : calls) std::printf(" %d", c);
        std::printf("\n");
    }
}
