// Mistake: on equal lengths keeps the LATER stretch of a sorted scan (>=), i.e. the largest start.
// Caught by sample/1 (answers 3 10, not 3 -4) and secret/04-tie-later-smaller.
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n;
    if (std::scanf("%d", &n) != 1) return 1;
    std::vector<long long> v(n);
    for (auto& x : v) std::scanf("%lld", &x);
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    long long bestLen = 0, bestStart = 0, start = v[0], len = 1;
    for (size_t i = 1; i <= v.size(); ++i) {
        if (i < v.size() && v[i] == v[i - 1] + 1) {
            ++len;
            continue;
        }
        if (len >= bestLen) {
            bestLen = len;
            bestStart = start;
        }
        if (i < v.size()) start = v[i], len = 1;
    }
    std::printf("%lld %lld\n", bestLen, bestStart);
}
