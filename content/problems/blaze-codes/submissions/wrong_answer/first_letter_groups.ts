// Only looks one letter deep: a first letter no other name has is the code, otherwise the whole
// name (sample 1: "ridgeway" gets "ridgeway", not "ridgew").
function solve(names: string[]): string[] {
  const firsts = new Map<string, number>();
  for (const n of names) firsts.set(n[0]!, (firsts.get(n[0]!) ?? 0) + 1);
  return names.map((n) => (firsts.get(n[0]!) === 1 ? n[0]! : n));
}
