/**
 * The HTML report's stylesheet. Colours meet WCAG AA contrast on their backgrounds, and every state
 * the colours mark is also written as a symbol or word; print shows the open view and no controls.
 */
export const REPORT_STYLE = `
:root { --ink: #1b1b1b; --muted: #4a4a4a; --line: #c7c7c7; --paper: #ffffff; --panel: #f5f6f8; --focus: #0b57d0;
  --kept-bg: #e3f1e6; --kept-ink: #0d4a26; --changed-bg: #fff1c2; --changed-ink: #5c4300; --high-bg: #f9d6d9; --high-ink: #7a1620;
  --missing-bg: #e9ecef; --missing-ink: #353b41; --only-bg: #dbe8ff; --only-ink: #0a3a85; --credit-bg: #ece4f7; --credit-ink: #43206e; }
* { box-sizing: border-box; }
html { color: var(--ink); background: var(--paper); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
body { margin: 0; }
main, .page-header { max-width: 1400px; margin: 0 auto; padding: 0 1.25rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 1.25rem 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .4rem; }
a { color: #0b50b5; }
.muted { color: var(--muted); }
.skip { position: absolute; left: -999px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.small { font-size: .85em; }
.story-meta { margin: 0 0 .25rem; }
.origins-line { margin: .25rem 0 .5rem; }
.chips { display: flex; flex-wrap: wrap; gap: .35rem .4rem; align-items: center; margin: .5rem 0; }
.chip { display: inline-flex; gap: .3rem; align-items: center; border: 1px solid var(--line); border-radius: 999px; padding: .1rem .65rem; background: var(--panel); white-space: nowrap; }
.chip-total { margin-left: .6rem; }
.chips-note { margin-left: .6rem; font-size: .85rem; }
button.chip { border-color: #767676; }
button.chip[aria-pressed="true"] { background: var(--ink); color: var(--paper); border-color: var(--ink); }
ol.findings { margin: .25rem 0; padding-left: 1.6rem; }
ol.findings li { margin: .3rem 0; }
button.finding { display: block; width: 100%; text-align: left; background: var(--paper); border: 1px solid var(--line); border-left: 4px solid #767676; border-radius: 4px; padding: .35rem .6rem; line-height: 1.45; }
button.finding:hover { background: #eef3fb; }
.finding-head, .finding-words { display: block; }
.finding-words { color: var(--muted); margin-top: .1rem; padding-left: .75rem; }
.finding-words b { color: var(--ink); }
.finding-words .who { font-weight: 600; }
button.finding.finding-high { border-left-color: var(--high-ink); }
button.finding.finding-medium { border-left-color: #8a6a00; }
.more-links { margin: .35rem 0; }
.terms { font-size: .9rem; max-width: 75rem; }
.key { display: inline-block; min-width: 1.4em; text-align: center; font-weight: 700; border: 1px solid var(--line); }
.skip:focus { left: 1rem; top: 1rem; background: var(--paper); padding: .5rem; z-index: 30; }
nav.sections { display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: .5rem 0 1rem; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
button { font: inherit; color: var(--ink); background: var(--panel); border: 1px solid #767676; border-radius: 4px; padding: .15rem .55rem; cursor: pointer; }
button:hover { background: #e6e8ec; }
button.link { background: none; border: none; padding: 0; color: #0b50b5; text-decoration: underline; text-align: left; }
select, input { font: inherit; color: var(--ink); }
.figures { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; margin: .5rem 0; padding: 0; list-style: none; }
.figures b { font-size: 1.2rem; }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--line); padding: .25rem .45rem; vertical-align: top; text-align: left; }
thead th { background: var(--panel); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.outlets td { overflow-wrap: anywhere; max-width: 22rem; }
.outlets .col-title { min-width: 14rem; }
.outlets .col-byline { min-width: 7rem; }
.outlets .col-published, .outlets .col-worst, .outlets td.num { white-space: nowrap; overflow-wrap: normal; }
.outlets td.where { max-width: 16rem; font-size: .9rem; }
.table-wrap { overflow: auto; max-width: 100%; }
.counts { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
.sev { display: inline-block; white-space: nowrap; border-radius: 3px; padding: 0 .35rem; font-size: .85em; font-weight: 600; border: 1px solid currentColor; }
.sev-high { background: var(--high-bg); color: var(--high-ink); }
.sev-medium { background: var(--changed-bg); color: var(--changed-ink); }
.sev-low { background: #eef0f2; color: #333a40; }
.controls { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: center; padding: .5rem .75rem; background: var(--panel); border: 1px solid var(--line); border-radius: 4px; margin: .5rem 0; }
.matrix { font-size: .85rem; }
.matrix th.outlet { font-weight: 600; text-align: center; vertical-align: bottom; min-width: 5.5rem; max-width: 10rem; overflow-wrap: break-word; }
.matrix.dense th.outlet { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; max-height: 12rem; overflow: hidden; text-overflow: ellipsis; text-align: left; vertical-align: top; overflow-wrap: normal; }
.matrix th.claim-text { min-width: 22rem; max-width: 34rem; font-weight: normal; }
.matrix tbody tr { cursor: pointer; }
.matrix-wrap { max-height: 85vh; border: 1px solid var(--line); }
.matrix thead th { position: sticky; top: 0; z-index: 2; }
.matrix th.claim-text, .matrix thead th.claim-col { position: sticky; left: 0; z-index: 1; background: var(--paper); box-shadow: 1px 0 0 var(--line); padding-left: 2.6rem; }
.matrix thead th.claim-col { z-index: 3; background: var(--panel); }
.matrix .row-n { position: absolute; left: .3rem; width: 1.9rem; text-align: right; color: var(--muted); font-variant-numeric: tabular-nums; }
.matrix td.worst { white-space: nowrap; }
.matrix .row-kinds { display: block; white-space: normal; max-width: 9rem; font-size: .75rem; color: var(--muted); }
.matrix.dense th.outlet { width: 2rem; min-width: 2rem; max-width: 2rem; padding: .25rem .1rem; }
.matrix.dense .cell { padding: .2rem .1rem; }
/* hidden but read aloud; kept in the flow, since thousands of absolutely placed labels make every page of a big matrix slow to lay out */
.matrix.dense .cell .lbl { display: inline-block; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); vertical-align: top; white-space: nowrap; }
.matrix.dense .cell .sym { margin: 0; }
.matrix tbody tr:hover th { background: #eef3fb; }
.matrix tbody tr:focus-visible { outline: 3px solid var(--focus); outline-offset: -3px; }
.claim-line { display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
.cell { white-space: nowrap; text-align: center; font-size: .8rem; }
.cell .sym { font-weight: 700; margin-right: .2rem; }
.st-kept { background: var(--kept-bg); color: var(--kept-ink); }
.st-changed { background: var(--changed-bg); color: var(--changed-ink); }
.st-changed.sev-high-cell { background: var(--high-bg); color: var(--high-ink); box-shadow: inset 0 0 0 2px currentColor; }
.st-missing { background: var(--missing-bg); color: var(--missing-ink); border-style: dashed; }
.st-only { background: var(--only-bg); color: var(--only-ink); }
.st-absent { color: #595959; }
.legend { display: flex; flex-wrap: wrap; gap: .35rem 1rem; padding: 0; list-style: none; font-size: .85rem; }
.legend li span { padding: 0 .3rem; border: 1px solid var(--line); }
ol.divergences { padding-left: 1.5rem; }
ol.divergences li { margin: .35rem 0; }
blockquote { margin: .5rem 0; padding: .35rem .75rem; border-left: 4px solid #8a8a8a; background: var(--panel); }
q { quotes: "\\201C" "\\201D"; }
.context { color: var(--muted); }
ins.add { background: #d7f0dd; color: #0b3d1f; text-decoration: underline; text-decoration-thickness: 2px; }
del.lack { background: #fbe0e2; color: #6d1018; text-decoration: line-through; margin: 0 .2em; }
#view-backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.45); z-index: 10; }
#view { position: fixed; inset: 2.5vh 3vw; z-index: 11; background: var(--paper); border-radius: 6px; box-shadow: 0 10px 40px rgba(0,0,0,.35); display: flex; flex-direction: column; }
#view .view-bar { display: flex; justify-content: space-between; align-items: center; gap: 1rem; padding: .5rem 1rem; border-bottom: 1px solid var(--line); background: var(--panel); border-radius: 6px 6px 0 0; }
#view .view-body { overflow: auto; padding: 0 1.25rem 1.5rem; }
#view h2:focus { outline: none; }
.wordings { display: grid; grid-template-columns: minmax(8rem, 12rem) minmax(0, 3fr) minmax(12rem, 2fr); border-top: 1px solid var(--line); }
.wordings > div { padding: .5rem .6rem; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
.wordings .head { font-weight: 600; background: var(--panel); }
.wordings ul { margin: 0; padding-left: 1.1rem; }
.article-text { white-space: pre-wrap; max-width: 52rem; line-height: 1.7; font-size: 1rem; }
.m-claim { border-bottom: 2px solid #3d6bb3; }
.m-only { background: var(--only-bg); color: var(--only-ink); border-bottom: 2px dashed var(--only-ink); }
.m-credit { background: var(--credit-bg); color: var(--credit-ink); border-bottom: 2px dotted var(--credit-ink); }
mark.m-div { color: var(--changed-ink); }
.m-div { background: var(--changed-bg); color: var(--changed-ink); outline: 1px solid currentColor; }
.m-div.m-high { background: var(--high-bg); color: var(--high-ink); }
.m-clickable { cursor: pointer; }
sup.tag { font-size: .7rem; font-weight: 700; margin: 0 .15rem; color: var(--ink); }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
details { margin: .5rem 0; }
summary { cursor: pointer; }
.pagers { display: flex; flex-wrap: wrap; gap: .25rem 2rem; }
.pager { display: flex; flex-wrap: wrap; gap: .3rem .5rem; align-items: center; margin: .4rem 0; }
.pager-status { font-variant-numeric: tabular-nums; min-width: 12rem; text-align: center; }
.pager input.pager-page { width: 5.5em; }
button:disabled { color: #595959; background: var(--paper); border-color: var(--line); cursor: default; }
input.search { min-width: 18rem; padding: .1rem .35rem; border: 1px solid #767676; border-radius: 4px; }
.list-controls { display: flex; flex-wrap: wrap; gap: .4rem 1.25rem; align-items: center; margin: .4rem 0; }
ul.outlet-list { columns: 14rem; margin: .25rem 0; }
.hidden, [hidden] { display: none !important; }
@media print {
  html { font-size: 11pt; }
  .controls, .view-bar button, nav.sections, .skip, button.more, #view-backdrop, .pager button, .pager label, .list-controls input { display: none !important; }
  button.link { color: var(--ink); text-decoration: none; }
  #view { position: static; box-shadow: none; inset: auto; display: block; border-top: 2px solid #000; margin-top: 1.5rem; }
  #view .view-body { overflow: visible; }
  .table-wrap { overflow: visible; max-height: none; }
  .matrix thead th { position: static; }
  .matrix th.claim-text, .matrix thead th.claim-col { position: relative; left: auto; }
  .claim-line { display: block; -webkit-line-clamp: none; }
  .matrix tbody tr { break-inside: avoid; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; overflow-wrap: anywhere; }
  .chips-note, .more-links { display: none !important; }
  .matrix { font-size: 8pt; }
  .matrix th.claim-text { min-width: 12rem; }
  .matrix .cell { white-space: normal; }
  .matrix th.outlet { min-width: 3rem; }
}
`;
