// A program of two files: the suite imports solution.mjs, which re-exports from wrapper.mjs.
export { countCalls } from './wrapper.mjs';
