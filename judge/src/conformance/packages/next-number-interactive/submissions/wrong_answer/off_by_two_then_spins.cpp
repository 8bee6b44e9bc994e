// Answers wrongly, then spins: the interactor has already rejected, so this is Wrong Answer, not TLE.
#include <iostream>
int main() {
  long long n;
  std::cin >> n;
  std::cout << n + 2 << std::endl;
  volatile unsigned long long spin = 0;
  for (;;) spin += 1;
}
