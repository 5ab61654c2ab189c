import { fileURLToPath } from 'node:url';

// src/paths.ts and dist/paths.js sit at the same depth, so '../' is the package root from both.
export const packageRoot = fileURLToPath(new URL('../', import.meta.url));
