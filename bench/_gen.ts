import { mkdirSync, writeFileSync } from 'node:fs';
import { loadExtractionBenchmark } from './load-extraction-benchmark.ts';
import { mutatePage } from './mutate-page.ts';
const pages = loadExtractionBenchmark();
const dir = process.argv[2]!; const n = Number(process.argv[3]);
mkdirSync(dir, { recursive: true });
for (let i = 0; i < n; i++) { const r = Math.floor(i / pages.length); const p = pages[i % pages.length]!; writeFileSync(`${dir}/r${String(r).padStart(3, '0')}-${p.id}.html`, mutatePage(p.html, r)); }
