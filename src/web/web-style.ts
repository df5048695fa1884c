/** The web app's one stylesheet, served at /static/web.css (the pages allow no inline style). */
export const WEB_STYLE = `
:root { color-scheme: light dark; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --accent: #0a58ca; --bg: #fff; --chip: #eef2f6; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9da7b3; --line: #30363d; --accent: #6cb6ff; --bg: #0d1117; --chip: #21262d; } }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
a { color: var(--accent); }
.top { display: flex; gap: 1.5rem; align-items: baseline; padding: .75rem 1.5rem; border-bottom: 1px solid var(--line); }
.top .brand { font-weight: 700; text-decoration: none; color: var(--fg); }
.top nav { display: flex; gap: 1rem; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; margin: .5rem 0; }
h2 { font-size: 1.2rem; margin-top: 2rem; }
.muted { color: var(--muted); }
.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; padding: .75rem; border: 1px solid var(--line); border-radius: 6px; }
.filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
.filters input, .filters select, .filters button { font: inherit; padding: .25rem .4rem; }
.filters .q { flex: 1 1 16rem; }
.stories { list-style: none; padding: 0; }
.stories li { padding: .75rem 0; border-bottom: 1px solid var(--line); }
.stories .title { font-size: 1.1rem; font-weight: 600; }
.chips { display: flex; flex-wrap: wrap; gap: .25rem; list-style: none; padding: 0; margin: .25rem 0; }
.chips li, .chip { background: var(--chip); border-radius: 999px; padding: 0 .5rem; font-size: .85rem; border: 0; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.chart { display: block; max-width: 100%; height: auto; background: #fff; border-radius: 4px; }
.report { width: 100%; height: 85vh; border: 1px solid var(--line); border-radius: 6px; }
.pager { display: flex; gap: 1rem; margin-top: 1rem; }
.error { border-left: 4px solid #cf222e; padding: .5rem 1rem; background: var(--chip); }
blockquote { margin: .5rem 0; padding: .25rem 1rem; border-left: 3px solid var(--line); }
textarea { width: 100%; font: .95rem/1.4 ui-monospace, monospace; }
.figures { display: flex; flex-wrap: wrap; gap: 1rem 2rem; list-style: none; padding: 0; }
.feeds td.url { word-break: break-all; }
.error-text { color: #cf222e; }
.live { min-height: 1.5em; }
.figures strong { display: block; font-size: 1.4rem; }
`;
