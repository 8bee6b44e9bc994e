// O(n^2) on equal letters: grows a palindrome from every centre; 10^10 comparisons on
// secret/15-large-one-letter, several seconds even in C++.
#include <cstdio>
#include <cstring>

static char s[200005];

int main() {
    int n;
    if (std::scanf("%d %200000s", &n, s) != 2) return 1;
    long long total = 0;
    for (int centre = 0; centre < 2 * n - 1; ++centre) {
        int l = centre / 2, r = (centre + 1) / 2;
        while (l >= 0 && r < n && s[l] == s[r]) {
            ++total;
            --l;
            ++r;
        }
    }
    std::printf("%lld\n", total);
}
