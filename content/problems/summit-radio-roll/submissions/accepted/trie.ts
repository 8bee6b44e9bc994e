interface RollNode {
  children: Map<string, RollNode>;
  /** Callsigns in this subtree: this node's prefix starts them all. */
  below: number;
  ends: boolean;
}

const newNode = (): RollNode => ({ children: new Map(), below: 0, ends: false });

class RadioRoll {
  private readonly root = newNode();

  private find(text: string): RollNode | undefined {
    let node: RollNode | undefined = this.root;
    for (const letter of text) {
      node = node.children.get(letter);
      if (node === undefined) return undefined;
    }
    return node;
  }

  enlist(callsign: string): void {
    if (this.onRoll(callsign)) return;
    let node = this.root;
    node.below += 1;
    for (const letter of callsign) {
      let next = node.children.get(letter);
      if (next === undefined) {
        next = newNode();
        node.children.set(letter, next);
      }
      node = next;
      node.below += 1;
    }
    node.ends = true;
  }

  onRoll(callsign: string): boolean {
    return this.find(callsign)?.ends === true;
  }

  countStarting(prefix: string): number {
    return this.find(prefix)?.below ?? 0;
  }
}
