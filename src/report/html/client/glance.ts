/** Part of the report script (see ../report-client.ts): the first screen: credited origins, the counts as chips (kinds filter the matrix), the most serious divergences, a legend of terms. */
export const CLIENT_GLANCE = String.raw`var TOP_FINDINGS = 5, kindChips = [];
var ORIGIN_ORDER = { wire: 0, outlet: 1, unspecified: 3 };
function rankedOrigins() {
  return D.origins.map(function (o, i) { return { o: o, i: i }; }).sort(function (x, y) {
    var kx = x.o.kind in ORIGIN_ORDER ? ORIGIN_ORDER[x.o.kind] : 2, ky = y.o.kind in ORIGIN_ORDER ? ORIGIN_ORDER[y.o.kind] : 2;
    return kx - ky || y.o.outlets.length - x.o.outlets.length || x.i - y.i;
  }).map(function (x) { return x.o; });
}
function originsLine() {
  var n = D.outlets.length, ranked = rankedOrigins();
  var agencies = ranked.filter(function (o) { return o.kind === 'wire' || o.kind === 'outlet'; });
  var sources = ranked.filter(function (o) { return o.kind !== 'wire' && o.kind !== 'outlet'; }).slice(0, 4);
  return h('p', { class: 'origins-line' },
    h('span', { class: 'muted', text: 'Credited: ' }),
    agencies.length ? agencies.map(function (o, i) {
      return [i ? '; ' : '', h('strong', { text: o.name }), ' (' + o.kind + ', ' + o.outlets.length + ' of ' + n + ' outlets)'];
    }) : 'no wire agency or outlet',
    sources.length ? [h('span', { class: 'muted', text: ' \u00b7 most cited sources: ' }), sources.map(function (o, i) {
      return [i ? '; ' : '', o.name + ' (' + o.outlets.length + ')'];
    })] : null);
}
// The baseline every wording is diffed and judged against, and why it is the baseline; else what judges.
function baselineLine() {
  var b = D.baseline;
  if (!b && !D.judgedAgainst) return null;
  return h('p', { class: 'baseline-line' }, h('span', { class: 'muted', text: 'Baseline: ' }),
    b ? [outletButton(b.outlet), ' (' + (b.reason || b.why) + '): each claim it carries (' + b.claims + ' of ' + claimRows + ') is diffed and judged against its wording' + (b.claims < claimRows ? ', the others against most outlets' : '') + '.']
      : 'none; every claim is judged against ' + D.judgedAgainst + '.');
}
function chip(text, count, cls) { return h('span', { class: 'chip ' + (cls || '') }, h('b', { text: count }), ' ' + text); }
function countChips() {
  var uniques = D.rows.length - claimRows;
  var kinds = Object.keys(D.byKind).sort(function (a, b) { return D.byKind[b] - D.byKind[a]; });
  kindChips = kinds.map(function (k) {
    return h('button', { type: 'button', class: 'chip kind-chip', 'data-kind': k, 'aria-pressed': 'false', title: 'Show only the claims with a ' + (KIND[k] || k) + ' change in the matrix',
      onclick: function () { filterMatrixByKind(currentKindFilter() === k ? '' : k, true); } },
    h('b', { text: D.byKind[k] }), ' ' + (KIND[k] || k));
  });
  return h('div', { class: 'chips', role: 'group', 'aria-label': 'Counts' },
    chip(D.outlets.length === 1 ? 'outlet' : 'outlets', D.outlets.length),
    chip(claimRows === 1 ? 'shared claim' : 'shared claims', claimRows),
    chip(uniques === 1 ? 'outlet-only passage' : 'outlet-only passages', uniques),
    chip(D.divergences.length === 1 ? 'divergence' : 'divergences', D.divergences.length, 'chip-total'),
    ['high', 'medium', 'low'].filter(function (s) { return D.bySeverity[s]; }).map(function (s) {
      return h('span', { class: 'chip chip-sev' }, sevBadge(s), ' ', h('b', { text: D.bySeverity[s] }));
    }),
    kindChips.length ? h('span', { class: 'muted chips-note', text: 'by kind (select to filter the matrix):' }) : null,
    kindChips);
}
function syncKindChips(kind) {
  kindChips.forEach(function (c) { c.setAttribute('aria-pressed', c.getAttribute('data-kind') === kind ? 'true' : 'false'); });
}
// An outlet's words with a few words either side, the words themselves in bold.
function wordsAround(o, a, b, room, inTitle) {
  var t = D.outlets[o] ? (inTitle ? D.outlets[o].title || '' : D.outlets[o].text) : '';
  var from = Math.max(0, a - room), to = Math.min(t.length, b + room);
  var before = t.slice(from, a), after = t.slice(b, to);
  if (from > 0) before = '\u2026' + before.replace(/^\S*\s/, '');
  if (to < t.length) after = after.replace(/\s\S*$/, '') + '\u2026';
  return h('span', { class: 'in-context' }, before, h('b', { text: clipText(t.slice(a, b), 90) }), after);
}
// One of the most serious divergences: the change, then this outlet's words against the others'; opens its claim.
function findingButton(d, i) {
  var groups = versusGroups(d);
  return h('button', { type: 'button', class: 'finding finding-' + d.severity, 'data-open-row': d.row >= 0 ? d.row : null, 'data-divergence': i,
    onclick: function (e) { if (d.row >= 0) openRow(d.row, e.currentTarget); } },
    h('span', { class: 'finding-head' }, sevBadge(d.severity), ' ', h('strong', { text: KIND[d.kind] || d.kind }), ' in ', h('strong', { text: label(d.o) }), ': ', d.message),
    h('span', { class: 'finding-words' }, h('span', { class: 'who', text: label(d.o) + ': ' }), wordsAround(d.o, d.a, d.b, 40, d.t === 1)),
    groups.length ? h('span', { class: 'finding-words' }, h('span', { class: 'who', text: 'others: ' }), groups.slice(0, 3).map(function (g, j) {
      return [j ? '; ' : '', h('b', { text: '\u201c' + clipText(g.text, 60) + '\u201d' }), ' (' + someLabels(g.outlets, 2) + ')'];
    }), groups.length > 3 ? '; and ' + plural(groups.length - 3, 'other wording') : null) : null);
}
function glance() {
  var top = D.divergences.slice(0, TOP_FINDINGS);
  var list = h('ol', { class: 'findings' }, top.map(function (d, i) { return h('li', null, findingButton(d, i)); }));
  return h('section', { id: 'overview', 'aria-labelledby': 'overview-h' },
    h('h2', { id: 'overview-h', class: 'visually-hidden', text: 'At a glance' }),
    originsLine(),
    baselineLine(),
    countChips(),
    h('h3', { id: 'top-h', text: D.divergences.length > top.length ? 'The ' + top.length + ' most serious divergences (of ' + D.divergences.length + ')' : 'Divergences' }),
    top.length ? [list, h('p', { class: 'more-links' },
      D.divergences.length > top.length ? h('a', { href: '#divergences', text: 'All ' + D.divergences.length + ' divergences' }) : null,
      D.divergences.length > top.length ? ' \u00b7 ' : null,
      h('a', { href: '#matrix-section', text: 'Every claim, outlet by outlet (the claim matrix)' }))]
      : h('p', { text: 'No divergences: the outlets carrying each shared claim tell it the same way.' }),
    h('p', { class: 'terms muted' }, h('strong', { text: 'Terms: ' }),
      'a claim is a statement two or more outlets carry; a divergence is an outlet telling a claim differently from the others (its severity: how much that changes what a reader takes away); an outlet-only passage is text no other outlet has. Select a divergence to see every outlet\u2019s wording side by side.'));
}
`;
