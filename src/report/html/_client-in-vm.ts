import { runInNewContext } from 'node:vm';
import type { HtmlData } from './html-data.ts';
import { CLIENT_BASE } from './client/base.ts';
import { CLIENT_HIGHLIGHTS } from './client/highlights.ts';

/** A marked range as the report script's flattenSpans takes it. */
export interface ClientRange { readonly start: number; readonly end: number; readonly mark: number }

/** The data as the report script holds it once loaded: shared strings put back in place. */
export interface LoadedData {
  readonly outlets: readonly (Omit<HtmlData['outlets'][number], 'outlet' | 'title' | 'byline' | 'removed'> & {
    readonly outlet: string | null; readonly title: string | null; readonly byline: string | null; readonly removed: readonly (readonly [string, string])[];
  })[];
  readonly divergences: readonly (Omit<HtmlData['divergences'][number], 'message'> & { readonly message: string })[];
}

/** The report script's data functions (those that need no page), run in a VM over `data`, for tests. */
export interface ClientFunctions {
  /** The script's data once loaded. */
  readonly data: LoadedData;
  flattenSpans(ranges: readonly ClientRange[]): { start: number; end: number; marks: number[] }[];
  outletHighlights(o: number): { marks: number[]; segments: number[][] };
  cellAt(row: HtmlData['rows'][number], o: number): number;
  cellState(r: number, j: number): string;
  cellDivs(r: number, o: number): number[];
  rowText(r: number): string;
}

/** Run the script's base and highlights parts over `data`, as the loader hands it to them. */
export function clientInVm(data: HtmlData): ClientFunctions {
  // the loader's part: the data, parsed (the script changes it in place, so a copy)
  const context: Record<string, unknown> = { D: JSON.parse(JSON.stringify(data)) as unknown };
  runInNewContext(`'use strict';\n${CLIENT_BASE}\n${CLIENT_HIGHLIGHTS}`, context);
  // values made in the VM's realm: copied through JSON so deepEqual compares plain data
  const plain = <T>(f: (...args: never[]) => T) => (...args: unknown[]): T => JSON.parse(JSON.stringify((f as (...a: unknown[]) => T)(...args))) as T;
  return {
    data: JSON.parse(JSON.stringify(context.D)) as LoadedData,
    flattenSpans: plain(context.flattenSpans as ClientFunctions['flattenSpans']),
    outletHighlights: plain(context.outletHighlights as ClientFunctions['outletHighlights']),
    cellAt: context.cellAt as ClientFunctions['cellAt'],
    cellState: context.cellState as ClientFunctions['cellState'],
    cellDivs: plain(context.cellDivs as ClientFunctions['cellDivs']),
    rowText: context.rowText as ClientFunctions['rowText'],
  };
}
