# Mistake: the second stack takes a reading only when it is strictly colder (<), so of two equal
# coldest readings it keeps one; lifting the first copy loses the coldest while the other is still
# on the cairn. Caught by sample/2 (4, 2, 2: after one lift the coldest is still 2).
class FrostCairn:
    def __init__(self):
        self.stones = []
        self.colds = []

    def place(self, reading):
        self.stones.append(reading)
        if not self.colds or reading < self.colds[-1]:
            self.colds.append(reading)

    def lift(self):
        reading = self.stones.pop()
        if reading == self.colds[-1]:
            self.colds.pop()
        return reading

    def peek(self):
        return self.stones[-1]

    def coldest(self):
        return self.colds[-1]
