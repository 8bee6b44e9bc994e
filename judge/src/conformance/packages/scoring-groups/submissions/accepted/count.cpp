#include <cstdio>
#include <unordered_map>

int main() {
    int n;
    if (std::scanf("%d", &n) != 1) return 1;
    std::unordered_map<long long, long long> seen;
    seen.reserve(2 * n);
    long long pairs = 0;
    for (int i = 0; i < n; i++) {
        long long x;
        std::scanf("%lld", &x);
        auto it = seen.find(-x);
        if (it != seen.end()) pairs += it->second;
        seen[x]++;
    }
    std::printf("%lld\n", pairs);
}
