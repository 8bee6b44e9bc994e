// Checks whether mid is the summit by asking mid - 1, mid and mid + 1 every round: three questions
// per halving, ~60 for 10^6 poles, where only 50 are allowed.
#include <iostream>

static long long ask(int i) {
    std::cout << "? " << i << std::endl;
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
        long long left = mid > 1 ? ask(mid - 1) : -1, here = ask(mid), right = ask(mid + 1);
        if (left < here && here > right) {
            lo = hi = mid;
        } else if (here < right) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    std::cout << "! " << lo << std::endl;
}
