// Mistake: evicts when the rack reaches its capacity (>=) instead of when it exceeds it, so it holds
// one item fewer than it may. Caught by secret/01-capacity-one (a rack of 1 keeps nothing).
class GearRack {
  private readonly rack = new Map<number, number>();

  constructor(private readonly capacity: number) {}

  fetch(tag: number): number {
    const weight = this.rack.get(tag);
    if (weight === undefined) return -1;
    this.rack.delete(tag);
    this.rack.set(tag, weight);
    return weight;
  }

  stow(tag: number, weight: number): void {
    this.rack.delete(tag);
    this.rack.set(tag, weight);
    if (this.rack.size >= this.capacity) this.rack.delete(this.rack.keys().next().value as number);
  }
}
