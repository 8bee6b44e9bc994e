class FrostCairn:
    """Each stone remembers the coldest reading at or below it, so every call is O(1)."""

    def __init__(self) -> None:
        self.stones: list[tuple[int, int]] = []  # (reading, coldest of this stone and all below)

    def place(self, reading: int) -> None:
        below = self.stones[-1][1] if self.stones else reading
        self.stones.append((reading, min(reading, below)))

    def lift(self) -> int:
        return self.stones.pop()[0]

    def peek(self) -> int:
        return self.stones[-1][0]

    def coldest(self) -> int:
        return self.stones[-1][1]
