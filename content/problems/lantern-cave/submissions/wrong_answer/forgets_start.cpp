// Mistake: counts the chambers discovered by its moves, so the start chamber is missing (n - 1).
// Caught by sample 1 (prints 2).
#include <iostream>
#include <map>
#include <vector>

int main() {
    long long here;
    int degree;
    std::cin >> here >> degree;
    std::map<long long, std::vector<char>> known;
    known[here].assign(degree + 1, 0);
    long long discovered = 0;
    long long unknown = degree;
    std::vector<int> path;
    while (unknown > 0) {
        std::vector<char>& mouths = known[here];
        int mouth = 1;
        while (mouth < (int)mouths.size() && mouths[mouth]) ++mouth;
        long long there;
        int d, b;
        if (mouth == (int)mouths.size()) {
            std::cout << "go " << path.back() << std::endl;
            path.pop_back();
            std::cin >> there >> d >> b;
            here = there;
            continue;
        }
        mouths[mouth] = 1;
        --unknown;
        std::cout << "go " << mouth << std::endl;
        std::cin >> there >> d >> b;
        bool fresh = known.find(there) == known.end();
        if (fresh) {
            known[there].assign(d + 1, 0);
            unknown += d;
            ++discovered;
        }
        if (!known[there][b]) {
            known[there][b] = 1;
            --unknown;
        }
        if (fresh) {
            path.push_back(b);
            here = there;
        } else if (there != here && unknown > 0) {
            std::cout << "go " << b << std::endl;
            std::cin >> there >> d >> b;
        }
    }
    std::cout << "! " << discovered << std::endl;
}
