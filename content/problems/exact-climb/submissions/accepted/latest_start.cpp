// Prefix sums in a hash map, keeping the LATEST position of each sum: finds the shortest stretch
// ending at r, which is often a different (equally right) answer from the Python solution's.
#include <cstdio>
#include <unordered_map>
#include <vector>

int main() {
    int n;
    long long s;
    if (std::scanf("%d %lld", &n, &s) != 2) return 1;
    std::vector<long long> legs(n);
    for (auto& d : legs) std::scanf("%lld", &d);
    std::unordered_map<long long, int> latest;
    latest.reserve(2 * n + 1);
    latest[0] = 0;
    long long prefix = 0;
    for (int r = 1; r <= n; ++r) {
        prefix += legs[r - 1];
        auto found = latest.find(prefix - s);
        if (found != latest.end()) {
            std::printf("%d %d\n", found->second + 1, r);
            return 0;
        }
        latest[prefix] = r;
    }
    std::puts("NONE");
}
