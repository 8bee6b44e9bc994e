// Each stone remembers the coldest reading at or below it, so every call is O(1).
class FrostCairn {
  constructor() {
    this.readings = [];
    this.colds = [];
  }
  place(reading) {
    const n = this.colds.length;
    this.readings.push(reading);
    this.colds.push(n === 0 ? reading : Math.min(reading, this.colds[n - 1]));
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
