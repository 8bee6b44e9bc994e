int sum_ints(void);
