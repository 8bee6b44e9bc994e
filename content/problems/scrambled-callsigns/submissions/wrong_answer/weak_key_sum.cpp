// Mistake: a weak key, the length and the sum of the letter codes: "ad" and "bc" collide.
// Caught by secret/05-weak-key.
#include <cstdio>
#include <cstring>
#include <map>
#include <utility>
#include <vector>

int main() {
    int n;
    if (std::scanf("%d", &n) != 1) return 1;
    std::map<std::pair<int, int>, std::vector<int>> byKey;
    char buf[16];
    for (int i = 1; i <= n; ++i) {
        std::scanf("%15s", buf);
        int len = (int)std::strlen(buf), sum = 0;
        for (int j = 0; j < len; ++j) sum += buf[j];
        byKey[{len, sum}].push_back(i);
    }
    std::printf("%zu\n", byKey.size());
    for (auto& [key, calls] : byKey) {
        std::printf("%zu", calls.size());
        for (int c : calls) std::printf(" %d", c);
        std::printf("\n");
    }
}
