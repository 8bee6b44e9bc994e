#include <stdio.h>
#include "total.h"

int main(void) {
    printf("%lld\n", read_total(stdin));
    return 0;
}
