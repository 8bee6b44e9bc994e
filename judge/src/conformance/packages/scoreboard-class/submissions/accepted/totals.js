class Scoreboard {
  constructor() {
    this.totals = new Map();
  }
  record(player, points) {
    this.totals.set(player, (this.totals.get(player) ?? 0) + points);
  }
  total(player) {
    return this.totals.get(player) ?? 0;
  }
  leader() {
    let best = '';
    for (const [player, total] of this.totals) {
      const top = this.totals.get(best);
      if (best === '' || total > top || (total === top && player < best)) best = player;
    }
    return best;
  }
}
