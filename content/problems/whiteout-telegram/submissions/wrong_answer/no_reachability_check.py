# Walks the trie from every position, reachable or not: a word may start where no split of the text
# before it ends, and the printed words then do not spell the message (10-none-at-the-start).
import sys


def main():
    data = sys.stdin.read().split()
    m = int(data[0])
    words, text = data[1 : 1 + m], data[1 + m]
    trie = [{}]  # node -> {letter: child}; a word ending at a node is marked by the key ""
    for w in words:
        node = 0
        for ch in w:
            nxt = trie[node].get(ch)
            if nxt is None:
                nxt = len(trie)
                trie.append({})
                trie[node][ch] = nxt
            node = nxt
        trie[node][""] = True
    n = len(text)
    start = [-1] * (n + 1)  # start[i]: where the last word of a segmentation of text[:i] begins
    start[0] = 0
    for i in range(n):
        node, j = 0, i
        while j < n:
            node = trie[node].get(text[j])
            if node is None:
                break
            j += 1
            if "" in trie[node] and start[j] < 0:
                start[j] = i
    if start[n] < 0:
        print("NONE")
        return
    pieces, i = [], n
    while i > 0 and start[i] >= 0:
        pieces.append(text[start[i] : i])
        i = start[i]
    print(" ".join(reversed(pieces)))


main()
