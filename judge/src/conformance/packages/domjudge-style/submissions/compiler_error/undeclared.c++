#include <iostream>
int main() { std::cout << reversed_words() << "\n"; }
