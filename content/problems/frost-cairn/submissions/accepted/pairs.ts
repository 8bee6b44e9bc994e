// Each stone remembers the coldest reading at or below it, so every call is O(1).
class FrostCairn {
  private readonly stones: { reading: number; coldest: number }[] = [];

  place(reading: number): void {
    const below = this.stones.at(-1);
    this.stones.push({ reading, coldest: below === undefined ? reading : Math.min(reading, below.coldest) });
  }

  lift(): number {
    return this.stones.pop()!.reading;
  }

  peek(): number {
    return this.stones.at(-1)!.reading;
  }

  coldest(): number {
    return this.stones.at(-1)!.coldest;
  }
}
