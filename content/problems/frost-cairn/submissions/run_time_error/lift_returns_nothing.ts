// Mistake: lift removes the top stone but returns nothing (undefined), though the statement says it
// returns the reading. The judge refuses a value of the wrong type as a Run Time Error naming the
// call: sample/1, "call 6: lift() raised Error: returned undefined where an integer was expected".
class FrostCairn {
  private readonly stones: { reading: number; coldest: number }[] = [];

  place(reading: number): void {
    const below = this.stones.at(-1);
    this.stones.push({ reading, coldest: below === undefined ? reading : Math.min(reading, below.coldest) });
  }

  lift(): number {
    this.stones.pop();
    return undefined as unknown as number;
  }

  peek(): number {
    return this.stones.at(-1)!.reading;
  }

  coldest(): number {
    return this.stones.at(-1)!.coldest;
  }
}
