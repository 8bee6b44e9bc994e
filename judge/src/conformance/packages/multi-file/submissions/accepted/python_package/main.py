from total.parse import numbers

print(sum(numbers()))
