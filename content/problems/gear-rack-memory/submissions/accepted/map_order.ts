// A Map iterates in insertion order: deleting and re-inserting a key makes it the newest.
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
    if (this.rack.size > this.capacity) {
      const oldest = this.rack.keys().next().value as number;
      this.rack.delete(oldest);
    }
  }
}
