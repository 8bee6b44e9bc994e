# Mistake: keeps the coldest in one variable, which a lift cannot restore: after the coldest stone
# is lifted, coldest() still reports it. Caught by sample/1 (-7 is lifted; the coldest becomes -3).
class FrostCairn:
    def __init__(self):
        self.stones = []
        self.cold = None

    def place(self, reading):
        self.stones.append(reading)
        if self.cold is None or reading < self.cold:
            self.cold = reading

    def lift(self):
        return self.stones.pop()

    def peek(self):
        return self.stones[-1]

    def coldest(self):
        return self.cold
