// Runs every benchmark script (scripts/bench-*.ts) in turn. Timings are printed, never asserted.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const dir = import.meta.dirname;
const scripts = fs
  .readdirSync(dir)
  .filter((name) => /^bench-.+\.ts$/.test(name))
  .sort();
for (const script of scripts) {
  console.log(`\n=== ${script}`);
  execFileSync(process.execPath, ['--import', 'tsx', path.join(dir, script)], { stdio: 'inherit' });
}
