/**
 * Part of the report script (see ../report-client.ts): an outlet's highlights, worked out when its view
 * opens from the rows, divergences and origins (the data carries no per-outlet copy of them), cut into
 * flat segments so nested and crossing marks render as one run of elements.
 */
export const CLIENT_HIGHLIGHTS = String.raw`// Cut overlapping marked ranges {start, end, mark} into non-overlapping segments {start, end, marks}, each
// carrying every mark that covers it in the order the ranges were given; unmarked text and empty ranges are left out.
function flattenSpans(ranges) {
  var live = ranges.filter(function (r) { return r.end > r.start; });
  var seen = {}, cuts = [];
  live.forEach(function (r) {
    if (!seen[r.start]) { seen[r.start] = 1; cuts.push(r.start); }
    if (!seen[r.end]) { seen[r.end] = 1; cuts.push(r.end); }
  });
  cuts.sort(function (x, y) { return x - y; });
  var order = live.map(function (r, i) { return { r: r, i: i }; }).sort(function (x, y) { return x.r.start - y.r.start || x.i - y.i; });
  var out = [], open = [], next = 0;
  for (var c = 0; c + 1 < cuts.length; c++) {
    var from = cuts[c], to = cuts[c + 1];
    open = open.filter(function (x) { return x.r.end > from; });
    while (next < order.length && order[next].r.start <= from) {
      var started = order[next++];
      if (started.r.end > from) open.push(started);
    }
    if (!open.length) continue;
    var marks = open.slice().sort(function (x, y) { return x.i - y.i; }).map(function (x) { return x.r.mark; });
    var last = out[out.length - 1];
    if (last && last.end === from && last.marks.join() === marks.join()) last.end = to;
    else out.push({ start: from, end: to, marks: marks });
  }
  return out;
}
// Outlet o's marks as flat pairs [type, ref] (claim and outlet-only: ref a row; divergence: ref a divergence;
// credit: ref an origin) and its text's segments as [start, end, mark index, ...].
function outletHighlights(o) {
  var text = D.outlets[o] ? D.outlets[o].text : '', marks = [], ranges = [];
  function mark(type, ref, start, end) {
    if (start < 0 || end > text.length || start >= end) return;
    ranges.push({ start: start, end: end, mark: marks.length / 2 });
    marks.push(type, ref);
  }
  D.rows.forEach(function (row, r) {
    var j = cellAt(row, o);
    if (j >= 0) mark(row.kind === 'claim' ? MARK_CLAIM : MARK_ONLY, r, row.a[j], row.b[j]);
  });
  D.divergences.forEach(function (d, i) { if (d.o === o && d.t === 0) mark(MARK_DIV, i, d.a, d.b); });
  D.origins.forEach(function (g, i) {
    for (var k = 0; k + 2 < g.evidence.length; k += 3) if (g.evidence[k] === o) mark(MARK_CREDIT, i, g.evidence[k + 1], g.evidence[k + 2]);
  });
  return { marks: marks, segments: flattenSpans(ranges).map(function (s) { return [s.start, s.end].concat(s.marks); }) };
}
`;
