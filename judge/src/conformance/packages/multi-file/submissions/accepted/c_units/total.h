#include <stdio.h>
long long read_total(FILE *in);
