// Proves, from the built renderer, what a learner's first load contains: the entry chunk and
// every chunk it imports statically. Setup, signing and the lead area (code and text) and the
// language not chosen must stay out of it (they load on demand), and so must zod, which only
// their forms need. Prints the size it measured.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const distDir = path.resolve(process.argv[2] ?? 'dist/renderer');
const manifest = JSON.parse(fs.readFileSync(path.join(distDir, '.vite/manifest.json'), 'utf8'));

const ON_DEMAND = [
  'screens/setup/SetupScreen.tsx',
  'screens/signing/SignScreen.tsx',
  'screens/signing/CertificateScreen.tsx',
  'screens/lead/LeadLoginScreen.tsx',
  'screens/lead/LeadRecoveryScreen.tsx',
  'screens/lead/LeadAreaScreen.tsx',
];
// Text files no learner needs before choosing: the lead, setup and signing text, and Welsh
// (loaded when chosen). Each must be its own on-demand chunk.
const ON_DEMAND_TEXT =
  /^\.\.\/common\/locales\/(cy\/.*|[^/]+\/(lead|setup|signing|certificate))\.json$/;
// A string zod's runtime always carries, whatever the minifier renames.
const ZOD_MARKER = 'ZodError';

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) throw new Error(`no entry chunk in ${distDir}/.vite/manifest.json`);
// The small entry loads the app itself (React, i18next, the welcome screen) at once, as a
// dynamic import so it can ask main for the start-up state first: that is first load too.
// (vite.config.ts bundles it as one chunk named `boot`).
const BOOT = (manifest[entryKey].dynamicImports ?? []).find(
  (key) => key === 'boot.tsx' || manifest[key]?.name === 'boot',
);
if (!BOOT) throw new Error('the entry does not load boot.tsx: update this check with the entry');

const firstLoad = new Set();
const visit = (key) => {
  if (firstLoad.has(key)) return;
  firstLoad.add(key);
  for (const next of manifest[key].imports ?? []) visit(next);
};
visit(entryKey);
visit(BOOT);

const problems = [];
for (const key of ON_DEMAND) {
  if (!manifest[key]?.isDynamicEntry) problems.push(`${key} is not loaded on demand`);
  if (firstLoad.has(key)) problems.push(`${key} is in the learner's first load`);
}
for (const key of Object.keys(manifest).filter((k) => ON_DEMAND_TEXT.test(k))) {
  if (!manifest[key].isDynamicEntry || firstLoad.has(key)) {
    problems.push(`${key} is in the learner's first load`);
  }
}
let bytes = 0;
let gzipBytes = 0;
for (const key of firstLoad) {
  const code = fs.readFileSync(path.join(distDir, manifest[key].file));
  bytes += code.length;
  gzipBytes += gzipSync(code).length;
  if (code.includes(ZOD_MARKER)) problems.push(`${manifest[key].file} (first load) contains zod`);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`learner's first load: ${firstLoad.size} chunks, ${kb(bytes)} (${kb(gzipBytes)} gzip)`);
if (problems.length > 0) {
  console.error(problems.map((p) => `✗ ${p}`).join('\n'));
  process.exit(1);
}
