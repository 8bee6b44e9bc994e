# Too slow: coldest() scans the whole cairn with min(), O(n) per call: 15 000 scans of 15 000
# readings on secret/13-tall-cairn.
class FrostCairn:
    def __init__(self):
        self.stones = []

    def place(self, reading):
        self.stones.append(reading)

    def lift(self):
        return self.stones.pop()

    def peek(self):
        return self.stones[-1]

    def coldest(self):
        return min(self.stones)
