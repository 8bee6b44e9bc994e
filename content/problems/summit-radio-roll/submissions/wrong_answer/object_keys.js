// Mistake: keeps the roll and the prefix counts in plain objects and asks with `in`, so names of
// Object.prototype's properties are "on the roll" before anyone enlists them, and their counts are
// functions. Caught by secret/04-property-names (onRoll("constructor") on an empty roll must be false).
class RadioRoll {
  constructor() {
    this.roll = {};
    this.starting = {};
  }

  enlist(callsign) {
    if (callsign in this.roll) return;
    this.roll[callsign] = true;
    for (let end = 0; end <= callsign.length; end += 1) {
      const prefix = callsign.slice(0, end);
      this.starting[prefix] = (this.starting[prefix] || 0) + 1;
    }
  }

  onRoll(callsign) {
    return callsign in this.roll;
  }

  countStarting(prefix) {
    return prefix in this.starting ? this.starting[prefix] : 0;
  }
}
