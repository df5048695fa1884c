// Child of the large-batch run (bench/extract-batch.ts): Readability on linkedom over the first N pages of
// a folder (sorted, as `extract` walks it), in a fresh process so the parent's heap does not slow it;
// prints {pages, seconds} as JSON, the seconds counting extraction only (reading a file is not timed).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, count] = process.argv.slice(2);
const names = readdirSync(dir!).sort().slice(0, Number(count));
const extract = (html: string): string => new Readability(parseHTML(html).document as unknown as Document).parse()?.textContent ?? '';
for (const name of names.slice(0, 5)) extract(readFileSync(join(dir!, name), 'utf8')); // warm-up
let ms = 0;
for (const name of names) {
  const html = readFileSync(join(dir!, name), 'utf8');
  const started = performance.now();
  extract(html);
  ms += performance.now() - started;
}
console.log(JSON.stringify({ pages: names.length, seconds: ms / 1000 }));
