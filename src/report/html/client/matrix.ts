/** Part of the report script (see ../report-client.ts): the claim matrix: one row per claim or outlet-only passage, one column per outlet, sortable and filterable. */
export const CLIENT_MATRIX = String.raw`var matrixBody, matrixStatus, rowEls = [], kindSel, applyMatrix;
// Past this many outlets a cell shows its symbol only (its words stay in its title and for screen readers).
var DENSE_OUTLETS = 8;
function currentKindFilter() { return kindSel ? kindSel.value : ''; }
function filterMatrixByKind(kind, reveal) {
  kindSel.value = kind;
  applyMatrix();
  if (reveal) document.getElementById('matrix-section').scrollIntoView();
}
function cellOf(row, o) {
  for (var i = 0; i < row.cells.length; i++) if (row.cells[i].o === o) return row.cells[i];
  return null;
}
function cellKinds(cell) {
  var seen = {}, out = [];
  cell.d.forEach(function (i) { var k = D.divergences[i].kind; if (!seen[k]) { seen[k] = 1; out.push(k); } });
  return out;
}
function cellWorst(cell) {
  var w = null;
  cell.d.forEach(function (i) { var s = D.divergences[i].severity; if (!w || SEV[s] > SEV[w]) w = s; });
  return w;
}
function matrixCell(row, o) {
  var cell = cellOf(row, o);
  var state = cell ? STATES[cell.s] : (row.missing ? 'missing' : 'absent');
  var text = STATE_LABEL[state], title = label(o) + ': ' + (state === 'absent' ? 'not carried' : state), sym = SYMBOL[state], high = false;
  var cls = 'cell st-' + state;
  if (state === 'changed') {
    var kinds = cellKinds(cell), worst = cellWorst(cell);
    text = kindsText(kinds);
    title = label(o) + ': changed (' + text + ', ' + worst + ')';
    if (worst === 'high') { cls += ' sev-high-cell'; sym += '!'; high = true; }
  }
  return h('td', { class: cls, 'data-state': state, title: title },
    h('span', { class: 'sym', 'aria-hidden': 'true', text: sym }), h('span', { class: 'lbl', text: text }), high ? h('span', { class: 'visually-hidden', text: ' (high severity)' }) : null);
}
function matrix() {
  var kinds = Object.keys(D.byKind);
  var sortSel = h('select', { id: 'sort' },
    h('option', { value: 'order', text: 'claim order' }), h('option', { value: 'carriers', text: 'most outlets first' }), h('option', { value: 'severity', text: 'most serious first' }));
  var dense = D.outlets.length > DENSE_OUTLETS;
  kindSel = h('select', { id: 'filter-kind' }, h('option', { value: '', text: 'any kind' }),
    kinds.map(function (k) { return h('option', { value: k, text: KIND[k] || k }); }));
  var sevSel = h('select', { id: 'filter-severity' }, h('option', { value: '0', text: 'all rows' }),
    h('option', { value: '1', text: 'low or worse' }), h('option', { value: '2', text: 'medium or worse' }), h('option', { value: '3', text: 'high only' }));
  var onlyBox = h('input', { type: 'checkbox', id: 'show-only', checked: true });
  matrixStatus = h('p', { class: 'muted', 'aria-live': 'polite' });
  matrixBody = h('tbody', null);
  D.rows.forEach(function (row, r) {
    var tr = h('tr', { tabindex: '0', 'data-row-kind': row.kind, 'data-row': r, 'aria-label': (row.kind === 'claim' ? 'Claim ' : 'Outlet-only passage ') + (r + 1) + ': open' },
      h('th', { scope: 'row', class: 'claim-text' }, h('span', { class: 'row-n', text: r + 1 }), h('span', { class: 'claim-line' }, row.kind === 'unique' ? h('em', { text: 'only ' + label(row.cells[0] ? row.cells[0].o : -1) + ': ' }) : null, row.text)),
      h('td', { class: 'num', text: row.carriers }),
      h('td', { class: 'worst' }, sevBadge(row.worst) || '\u2013', dense && row.kinds.length ? h('span', { class: 'row-kinds', text: kindsText(row.kinds) }) : null),
      D.outlets.map(function (_, o) { return matrixCell(row, o); }));
    rowEls.push(tr);
    matrixBody.appendChild(tr);
  });
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
  function apply() {
    var kind = kindSel.value, sev = Number(sevSel.value), showOnly = onlyBox.checked, how = sortSel.value;
    var order = D.rows.map(function (_, i) { return i; });
    if (how === 'carriers') order.sort(function (a, b) { return D.rows[b].carriers - D.rows[a].carriers || a - b; });
    if (how === 'severity') order.sort(function (a, b) {
      var x = D.rows[a], y = D.rows[b];
      return (SEV[y.worst] || 0) - (SEV[x.worst] || 0) || divCount(y) - divCount(x) || a - b;
    });
    var shown = 0;
    order.forEach(function (i) {
      var row = D.rows[i], tr = rowEls[i];
      var ok = (!kind || row.kinds.indexOf(kind) >= 0) && (SEV[row.worst] || 0) >= sev && (showOnly || row.kind !== 'unique');
      tr.classList.toggle('hidden', !ok);
      if (ok) shown++;
      matrixBody.appendChild(tr);
    });
    matrixStatus.textContent = !D.rows.length ? 'No claim is carried by two outlets or more, and no outlet has a passage of its own.'
      : (shown ? 'Showing ' + shown + ' of ' + D.rows.length : 'No row of ' + D.rows.length + ' matches these filters') + ' (' + plural(claimRows, 'claim') + ', ' + plural(D.rows.length - claimRows, 'outlet-only passage') + ').';
    syncKindChips(kind);
  }
  applyMatrix = apply;
  [sortSel, kindSel, sevSel, onlyBox].forEach(function (c) { c.addEventListener('change', apply); });
  var legend = h('p', { id: 'matrix-legend', class: 'muted' }, 'Claims down, outlets across (earliest first). ',
    [['kept', 'kept'], ['changed', 'changed, with the kinds of change (' + SYMBOL.changed + '! a high-severity change)'], ['missing', 'missing: most outlets carry it'], ['only', 'only this outlet has it'], ['absent', 'not carried']].map(function (p, i) {
      return [i ? ', ' : '', h('span', { class: 'key st-' + p[0], text: SYMBOL[p[0]] }), ' ' + p[1]];
    }), '. Select a row (click, or Enter) to compare the wordings.');
  var table = h('table', { class: 'matrix' + (dense ? ' dense' : ''), id: 'matrix', 'aria-describedby': 'matrix-legend' },
    h('thead', null, h('tr', null,
      h('th', { scope: 'col', class: 'claim-col', text: 'claim' }), h('th', { scope: 'col', class: 'num', title: 'how many outlets carry it', text: 'outlets' }), h('th', { scope: 'col', text: dense ? 'worst, kinds' : 'worst' }),
      D.outlets.map(function (o, i) { return h('th', { scope: 'col', class: 'outlet', 'data-outlet': i, title: o.label, text: o.label }); }))),
    matrixBody);
  var section = h('section', { id: 'matrix-section', 'aria-labelledby': 'matrix-h' },
    h('h2', { id: 'matrix-h', text: 'Claim matrix' }),
    h('div', { class: 'controls', role: 'group', 'aria-label': 'Sort and filter the matrix' },
      h('label', null, 'Sort by ', sortSel), h('label', null, 'Kind of change ', kindSel), h('label', null, 'Severity ', sevSel),
      h('label', null, onlyBox, ' show outlet-only passages')),
    legend, matrixStatus,
    h('div', { class: 'table-wrap matrix-wrap' }, table));
  apply();
  return section;
}
function divCount(row) { var n = 0; row.cells.forEach(function (c) { n += c.d.length; }); return n; }
`;
