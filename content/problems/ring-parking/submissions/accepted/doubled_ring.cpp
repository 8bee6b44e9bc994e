// Write the ring twice and slide a window of k = (number of sleds) spots over the first n starts.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

int main() {
    int t;
    if (std::scanf("%d", &t) != 1) return 1;
    std::vector<char> buffer(200001);
    while (t--) {
        int n;
        std::scanf("%d %200000s", &n, buffer.data());
        std::string ring(buffer.data(), n);
        int k = static_cast<int>(std::count(ring.begin(), ring.end(), '1'));
        if (k == 0) {
            std::printf("0\n");
            continue;
        }
        std::string doubled = ring + ring;
        int inside = static_cast<int>(std::count(doubled.begin(), doubled.begin() + k, '1'));
        int best = inside;
        for (int i = k; i < n + k - 1; ++i) {
            inside += (doubled[i] == '1') - (doubled[i - k] == '1');
            best = std::max(best, inside);
        }
        std::printf("%d\n", k - best);
    }
}
