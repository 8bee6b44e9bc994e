// Mistake: the coldest starts at 0 instead of the first reading, so a cairn of warm readings reports
// 0. Caught by secret/02-all-warm.
class FrostCairn {
  constructor() {
    this.readings = [];
    this.colds = [];
  }
  place(reading) {
    const below = this.colds.length === 0 ? 0 : this.colds[this.colds.length - 1];
    this.readings.push(reading);
    this.colds.push(Math.min(reading, below));
  }
  lift() {
    this.colds.pop();
    return this.readings.pop();
  }
  peek() {
    return this.readings[this.readings.length - 1];
  }
  coldest() {
    return this.colds[this.colds.length - 1];
  }
}
