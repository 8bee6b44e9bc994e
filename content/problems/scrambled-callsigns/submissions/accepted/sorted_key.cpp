// Groups by the sorted letters in an unordered_map; prints groups in the map's (arbitrary) order.
#include <algorithm>
#include <cstdio>
#include <string>
#include <unordered_map>
#include <vector>

int main() {
    int n;
    if (std::scanf("%d", &n) != 1) return 1;
    std::unordered_map<std::string, std::vector<int>> byKey;
    byKey.reserve(2 * n);
    char buf[16];
    for (int i = 1; i <= n; ++i) {
        std::scanf("%15s", buf);
        std::string key(buf);
        std::sort(key.begin(), key.end());
        byKey[key].push_back(i);
    }
    std::printf("%zu\n", byKey.size());
    std::string line;
    for (auto& [key, calls] : byKey) {
        line = std::to_string(calls.size());
        for (int c : calls) line += ' ' + std::to_string(c);
        std::puts(line.c_str());
    }
}
