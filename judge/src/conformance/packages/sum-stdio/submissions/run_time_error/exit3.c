#include <stdio.h>

int main(void) {
    long long a, b;
    if (scanf("%lld %lld", &a, &b) != 2) return 1;
    printf("%lld\n", a + b); /* right answer, but a non-zero exit code is a run-time error */
    return 3;
}
