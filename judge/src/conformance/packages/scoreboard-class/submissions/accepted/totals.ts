export class Scoreboard {
  private readonly totals = new Map<string, number>();

  record(player: string, points: number): void {
    this.totals.set(player, (this.totals.get(player) ?? 0) + points);
  }

  total(player: string): number {
    return this.totals.get(player) ?? 0;
  }

  leader(): string {
    const ranked = [...this.totals].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
    return ranked[0]?.[0] ?? '';
  }
}
