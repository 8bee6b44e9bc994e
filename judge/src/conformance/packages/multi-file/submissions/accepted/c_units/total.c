#include "total.h"

long long read_total(FILE *in) {
    long long n, x, sum = 0;
    if (fscanf(in, "%lld", &n) != 1) return 0;
    while (n-- > 0 && fscanf(in, "%lld", &x) == 1) sum += x;
    return sum;
}
