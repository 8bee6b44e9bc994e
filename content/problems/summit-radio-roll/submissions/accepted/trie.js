// A trie whose nodes count the callsigns below them. Children live in a Map: a plain object would
// also "have" keys such as "constructor".
class RadioRoll {
  constructor() {
    this.root = { children: new Map(), below: 0, ends: false };
  }

  find(text) {
    let node = this.root;
    for (const letter of text) {
      node = node.children.get(letter);
      if (node === undefined) return undefined;
    }
    return node;
  }

  enlist(callsign) {
    if (this.onRoll(callsign)) return;
    let node = this.root;
    node.below += 1;
    for (const letter of callsign) {
      let next = node.children.get(letter);
      if (next === undefined) {
        next = { children: new Map(), below: 0, ends: false };
        node.children.set(letter, next);
      }
      node = next;
      node.below += 1;
    }
    node.ends = true;
  }

  onRoll(callsign) {
    return this.find(callsign)?.ends === true;
  }

  countStarting(prefix) {
    return this.find(prefix)?.below ?? 0;
  }
}
