// ES module syntax: the judge transpiles this to main.js (esbuild, format esm) and runs it with Node.
import { readFileSync } from 'node:fs';

const [a, b]: number[] = readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);
const total: number = a! + b!;
console.log(String(total));
