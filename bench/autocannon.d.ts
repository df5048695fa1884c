// The part of autocannon's API bench/serve.ts uses (the package ships no types).
declare module 'autocannon' {
  interface Histogram { readonly average: number; readonly mean: number; readonly p50: number; readonly p90: number; readonly p97_5: number; readonly p99: number; readonly max: number }
  export interface Result {
    readonly requests: Histogram & { readonly total: number };
    readonly latency: Histogram;
    readonly errors: number;
    readonly timeouts: number;
    readonly non2xx: number;
    readonly duration: number;
  }
  interface Request { readonly path?: string; readonly method?: string }
  interface Options { readonly url: string; readonly requests?: readonly { readonly setupRequest?: (request: Request) => Request }[]; readonly connections?: number; readonly duration?: number; readonly amount?: number; readonly timeout?: number; readonly headers?: Record<string, string> }
  interface Instance {
    on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): Instance;
  }
  function autocannon(options: Options): Promise<Result>;
  function autocannon(options: Options, done: (error: Error | null, result: Result) => void): Instance;
  export default autocannon;
}
