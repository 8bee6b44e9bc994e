// A Map iterates in insertion order: deleting and re-inserting a key makes it the newest.
class GearRack {
  constructor(capacity) {
    this.capacity = capacity;
    this.rack = new Map();
  }

  fetch(tag) {
    if (!this.rack.has(tag)) return -1;
    const weight = this.rack.get(tag);
    this.rack.delete(tag);
    this.rack.set(tag, weight);
    return weight;
  }

  stow(tag, weight) {
    this.rack.delete(tag);
    this.rack.set(tag, weight);
    if (this.rack.size > this.capacity) this.rack.delete(this.rack.keys().next().value);
  }
}
