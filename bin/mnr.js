#!/usr/bin/env node
// The CLI is compiled with the server (`npm run build`); this shim keeps the bin path stable.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(compiled))) {
  console.error('mnr: the project is not built yet. Run `npm run build` first.');
  process.exit(1);
}
await import(compiled.href);
