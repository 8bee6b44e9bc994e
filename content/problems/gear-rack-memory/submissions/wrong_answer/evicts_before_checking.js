// Mistake: makes room before looking whether the tag is already in the rack, so restowing a tag of a
// full rack evicts the oldest item for nothing. Caught by secret/04-restow-when-full.
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
    if (this.rack.size === this.capacity) this.rack.delete(this.rack.keys().next().value);
    this.rack.delete(tag);
    this.rack.set(tag, weight);
  }
}
