# Pass 1 writes x in base 26 with the letters a-z; pass 2 reads it back.
word = input().strip()
if word.isdigit():
    x = int(word)
    letters = ""
    while True:
        letters = chr(ord("a") + x % 26) + letters
        x //= 26
        if x == 0:
            break
    print(letters)
else:
    x = 0
    for letter in word:
        x = x * 26 + ord(letter) - ord("a")
    print(x)
