# Builds the answer by inserting at the front of a list: quadratic, still well within the limit with
# the safety margin on inputs of 100 words.
words = []
for word in input().split():
    words.insert(0, word)
print(" ".join(words))
