#include <iostream>

static long long ask(int i) {
    std::cout << "? " << i << std::endl;  // endl flushes
    long long h;
    std::cin >> h;
    return h;
}

int main() {
    int n;
    std::cin >> n;
    int lo = 1, hi = n;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (ask(mid) < ask(mid + 1))
            lo = mid + 1;
        else
            hi = mid;
    }
    std::cout << "! " << lo << std::endl;
}
