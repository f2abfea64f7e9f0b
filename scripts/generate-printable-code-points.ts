import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { computePrintableRanges, printableModuleSource } from './printable-code-points';

// Writes common/text/printable-code-points.ts from the certificate fonts.
const target = fileURLToPath(new URL('../common/text/printable-code-points.ts', import.meta.url));
const ranges = computePrintableRanges();
writeFileSync(target, await printableModuleSource(ranges, target));
console.log(`${target}: ${ranges.length / 2} ranges`);
