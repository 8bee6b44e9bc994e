#include "total.hpp"

long long total(std::istream& in) {
    long long n, x, sum = 0;
    in >> n;
    while (n-- > 0 && in >> x) sum += x;
    return sum;
}
