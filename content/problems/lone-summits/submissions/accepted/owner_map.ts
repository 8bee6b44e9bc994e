// Remembers, per name, the first climber who logged it, or -1 once a second climber does.
function solve(logs: string[][]): string[] {
  const owner = new Map<string, number>();
  logs.forEach((log, climber) => {
    for (const name of log) {
      const known = owner.get(name);
      if (known === undefined) owner.set(name, climber);
      else if (known !== climber) owner.set(name, -1);
    }
  });
  const lone: string[] = [];
  for (const [name, who] of owner) if (who !== -1) lone.push(name);
  return lone.sort();
}
