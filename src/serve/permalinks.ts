/** Where a story, a claim, a finding and an outlet live: the web page's path; the API's is the same under `/api`. */
export const paths = {
  story: (story: string): string => `/stories/${encodeURIComponent(story)}`,
  /** A claim of one analysis: the link holds however the story is analysed again later. */
  claim: (story: string, claim: string, analysis: number): string => `/stories/${encodeURIComponent(story)}/claims/${encodeURIComponent(claim)}?analysis=${analysis}`,
  finding: (story: string, finding: string, analysis: number): string => `/stories/${encodeURIComponent(story)}/findings/${encodeURIComponent(finding)}?analysis=${analysis}`,
  outlet: (outlet: string): string => `/outlets/${encodeURIComponent(outlet)}`,
} as const;

/** The API's path for a web path. */
export function apiPath(path: string): string {
  return `/api${path}`;
}
