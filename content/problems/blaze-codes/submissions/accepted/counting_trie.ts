// A counting trie in flat arrays: the children of node u are next[26 * u .. 26 * u + 25] (-1: none).
function solve(names: string[]): string[] {
  const next: number[] = new Array(26).fill(-1);
  const count: number[] = [0];
  for (const name of names) {
    let node = 0;
    for (let i = 0; i < name.length; i += 1) {
      const slot = 26 * node + name.charCodeAt(i) - 97;
      if (next[slot] === -1) {
        next[slot] = count.length;
        count.push(0);
        for (let c = 0; c < 26; c += 1) next.push(-1);
      }
      node = next[slot]!;
      count[node]! += 1;
    }
  }
  return names.map((name) => {
    let node = 0;
    for (let i = 0; i < name.length; i += 1) {
      node = next[26 * node + name.charCodeAt(i) - 97]!;
      if (count[node] === 1) return name.slice(0, i + 1);
    }
    return name;
  });
}
