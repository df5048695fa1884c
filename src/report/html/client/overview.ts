/** Part of the report script (see ../report-client.ts): the outlets table: each outlet's metadata, where it came from, and what it did to the shared claims. */
export const CLIENT_OVERVIEW = String.raw`var OUTLET_COUNTS = [
  ['carried', 'shared claims it carries'], ['missing', 'claims most outlets carry that it lacks'], ['changed', 'claims it tells differently (every kind but added and dropped details)'],
  ['dropped', 'details of a claim it leaves out'], ['added', 'details it adds to a claim, and passages only it has']];
// An outlet's address: its web link, else its URL or source file as text, shortened, in full on hover.
function whereCell(o) {
  var href = o.link ? webHref(o.url) : null;
  if (href) {
    var u = new URL(href), short = u.host + (u.pathname.length > 1 ? u.pathname : '');
    return h('td', { class: 'where' }, h('a', { href: href, rel: 'noopener noreferrer', target: '_blank', title: o.url, text: clipText(short, 48) }));
  }
  if (o.url) return h('td', { class: 'where', title: o.url, text: clipText(o.url, 48) });
  return h('td', { class: 'where', title: o.source }, h('span', { class: 'muted', text: 'file ' }), fileName(o.source));
}
// Past this many outlets the table is drawn a page at a time, with a search and a choice of order.
var OUTLET_ROWS = 100;
function outletRow(o, i) {
  return h('tr', { 'data-outlet-row': i },
    h('th', { scope: 'row', class: 'col-outlet' }, outletButton(i), D.baseline && D.baseline.outlet === i ? h('span', { class: 'muted small', 'data-baseline-mark': '', text: ' (baseline: ' + D.baseline.why + ')' }) : null),
    h('td', { class: 'col-title', text: o.title || '' }), h('td', { class: 'col-byline', text: o.byline || '' }),
    h('td', { class: 'col-published', text: o.published ? when(o.published) : 'undated' }),
    whereCell(o),
    o.counts.map(function (c, k) { return h('td', { class: 'num', text: k === 0 ? c + ' of ' + claimRows : c }); }),
    h('td', { class: 'col-worst' }, sevBadge(o.worst) || '\u2013'));
}
function outletsSection() {
  var kinds = OUTLET_COUNTS, paged = D.outlets.length > OUTLET_ROWS;
  var tbody = h('tbody', null), order = D.outlets.map(function (_, i) { return i; }), shown = order, query = '';
  var pager = makePager('outlets', OUTLET_ROWS, function (from, to) {
    var kids = [];
    for (var i = from; i < to; i++) kids.push(outletRow(D.outlets[shown[i]], shown[i]));
    tbody.replaceChildren.apply(tbody, kids);
  });
  var sortSel = h('select', { id: 'outlets-sort' }, h('option', { value: 'published', text: 'publication' }),
    kinds.slice(1).map(function (k) { return h('option', { value: k[0], text: 'most ' + k[0] + ' first' }); }), h('option', { value: 'worst', text: 'most serious first' }));
  function apply() {
    var how = sortSel.value, k = kinds.map(function (x) { return x[0]; }).indexOf(how);
    order = D.outlets.map(function (_, i) { return i; });
    if (k > 0) order.sort(function (a, b) { return D.outlets[b].counts[k] - D.outlets[a].counts[k] || a - b; });
    if (how === 'worst') order.sort(function (a, b) { return (SEV[D.outlets[b].worst] || 0) - (SEV[D.outlets[a].worst] || 0) || D.outlets[b].counts[2] - D.outlets[a].counts[2] || a - b; });
    shown = order.filter(function (i) {
      var o = D.outlets[i];
      return !query || words([o.label, o.title, o.byline, o.url, o.source].join(' ')).indexOf(query) >= 0;
    });
    pager.reset(shown.length);
  }
  sortSel.addEventListener('change', apply);
  var search = searchBox('outlets-search', 'Find outlets by name, title, byline or address', function (q) { query = q; apply(); });
  apply();
  return h('section', { id: 'outlets-section', 'aria-labelledby': 'outlets-h' },
    h('h2', { id: 'outlets-h', text: paged ? 'Outlets' : 'Outlets, in order of publication' }),
    h('p', { id: 'outlets-legend', class: 'muted' }, kinds.map(function (k, i) { return [i ? '; ' : '', h('strong', { text: k[0] }), ': ' + k[1]]; }), '. Select an outlet to read its text with every finding marked.'),
    paged ? h('div', { class: 'controls', role: 'group', 'aria-label': 'Sort and search the outlets' }, h('label', null, 'Order by ', sortSel), search) : null,
    pager.el,
    h('div', { class: 'table-wrap' }, h('table', { class: 'outlets', 'aria-describedby': 'outlets-legend' },
      h('thead', null, h('tr', null,
        ['outlet', 'title', 'byline', 'published', 'link or source'].map(function (c) { return h('th', { scope: 'col', class: 'col-' + c.split(' ')[0], text: c }); }),
        kinds.map(function (k) { return h('th', { scope: 'col', class: 'num', title: k[1], text: k[0] }); }),
        h('th', { scope: 'col', text: 'worst' }))),
      tbody)));
}
`;
