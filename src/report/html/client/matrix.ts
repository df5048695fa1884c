/**
 * Part of the report script (see ../report-client.ts): the claim matrix: one row per claim or outlet-only
 * passage, one column per outlet, sortable, filterable and searchable over every row; past a page of rows
 * or of outlets it is drawn a page at a time (only the rows and columns in view are in the DOM).
 */
export const CLIENT_MATRIX = String.raw`var matrixBody, matrixHeadRow, matrixStatus, kindSel, applyMatrix, rowPager, colPager;
// Past this many outlets a cell shows its symbol only (its words stay in its title and for screen readers).
var DENSE_OUTLETS = 8;
// Rows and outlet columns drawn at once; more are reached page by page.
var MATRIX_ROWS = 100, MATRIX_OUTLETS = 60;
var matrixOrder = [], matrixCols = [];
function currentKindFilter() { return kindSel ? kindSel.value : ''; }
function filterMatrixByKind(kind, reveal) {
  kindSel.value = kind;
  applyMatrix();
  if (reveal) document.getElementById('matrix-section').scrollIntoView();
}
function cellKinds(divs) {
  var seen = {}, out = [];
  divs.forEach(function (i) { var k = D.divergences[i].kind; if (!seen[k]) { seen[k] = 1; out.push(k); } });
  return out;
}
function cellWorst(divs) {
  var w = null;
  divs.forEach(function (i) { var s = D.divergences[i].severity; if (!w || SEV[s] > SEV[w]) w = s; });
  return w;
}
function matrixCell(r, o) {
  var row = D.rows[r], j = cellAt(row, o);
  var state = j >= 0 ? cellState(r, j) : (row.missing ? 'missing' : 'absent');
  var text = STATE_LABEL[state], title = label(o) + ': ' + (state === 'absent' ? 'not carried' : state), sym = SYMBOL[state], high = false;
  var cls = 'cell st-' + state;
  if (state === 'changed') {
    var divs = cellDivs(r, o), worst = cellWorst(divs);
    text = kindsText(cellKinds(divs));
    title = label(o) + ': changed (' + text + ', ' + worst + ')';
    if (worst === 'high') { cls += ' sev-high-cell'; sym += '!'; high = true; }
  }
  return h('td', { class: cls, 'data-state': state, 'data-outlet': o, title: title },
    h('span', { class: 'sym', 'aria-hidden': 'true', text: sym }), h('span', { class: 'lbl', text: text }), high ? h('span', { class: 'visually-hidden', text: ' (high severity)' }) : null);
}
function matrixRow(r, cols, dense) {
  var row = D.rows[r];
  return h('tr', { tabindex: '0', 'data-row-kind': row.kind, 'data-row': r, 'aria-label': (row.kind === 'claim' ? 'Claim ' : 'Outlet-only passage ') + (r + 1) + ': open' },
    h('th', { scope: 'row', class: 'claim-text' }, h('span', { class: 'row-n', text: r + 1 }), h('span', { class: 'claim-line' }, row.kind === 'unique' ? h('em', { text: 'only ' + label(row.o[0]) + ': ' }) : null, rowText(r))),
    h('td', { class: 'num', text: row.carriers }),
    h('td', { class: 'worst' }, sevBadge(row.worst) || '\u2013', dense && row.kinds.length ? h('span', { class: 'row-kinds', text: kindsText(row.kinds) }) : null),
    cols.map(function (o) { return matrixCell(r, o); }));
}
// The outlets whose columns are drawn now.
function visibleCols() { var from = colPager.first(); return matrixCols.slice(from, from + MATRIX_OUTLETS); }
function drawMatrixRows(from, to) {
  var cols = visibleCols(), dense = D.outlets.length > DENSE_OUTLETS, kids = [];
  for (var i = from; i < to; i++) kids.push(matrixRow(matrixOrder[i], cols, dense));
  matrixBody.replaceChildren.apply(matrixBody, kids);
}
function drawMatrixHead() {
  var fixed = Array.prototype.slice.call(matrixHeadRow.children, 0, 3);
  matrixHeadRow.replaceChildren.apply(matrixHeadRow, fixed.concat(visibleCols().map(function (o) {
    return h('th', { scope: 'col', class: 'outlet', 'data-outlet': o, title: D.outlets[o].label, text: D.outlets[o].label });
  })));
}
function matrix() {
  var kinds = Object.keys(D.byKind);
  var sortSel = h('select', { id: 'sort' },
    h('option', { value: 'order', text: 'claim order' }), h('option', { value: 'carriers', text: 'most outlets first' }), h('option', { value: 'severity', text: 'most serious first' }));
  var dense = D.outlets.length > DENSE_OUTLETS;
  var pagedRows = D.rows.length > MATRIX_ROWS, pagedCols = D.outlets.length > MATRIX_OUTLETS;
  kindSel = h('select', { id: 'filter-kind' }, h('option', { value: '', text: 'any kind' }),
    kinds.map(function (k) { return h('option', { value: k, text: KIND[k] || k }); }));
  var sevSel = h('select', { id: 'filter-severity' }, h('option', { value: '0', text: 'all rows' }),
    h('option', { value: '1', text: 'low or worse' }), h('option', { value: '2', text: 'medium or worse' }), h('option', { value: '3', text: 'high only' }));
  var onlyBox = h('input', { type: 'checkbox', id: 'show-only', checked: true });
  var query = '', outletQuery = '';
  var rowSearch = searchBox('matrix-search', 'Find words or an outlet-only passage\u2019s outlet', function (q) { query = q; apply(); });
  var colSearch = searchBox('matrix-outlet-search', 'Find outlets by name', function (q) { outletQuery = q; applyCols(); });
  matrixStatus = h('p', { class: 'muted', 'aria-live': 'polite' });
  matrixBody = h('tbody', null);
  rowPager = makePager('rows', MATRIX_ROWS, drawMatrixRows);
  colPager = makePager('outlets', MATRIX_OUTLETS, function () { drawMatrixHead(); drawMatrixRows(rowPager.first(), Math.min(matrixOrder.length, rowPager.first() + MATRIX_ROWS)); });
  colPager.el.classList.add('col-pager');
  matrixBody.addEventListener('click', function (e) {
    var tr = e.target.closest('tr[data-row]');
    if (tr) openRow(Number(tr.getAttribute('data-row')), tr);
  });
  matrixBody.addEventListener('keydown', function (e) {
    if ((e.key === 'Enter' || e.key === ' ') && e.target.matches('tr[data-row]')) {
      e.preventDefault();
      openRow(Number(e.target.getAttribute('data-row')), e.target);
    }
  });
  function matchesQuery(i) {
    if (!query) return true;
    var row = D.rows[i];
    return words(rowText(i)).indexOf(query) >= 0 || (row.kind === 'unique' && words(label(row.o[0])).indexOf(query) >= 0);
  }
  function apply() {
    var kind = kindSel.value, sev = Number(sevSel.value), showOnly = onlyBox.checked, how = sortSel.value;
    var order = D.rows.map(function (_, i) { return i; });
    if (how === 'carriers') order.sort(function (a, b) { return D.rows[b].carriers - D.rows[a].carriers || a - b; });
    if (how === 'severity') {
      var counts = D.rows.map(function (_, i) { return rowDivCount(i); });
      order.sort(function (a, b) {
        var x = D.rows[a], y = D.rows[b];
        return (SEV[y.worst] || 0) - (SEV[x.worst] || 0) || counts[b] - counts[a] || a - b;
      });
    }
    matrixOrder = order.filter(function (i) {
      var row = D.rows[i];
      return (!kind || row.kinds.indexOf(kind) >= 0) && (SEV[row.worst] || 0) >= sev && (showOnly || row.kind !== 'unique') && matchesQuery(i);
    });
    var shown = matrixOrder.length;
    rowPager.reset(shown);
    matrixStatus.textContent = !D.rows.length ? 'No claim is carried by two outlets or more, and no outlet has a passage of its own.'
      : (shown ? 'Showing ' + shown + ' of ' + D.rows.length : 'No row of ' + D.rows.length + ' matches these filters') + ' (' + plural(claimRows, 'claim') + ', ' + plural(D.rows.length - claimRows, 'outlet-only passage') + ').';
    syncKindChips(kind);
  }
  function applyCols() {
    matrixCols = [];
    D.outlets.forEach(function (o, i) { if (!outletQuery || words(o.label).indexOf(outletQuery) >= 0) matrixCols.push(i); });
    colPager.reset(matrixCols.length);
  }
  applyMatrix = apply;
  [sortSel, kindSel, sevSel, onlyBox].forEach(function (c) { c.addEventListener('change', apply); });
  var legend = h('p', { id: 'matrix-legend', class: 'muted' }, 'Claims down, outlets across (earliest first). ',
    [['kept', 'kept'], ['changed', 'changed, with the kinds of change (' + SYMBOL.changed + '! a high-severity change)'], ['missing', 'missing: most outlets carry it'], ['only', 'only this outlet has it'], ['absent', 'not carried']].map(function (p, i) {
      return [i ? ', ' : '', h('span', { class: 'key st-' + p[0], text: SYMBOL[p[0]] }), ' ' + p[1]];
    }), '. Select a row (click, or Enter) to compare the wordings.',
    pagedRows || pagedCols ? ' ' + num(D.rows.length) + ' rows and ' + num(D.outlets.length) + ' outlets are shown ' + MATRIX_ROWS + ' rows and ' + MATRIX_OUTLETS + ' outlets at a time; sorting, filters and search cover them all.' : null);
  matrixHeadRow = h('tr', null,
    h('th', { scope: 'col', class: 'claim-col', text: 'claim' }), h('th', { scope: 'col', class: 'num', title: 'how many outlets carry it', text: 'outlets' }), h('th', { scope: 'col', text: dense ? 'worst, kinds' : 'worst' }));
  var table = h('table', { class: 'matrix' + (dense ? ' dense' : ''), id: 'matrix', 'aria-describedby': 'matrix-legend' }, h('thead', null, matrixHeadRow), matrixBody);
  var section = h('section', { id: 'matrix-section', 'aria-labelledby': 'matrix-h' },
    h('h2', { id: 'matrix-h', text: 'Claim matrix' }),
    h('div', { class: 'controls', role: 'group', 'aria-label': 'Sort and filter the matrix' },
      h('label', null, 'Sort by ', sortSel), h('label', null, 'Kind of change ', kindSel), h('label', null, 'Severity ', sevSel),
      h('label', null, onlyBox, ' show outlet-only passages'),
      pagedRows || pagedCols ? rowSearch : null, pagedCols ? colSearch : null),
    legend, matrixStatus,
    h('div', { class: 'pagers' }, rowPager.el, colPager.el),
    h('div', { class: 'table-wrap matrix-wrap' }, table));
  applyCols();
  apply();
  return section;
}
`;
