import { runInNewContext } from 'node:vm';
import type { HtmlData } from './html-data.ts';
import { CLIENT_BASE } from './client/base.ts';
import { CLIENT_HIGHLIGHTS } from './client/highlights.ts';

/** A marked range as the report script's flattenSpans takes it. */
export interface ClientRange { readonly start: number; readonly end: number; readonly mark: number }

/** The report script's data functions (those that need no page), run in a VM over `data`, for tests. */
export interface ClientFunctions {
  flattenSpans(ranges: readonly ClientRange[]): { start: number; end: number; marks: number[] }[];
  outletHighlights(o: number): { marks: number[]; segments: number[][] };
  cellAt(row: HtmlData['rows'][number], o: number): number;
  cellState(r: number, j: number): string;
  cellDivs(r: number, o: number): number[];
  rowText(r: number): string;
}

/** Load the script's base and highlights parts over `data`, with a page that has only the data block. */
export function clientInVm(data: HtmlData): ClientFunctions {
  const context: Record<string, unknown> = {
    document: { getElementById: (id: string) => (id === 'wiretrace-data' ? { textContent: JSON.stringify(data) } : null) },
  };
  runInNewContext(`${CLIENT_BASE}\n${CLIENT_HIGHLIGHTS}`, context);
  // values made in the VM's realm: copied through JSON so deepEqual compares plain data
  const plain = <T>(f: (...args: never[]) => T) => (...args: unknown[]): T => JSON.parse(JSON.stringify((f as (...a: unknown[]) => T)(...args))) as T;
  return {
    flattenSpans: plain(context.flattenSpans as ClientFunctions['flattenSpans']),
    outletHighlights: plain(context.outletHighlights as ClientFunctions['outletHighlights']),
    cellAt: context.cellAt as ClientFunctions['cellAt'],
    cellState: context.cellState as ClientFunctions['cellState'],
    cellDivs: plain(context.cellDivs as ClientFunctions['cellDivs']),
    rowText: context.rowText as ClientFunctions['rowText'],
  };
}
