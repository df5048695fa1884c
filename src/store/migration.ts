/** One numbered step of the schema: applied once, in order, in a transaction of its own. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  /**
   * Run once its transaction has committed, outside any transaction: what no transaction may hold (`vacuum` after a
   * migration that rewrote rows; the embedded store has no autovacuum to do it). Lost to a crash just after the
   * commit, it leaves the store correct, only its tables as large as the rewrite left them.
   */
  readonly after?: string;
}
