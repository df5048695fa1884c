import type { Report } from '../model/index.ts';
import { REPORT_SCHEMA } from '../model/index.ts';
import { formatJson } from '../report/format-json.ts';
import { bundleStored } from '../pipeline/bundle-stored.ts';
import { readVersions } from '../store/read-versions.ts';
import { findAnalysis, readAnalysis, type StoredAnalysis } from '../store/read-story.ts';
import type { Sql } from '../store/sql-client.ts';

/**
 * A stored analysis rebuilt: its id and time, the report, and the report's JSON as `analyze --json` prints it, written
 * once without its indentation (as `JSON.stringify` writes the parsed document), for answers to put in place as it is.
 */
export interface StoredReport {
  readonly id: number;
  readonly analysedAt: string;
  readonly report: Report;
  readonly json: string;
}

/**
 * Stored analyses as the reports `analyze` made of them: the versions each read are read back and bundled as `add`
 * bundled them (so every span's offsets hold), with the claims, findings and the rest it stored. An analysis never
 * changes, so the last few rebuilt are kept by id, and a request for one of them reads one small row.
 */
export class ReportCache {
  readonly #reports = new Map<number, Promise<StoredReport | null>>();
  constructor(private readonly db: Sql, private readonly size = 16) {}

  /**
   * A story's latest analysis (or the one of that id, when it is the story's), rebuilt; null when there is none.
   * `latest`: the story's latest analysis id when the caller has read it, so that asking for the latest reads nothing more.
   */
  async report(story: number, analysis?: number, latest?: number | null): Promise<StoredReport | null> {
    const id = analysis === undefined && latest !== undefined ? latest : await findAnalysis(this.db, story, analysis);
    if (id === null) return null;
    const kept = this.#reports.get(id);
    if (kept) {
      // most recently used last
      this.#reports.delete(id);
      this.#reports.set(id, kept);
      return kept;
    }
    const made = readAnalysis(this.db, story, id).then((stored) => stored && rebuild(this.db, stored));
    this.#reports.set(id, made);
    made.catch(() => this.#reports.delete(id));
    while (this.#reports.size > this.size) this.#reports.delete(this.#reports.keys().next().value!);
    return made;
  }
}

async function rebuild(db: Sql, analysis: StoredAnalysis): Promise<StoredReport> {
  // bundled as they were analysed, then those in other languages set apart, as `analyzeStored` did
  const aside = new Set(analysis.notCompared.map((a) => a.id));
  const articles = bundleStored(await readVersions(db, analysis.versions)).filter((a) => !aside.has(a.id));
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
    ...(analysis.comparedLanguage !== undefined && { comparedLanguage: analysis.comparedLanguage }),
    ...(analysis.notCompared.length > 0 && { notCompared: analysis.notCompared }),
  };
  return { id: analysis.id, analysedAt: analysis.analysedAt, report, json: JSON.stringify(JSON.parse(formatJson(report))) };
}
