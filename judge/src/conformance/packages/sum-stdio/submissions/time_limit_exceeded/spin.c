#include <stdio.h>

int main(void) {
    long long a, b;
    if (scanf("%lld %lld", &a, &b) != 2) return 1;
    /* volatile keeps -O2 from removing the loop (an empty infinite loop is UB in C++, not in C, but be safe). */
    volatile unsigned long long counter = 0;
    for (;;) counter++;
    printf("%lld\n", a + b);
    return 0;
}
