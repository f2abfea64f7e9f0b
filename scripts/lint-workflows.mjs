// `npm run lint:workflows`: checks every GitHub Actions workflow against the workflow schema
// with @action-validator/cli (offline: the schema is compiled into its WebAssembly core). The
// workflows cannot run on these machines, so this is what catches a typo before a release does.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const dir = path.resolve(process.argv[2] ?? '.github/workflows');
const cli = createRequire(import.meta.url).resolve('@action-validator/cli/cli.mjs');
const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)) : [];
if (files.length === 0) {
  console.error(`workflow lint: no workflow files in ${dir}`);
  process.exit(1);
}

let failed = 0;
for (const name of files.sort()) {
  const result = spawnSync(process.execPath, [cli, path.join(dir, name)], { encoding: 'utf8' });
  if (result.status === 0) {
    console.log(`workflow OK: ${name}`);
  } else {
    failed += 1;
    console.error(`workflow INVALID: ${name}\n${result.stderr || result.stdout}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
