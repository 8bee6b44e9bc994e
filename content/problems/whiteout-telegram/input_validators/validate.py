"""Input validator (Kattis interface): `m`, a line of m dictionary words (1..50 lowercase letters,
at most 10^5 letters in all, repeats allowed), then the message (1..3 * 10^4 lowercase letters).
With --measure it prints the input's measures as JSON."""
import json
import re
import sys

try:
    lines = sys.stdin.read().split("\n")
    m = int(lines[0])
    words = lines[1].split(" ")
    text = lines[2]
    ok = 1 <= m <= 10**4 and len(words) == m and all(re.fullmatch(r"[a-z]{1,50}", w) for w in words)
    ok = ok and sum(map(len, words)) <= 10**5 and re.fullmatch(r"[a-z]{1,30000}", text) is not None
    ok = ok and all(line == "" for line in lines[3:])
except (ValueError, IndexError):
    ok = False
if ok and "--measure" in sys.argv[1:]:
    lengths = [len(w) for w in words]
    print(json.dumps({"m": m, "word_length": [min(lengths), max(lengths)], "letters": sum(lengths), "text_length": len(text)}))
sys.exit(42 if ok else 43)
