class FrostCairn:
    """A second stack of the coldest readings so far; a reading equal to the coldest is pushed too."""

    def __init__(self):
        self.stones = []
        self.colds = []

    def place(self, reading):
        self.stones.append(reading)
        if not self.colds or reading <= self.colds[-1]:
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
