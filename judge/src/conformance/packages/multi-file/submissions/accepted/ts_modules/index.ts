import { readFileSync } from 'node:fs';
import { total } from './lib/total';

console.log(total(readFileSync(0, 'utf8')).toString());
