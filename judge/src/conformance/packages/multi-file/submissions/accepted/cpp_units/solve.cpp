#include <iostream>
#include "total.hpp"

int main() { std::cout << total(std::cin) << "\n"; }
