// `npm run fuzz`: thousands of generated bad and odd inputs, each alone and beside two good articles,
// through `extract --json` and `analyze --json` as child processes with a time limit; prints the table
// of issue 10 (crash, hang, silent loss, unclear message per category) and the peak memory of any run.
//
//   npm run fuzz -- [--per-class 300] [--jobs 2] [--timeout 30] [--seed 10] [--embeddings-every 10] [--only "gzip"]
import { appendFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CATEGORIES, sampleCases, type Category, type FuzzCase } from './hostile-cases.ts';
import { layOutCase } from './lay-out-case.ts';
import { judgeRun } from './judge-run.ts';
import { runCli } from './run-cli.ts';

const { values } = parseArgs({
  options: {
    'per-class': { type: 'string', default: '300' },
    jobs: { type: 'string', default: String(Math.max(1, availableParallelism())) },
    timeout: { type: 'string', default: '30' },
    seed: { type: 'string', default: '10' },
    'embeddings-every': { type: 'string', default: '10' },
    only: { type: 'string' },
  },
});
const perClass = Number(values['per-class']);
const jobs = Number(values.jobs);
const timeoutMs = Number(values.timeout) * 1000;
const seed = Number(values.seed);
const embeddingsEvery = Number(values['embeddings-every']);
const categories = CATEGORIES.filter((c) => values.only === undefined || c === values.only);

const root = fileURLToPath(new URL('../../', import.meta.url));
const goods = [join(root, 'examples/harbor-bridge/01-wire.txt'), join(root, 'examples/harbor-bridge/04-meridian-tribune.html')];
const failures = join(tmpdir(), 'wiretrace-fuzz-failures.jsonl');
writeFileSync(failures, '');

interface Row { cases: number; crash: number; hang: number; loss: number; unclear: number }
const rows = new Map<Category, Row>(categories.map((c) => [c, { cases: 0, crash: 0, hang: 0, loss: 0, unclear: 0 }]));
let peakKb = 0;
let peakWhat = '';
let runs = 0;
let slowest = { ms: 0, what: '' };
const started = Date.now();

const sum = (key: keyof Row): number => [...rows.values()].reduce((n, r) => n + r[key], 0);
const line = (cells: (string | number)[]): string => `| ${cells.join(' | ')} |`;
function table(): string[] {
  return [
    line(['category', 'cases', 'crash', `hang > ${timeoutMs / 1000} s`, 'silent loss', 'unclear message']),
    line(['---', '---', '---', '---', '---', '---']),
    ...[...rows].map(([category, r]) => line([category, r.cases, r.crash, r.hang, r.loss, r.unclear])),
    line(['**total**', `**${sum('cases')}**`, `**${sum('crash')}**`, `**${sum('hang')}**`, `**${sum('loss')}**`, `**${sum('unclear')}**`]),
    `peak memory so far: ${(peakKb / 1024).toFixed(0)} MB, ${peakWhat}; ${((Date.now() - started) / 60000).toFixed(1)} min`,
  ];
}

// Make sure the bundle is built once before runs start side by side.
await runCli(['--version'], root, 120_000);

// Categories are interleaved, so a run cut short still has every category in proportion.
const queue: { fuzzCase: FuzzCase; index: number }[] = [];
const sampled = categories.map((category) => sampleCases(category, perClass, 'full', seed));
for (let index = 0; index < perClass; index++) for (const cases of sampled) if (cases[index]) queue.push({ fuzzCase: cases[index]!, index });
const total = queue.length;
let done = 0;

async function runCase(fuzzCase: FuzzCase, index: number): Promise<void> {
  const laid = await layOutCase(fuzzCase);
  const row = rows.get(fuzzCase.category)!;
  const flags = { crash: false, hang: false, loss: false, unclear: false };
  try {
    const withEmbeddings = embeddingsEvery > 0 && index % embeddingsEvery === 0;
    for (const command of ['extract', 'analyze'] as const) {
      for (const beside of [false, true]) {
        const inputs = beside ? [goods[0]!, ...fuzzCase.inputs, goods[1]!] : [...fuzzCase.inputs];
        const args = [command, '--json', ...(command === 'analyze' && !withEmbeddings ? ['--no-embeddings'] : []), ...inputs];
        const run = await runCli(args, laid.dir, timeoutMs);
        runs++;
        if (run.peakKb !== null && run.peakKb > peakKb) [peakKb, peakWhat] = [run.peakKb, `${fuzzCase.shape} (${command}${beside ? ', beside' : ''})`];
        if (run.ms > slowest.ms) slowest = { ms: run.ms, what: `${fuzzCase.shape} (${command}${beside ? ', beside' : ''})` };
        const verdict = judgeRun(run, inputs, fuzzCase.refusal);
        for (const key of ['crash', 'hang', 'loss', 'unclear'] as const) flags[key] ||= verdict[key];
        if (verdict.notes.length > 0) {
          appendFileSync(failures, `${JSON.stringify({ category: fuzzCase.category, shape: fuzzCase.shape, index, command, beside, args: args.map((a) => a.slice(0, 200)), notes: verdict.notes })}\n`);
        }
      }
    }
  } finally {
    await laid.remove();
  }
  row.cases++;
  for (const key of ['crash', 'hang', 'loss', 'unclear'] as const) if (flags[key]) row[key]++;
  done++;
  if (done % 50 === 0 || done === total) {
    const minutes = ((Date.now() - started) / 60000).toFixed(1);
    process.stderr.write(`fuzz: ${done}/${total} cases, ${runs} runs, ${minutes} min\n`);
  }
  if (done % 200 === 0 && done < total) process.stderr.write(`${table().join('\n')}\n`);
}

await Promise.all(Array.from({ length: jobs }, async () => {
  for (let next = queue.shift(); next; next = queue.shift()) await runCase(next.fuzzCase, next.index);
}));

const out = [
  ...table().slice(0, -1),
  '',
  `${runs} runs (each case alone and beside two good articles, through extract --json and analyze --json; analyze with the sentence model on every ${embeddingsEvery}th case), ${jobs} at a time, seed ${seed}`,
  `peak memory of any run: ${(peakKb / 1024).toFixed(0)} MB, ${peakWhat}; slowest run: ${(slowest.ms / 1000).toFixed(1)} s, ${slowest.what}`,
  `run time: ${((Date.now() - started) / 60000).toFixed(1)} min; notes on every failed run: ${failures}`,
];
process.stdout.write(`${out.join('\n')}\n`);
process.exitCode = sum('crash') + sum('hang') + sum('loss') + sum('unclear') === 0 && peakKb < 1024 * 1024 ? 0 : 1;
