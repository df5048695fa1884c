import { stderrSafe } from '../../src/report/stderr-safe.ts';

/** What one run of the CLI did. */
export interface RunResult {
  readonly code: number | null;
  readonly signal: string | null;
  readonly timedOut: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

/** A run's verdict: each flag set is a failure of that kind, with a note saying what was seen. */
export interface Verdict {
  readonly crash: boolean;
  readonly hang: boolean;
  readonly loss: boolean;
  readonly unclear: boolean;
  readonly notes: readonly string[];
}

// Escape sequences, bells, backspaces: nothing from an input may reach the terminal raw.
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const STACK = /\n\s+at \S|^\s*at \S|Node\.js v\d|^(?:[A-Z]\w*Error|Error)(?::|$)|Uncaught|FATAL ERROR|JavaScript heap out of memory/m;
// A reason that says nothing about the input.
const GENERIC = /Cannot read this input \(|\[object |undefined|NaN/;

/**
 * Judge one run: a crash (a stack trace, an exit code other than 0-2, a signal), a hang (killed at the
 * time limit), a silent loss (an input neither in the output nor named on stderr), an unclear message
 * (a stderr line not of the form "wiretrace: <input>: <reason>", a raw control character, a generic
 * reason, or a refusal that does not say the expected reason). `inputs` are the inputs as given; the
 * sources in the output are `sources` (from `extract --json` lines or `analyze --json` articles).
 */
export function judgeRun(run: RunResult, inputs: readonly string[], refusal?: RegExp): Verdict {
  const notes: string[] = [];
  const hang = run.timedOut;
  if (hang) notes.push('killed at the time limit');
  const crash = !hang && (run.signal !== null || run.code === null || run.code > 2 || STACK.test(run.stderr));
  if (crash) notes.push(`crash: code ${run.code} signal ${run.signal}: ${run.stderr.slice(0, 300)}`);
  const sources = sourcesOf(run.stdout);
  const lines = run.stderr.split('\n').filter((l) => l !== '');
  let unclear = false;
  for (const line of lines) {
    if (!line.startsWith('wiretrace: ') || RAW_CONTROL.test(line) || GENERIC.test(line)) {
      unclear = true;
      notes.push(`unclear line: ${JSON.stringify(line.slice(0, 200))}`);
    }
  }
  let loss = false;
  if (!hang && !crash) {
    for (const input of inputs) {
      // A glob or a directory is accounted for by what was found under it.
      const glob = /[*?[]/.test(input);
      const prefixes = glob ? [input, input.slice(0, input.search(/[*?[]/)).replace(/[^/]*$/, '')] : [input];
      const under = (name: string): boolean => prefixes.some((p) => name === p || name.startsWith(`${p}#`) || name.startsWith(`${p}:`) || name.startsWith(p.endsWith('/') || p === '' ? p : `${p}/`));
      const inOutput = sources.some(under);
      const named = lines.filter((l) => prefixes.some((p) => l.startsWith(`wiretrace: ${stderrSafe(p)}`)) && under(unescapedName(l, input)));
      if (!inOutput && named.length === 0) {
        loss = true;
        notes.push(`lost: ${JSON.stringify(input)}`);
      }
      if (refusal && !inOutput && !lines.some((l) => refusal.test(l))) {
        unclear = true;
        notes.push(`refusal of ${JSON.stringify(input)} does not say ${refusal}: ${JSON.stringify(named[0] ?? lines[0] ?? '')}`);
      }
    }
  }
  return { crash, hang, loss, unclear, notes };
}

/** The name a stderr line gives: the input itself when the line names it escaped, else the text before ": ". */
function unescapedName(line: string, input: string): string {
  const rest = line.slice('wiretrace: '.length);
  const shown = stderrSafe(input);
  if (rest.startsWith(shown)) return input + rest.slice(shown.length).split(': ')[0]!;
  return rest.split(': ')[0] ?? '';
}

/** The article sources in `extract --json` (one object a line) or `analyze --json` (one document) output. */
export function sourcesOf(stdout: string): string[] {
  const text = stdout.trim();
  if (text === '') return [];
  try {
    const report = JSON.parse(text) as { articles?: { source: string }[] };
    if (Array.isArray(report.articles)) return report.articles.map((a) => a.source);
  } catch {
    // JSON Lines: one article a line.
  }
  return text.split('\n').flatMap((line) => {
    try {
      return [(JSON.parse(line) as { source: string }).source];
    } catch {
      return [];
    }
  });
}
