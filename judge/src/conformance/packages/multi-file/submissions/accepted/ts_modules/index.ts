import { readFileSync } from 'node:fs';
import { total } from './lib/total.js';

console.log(total(readFileSync(0, 'utf8')).toString());
