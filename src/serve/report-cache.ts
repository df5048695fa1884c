import type { Report } from '../model/index.ts';
import { REPORT_SCHEMA } from '../model/index.ts';
import { formatJson } from '../report/format-json.ts';
import { bundleStored } from '../pipeline/bundle-stored.ts';
import { readVersions } from '../store/read-versions.ts';
import type { StoredAnalysis } from '../store/read-story.ts';
import type { Sql } from '../store/sql-client.ts';

/** A rebuilt report, and its JSON as `analyze --json` prints it (parsed). */
export interface StoredReport {
  readonly report: Report;
  readonly json: unknown;
}

/**
 * A stored analysis as the report `analyze` made of it: its versions read back and bundled as `add` bundled them
 * (so every span's offsets hold), with the claims, findings and the rest it stored. An analysis never changes, so the
 * last few rebuilt are kept, by analysis id.
 */
export class ReportCache {
  readonly #reports = new Map<number, Promise<StoredReport>>();
  constructor(private readonly db: Sql, private readonly size = 16) {}

  /** The report of a stored analysis. */
  report(analysis: StoredAnalysis): Promise<StoredReport> {
    const kept = this.#reports.get(analysis.id);
    if (kept) {
      // most recently used last
      this.#reports.delete(analysis.id);
      this.#reports.set(analysis.id, kept);
      return kept;
    }
    const made = rebuild(this.db, analysis);
    this.#reports.set(analysis.id, made);
    made.catch(() => this.#reports.delete(analysis.id));
    while (this.#reports.size > this.size) this.#reports.delete(this.#reports.keys().next().value!);
    return made;
  }
}

async function rebuild(db: Sql, analysis: StoredAnalysis): Promise<StoredReport> {
  const articles = bundleStored(await readVersions(db, analysis.versions));
  const report: Report = {
    schema: REPORT_SCHEMA,
    articles,
    claims: analysis.claims,
    divergences: analysis.divergences,
    unique: analysis.unique,
    origins: analysis.origins,
    copying: analysis.copying,
    ...(analysis.baseline && { baseline: analysis.baseline }),
    copies: analysis.copies,
  };
  return { report, json: JSON.parse(formatJson(report)) };
}
