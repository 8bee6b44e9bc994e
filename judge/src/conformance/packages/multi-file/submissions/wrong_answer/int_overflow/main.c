#include <stdio.h>
#include "sum.h"

int main(void) {
    printf("%d\n", sum_ints());
    return 0;
}
