// `npm run check:package`, after `npm run build`: what electron-builder would ship, checked and
// measured without electron-builder (it needs Electron's download, which these machines cannot
// reach). It
//   1. validates electron-builder.yml against electron-builder's own configuration schema;
//   2. requires package.json `dependencies` to be empty: main, preload and renderer are bundled,
//      so any runtime dependency would be packed into the asar a second time for nothing;
//   3. selects the files the `files` patterns name, packs them into a real asar (@electron/asar,
//      as electron-builder does) and checks the app's entry points are inside and nothing from
//      node_modules is;
//   4. checks each `extraResources` folder holds what main reads from process.resourcesPath;
//   5. prints the sizes: an ESTIMATE of the installer's app payload, without the Electron runtime.
// Usage: node scripts/check-packaging.mjs [project-folder]
import asar from '@electron/asar';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';

const root = path.resolve(process.argv[2] ?? '.');
// electron-builder's own modules, from this project's node_modules whichever folder is checked.
const require = createRequire(import.meta.url);
const problems = [];

const config = parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

// 1. electron-builder's own schema check (the one `electron-builder` runs before building).
try {
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config');
  const { DebugLogger } = require('builder-util');
  await validateConfiguration(structuredClone(config), new DebugLogger(false));
} catch (error) {
  problems.push(`electron-builder.yml is not a valid configuration: ${error.message}`);
}

// 2. Nothing to ship from node_modules.
const runtimeDependencies = Object.keys(pkg.dependencies ?? {});
if (runtimeDependencies.length > 0) {
  problems.push(
    `package.json dependencies must be empty (everything is bundled), found: ${runtimeDependencies.join(', ')}`,
  );
}

// 3. The asar: the files the `files` patterns select, the last matching pattern deciding.
const patterns = (config.files ?? []).map((pattern) => {
  const exclude = pattern.startsWith('!');
  const glob = exclude ? pattern.slice(1) : pattern;
  const source = glob
    .split('**')
    .map((part) => part.split('*').map(escapeRegExp).join('[^/]*'))
    .join('.*');
  return { exclude, regex: new RegExp(`^${source}$`) };
});
const selected = walk(root, root).filter((file) => {
  let included = false;
  for (const { exclude, regex } of patterns) if (regex.test(file)) included = !exclude;
  return included;
});
for (const required of [
  'dist/electron/main.mjs',
  'dist/electron/preload.cjs',
  'dist/renderer/index.html',
  'package.json',
  'content/en-GB/aup.json',
  'content/cy/aup.json',
]) {
  if (!selected.includes(required)) problems.push(`the asar would not contain ${required}`);
}
if (pkg.main && !selected.includes(pkg.main))
  problems.push(`the asar would not contain "main" (${pkg.main})`);
for (const pattern of config.files ?? []) {
  if (pattern.startsWith('node_modules')) problems.push(`files names node_modules: ${pattern}`);
}

const { asarBytes, asarGzipBytes } = await packAsar(selected);

// 4. Extra resources, beside the asar.
let resourceBytes = 0;
let resourceGzipBytes = 0;
const expectedResources = { fonts: ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'] };
for (const { from, to } of config.extraResources ?? []) {
  const dir = path.join(root, from);
  const files = fs.existsSync(dir) ? walk(dir, dir) : [];
  for (const file of files) {
    const bytes = fs.readFileSync(path.join(dir, file));
    resourceBytes += bytes.length;
    resourceGzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  for (const needed of expectedResources[to] ?? []) {
    if (!files.includes(needed))
      problems.push(`extra resource ${to}/ would not contain ${needed} (from ${from})`);
  }
}
for (const to of Object.keys(expectedResources)) {
  if (!(config.extraResources ?? []).some((entry) => entry.to === to)) {
    problems.push(
      `electron-builder.yml ships no extra resource "${to}", which the packaged app reads`,
    );
  }
}

// 5. Sizes.
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
console.log(`app.asar: ${selected.length} files, ${mb(asarBytes)} (${mb(asarGzipBytes)} gzipped)`);
console.log(`extra resources: ${mb(resourceBytes)} (${mb(resourceGzipBytes)} gzipped)`);
console.log(
  `app payload of each installer, estimated: ${mb(asarBytes + resourceBytes)} unpacked, ` +
    `${mb(asarGzipBytes + resourceGzipBytes)} compressed, plus the Electron runtime (not measured here)`,
);
if (problems.length > 0) {
  for (const problem of problems) console.error(`packaging: ${problem}`);
  process.exitCode = 1;
}

/** Every file under `dir`, as a forward-slash path relative to `base` (not .git or node_modules). */
function walk(dir, base) {
  const files = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (dir === base && ['.git', 'node_modules'].includes(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(full, base));
    else if (entry.isFile()) files.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return files;
}

function escapeRegExp(text) {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** Packs the selected files into a real asar, as electron-builder would, and measures it. */
async function packAsar(files) {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'esafety-asar-'));
  try {
    const appDir = path.join(staging, 'app');
    for (const file of files) {
      fs.mkdirSync(path.dirname(path.join(appDir, file)), { recursive: true });
      fs.copyFileSync(path.join(root, file), path.join(appDir, file));
    }
    const asarFile = path.join(staging, 'app.asar');
    await asar.createPackage(appDir, asarFile);
    const packed = fs.readFileSync(asarFile);
    const listed = new Set(asar.listPackage(asarFile).map((entry) => entry.replaceAll('\\', '/')));
    if (!listed.has('/dist/electron/main.mjs')) {
      problems.push('the packed asar has no /dist/electron/main.mjs');
    }
    return { asarBytes: packed.length, asarGzipBytes: gzipSync(packed, { level: 9 }).length };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
