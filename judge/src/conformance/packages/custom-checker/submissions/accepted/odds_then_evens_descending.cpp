// A different valid answer from the Python one: odd numbers descending, then even numbers descending
// (n = 5: 5 3 1 4 2).
#include <cstdio>

int main() {
    int n;
    if (std::scanf("%d", &n) != 1) return 1;
    if (n == 2 || n == 3) {
        std::puts("NONE");
        return 0;
    }
    bool first = true;
    auto put = [&](int value) {
        std::printf(first ? "%d" : " %d", value);
        first = false;
    };
    for (int v = (n % 2 == 1 ? n : n - 1); v >= 1; v -= 2) put(v);
    for (int v = (n % 2 == 0 ? n : n - 1); v >= 2; v -= 2) put(v);
    std::putchar('\n');
}
