#include <stdio.h>
#include "sum.h"

/* Sums in an int: four times 10^9 overflows. */
int sum_ints(void) {
    int n, x, sum = 0;
    if (scanf("%d", &n) != 1) return 0;
    while (n-- > 0 && scanf("%d", &x) == 1) sum += x;
    return sum;
}
