# Mistake: peek reads the first stone placed (stones[0]) instead of the top one.
# Caught by sample/1 (call 8: peek() must return 5).
class FrostCairn:
    def __init__(self):
        self.stones = []

    def place(self, reading):
        below = self.stones[-1][1] if self.stones else reading
        self.stones.append((reading, min(reading, below)))

    def lift(self):
        return self.stones.pop()[0]

    def peek(self):
        return self.stones[0][0]

    def coldest(self):
        return self.stones[-1][1]
