/**
 * The HTML report's script, as plain browser JavaScript (no build step, no helpers injected). It reads
 * the JSON data block and builds every view with createElement and textContent: article text never
 * reaches an HTML parser. Links are made only from http(s) URLs. No backticks or "${" below: this is
 * a template literal.
 */
export const REPORT_CLIENT = String.raw`(function () {
'use strict';
var D = JSON.parse(document.getElementById('wiretrace-data').textContent);
var STATES = ['kept', 'changed', 'missing', 'only', 'absent'];
var SEV = { low: 1, medium: 2, high: 3 };
var KIND = { number: 'number', date: 'date', quantifier: 'quantifier', attribution: 'attribution', hedge: 'hedge', quote: 'quote',
  entity: 'name/place', detail_added: 'added detail', detail_dropped: 'dropped detail', meaning: 'meaning', framing: 'framing' };
var SYMBOL = { kept: '=', changed: '\u2260', missing: '\u2013', only: '+', absent: '\u00b7' };
var STATE_LABEL = { kept: 'kept', changed: 'changed', missing: 'missing', only: 'only here', absent: '' };
var DIFF_SAME = 0, DIFF_ADDED = 1, DIFF_LACKING = 2;
var MARK_CLAIM = 0, MARK_DIV = 1, MARK_ONLY = 2, MARK_CREDIT = 3;
var claimRows = D.rows.filter(function (r) { return r.kind === 'claim'; }).length;

function h(tag, attrs) {
  var el = document.createElement(tag);
  if (attrs) Object.keys(attrs).forEach(function (k) {
    var v = attrs[k];
    if (v === null || v === undefined || v === false) return;
    if (k === 'text') el.textContent = String(v);
    else if (k === 'onclick') el.addEventListener('click', v);
    else el.setAttribute(k, v === true ? '' : String(v));
  });
  for (var i = 2; i < arguments.length; i++) add(el, arguments[i]);
  return el;
}
function add(el, kid) {
  if (kid === null || kid === undefined || kid === false) return;
  if (Array.isArray(kid)) { kid.forEach(function (k) { add(el, k); }); return; }
  el.appendChild(typeof kid === 'object' ? kid : document.createTextNode(String(kid)));
}
function slice(o, a, b) { var t = D.outlets[o] ? D.outlets[o].text : ''; return t.slice(a, b); }
function webHref(url) {
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) return null;
  try { var u = new URL(url); return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null; } catch (e) { return null; }
}
function when(iso) {
  if (!iso) return 'undated';
  var d = new Date(iso);
  return isNaN(d.getTime()) ? String(iso) : d.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}
function plural(n, one, many) { return n + ' ' + (n === 1 ? one : (many || one + 's')); }
function sevBadge(sev) { return sev ? h('span', { class: 'sev sev-' + sev, text: sev }) : null; }
function kindsText(kinds) { return kinds.map(function (k) { return KIND[k] || k; }).join(', '); }
function label(o) { return D.outlets[o] ? D.outlets[o].label : '?'; }
function outletButton(o) {
  return h('button', { type: 'button', class: 'link', 'data-open-outlet': o, text: label(o), onclick: function (e) { e.stopPropagation(); openOutlet(o, e.currentTarget); } });
}
function claimButton(r, text) {
  return h('button', { type: 'button', class: 'link', 'data-open-row': r, text: text, onclick: function (e) { e.stopPropagation(); openRow(r, e.currentTarget); } });
}
function quoteInContext(o, a, b) {
  var t = D.outlets[o] ? D.outlets[o].text : '';
  var from = Math.max(0, a - 70), to = Math.min(t.length, b + 70);
  return h('span', null,
    h('span', { class: 'context', text: (from > 0 ? '\u2026' : '') + t.slice(from, a) }),
    h('q', null, h('b', { text: t.slice(a, b) })),
    h('span', { class: 'context', text: t.slice(b, to) + (to < t.length ? '\u2026' : '') }));
}
function moreList(container, items, first, render) {
  var shown = Math.min(first, items.length);
  for (var i = 0; i < shown; i++) container.appendChild(render(items[i], i));
  if (items.length > shown) {
    var rest = items.length - shown;
    var btn = h('button', { type: 'button', class: 'more', text: 'Show all ' + items.length + ' (' + rest + ' more)' });
    btn.addEventListener('click', function () {
      for (var j = shown; j < items.length; j++) container.appendChild(render(items[j], j));
      btn.remove();
    });
    container.parentNode.insertBefore(btn, container.nextSibling);
  }
}

// ---- overview -------------------------------------------------------------------------------
function overview() {
  var n = D.outlets.length;
  var credited = D.origins.filter(function (o) { return o.kind === 'wire' || o.kind === 'outlet'; });
  var uniques = D.rows.length - claimRows;
  return h('section', { id: 'overview', 'aria-labelledby': 'overview-h' },
    h('h2', { id: 'overview-h', text: 'Overview' }),
    h('ul', { class: 'figures' },
      h('li', null, h('b', { text: n }), ' ', n === 1 ? 'outlet' : 'outlets'),
      h('li', null, h('b', { text: claimRows }), ' shared ', claimRows === 1 ? 'claim' : 'claims'),
      h('li', null, h('b', { text: D.divergences.length }), ' ', D.divergences.length === 1 ? 'divergence' : 'divergences'),
      h('li', null, h('b', { text: uniques }), ' outlet-only ', uniques === 1 ? 'passage' : 'passages')),
    h('p', null, h('strong', { text: 'Credited origin' + (credited.length === 1 ? ': ' : 's: ') }),
      credited.length ? credited.map(function (o, i) {
        return [i ? '; ' : '', h('strong', { text: o.name }), ' (' + o.kind + ', credited by ' + o.outlets.length + ' of ' + n + ')'];
      }) : 'no wire or outlet is credited.'),
    h('div', { class: 'counts' },
      h('table', null, h('caption', { text: 'Divergences by severity' }),
        h('thead', null, h('tr', null, h('th', { scope: 'col', text: 'severity' }), h('th', { scope: 'col', class: 'num', text: 'count' }))),
        h('tbody', null, ['high', 'medium', 'low'].map(function (s) {
          return h('tr', null, h('td', null, sevBadge(s)), h('td', { class: 'num', text: D.bySeverity[s] || 0 }));
        }))),
      h('table', null, h('caption', { text: 'Divergences by kind' }),
        h('thead', null, h('tr', null, h('th', { scope: 'col', text: 'kind' }), h('th', { scope: 'col', class: 'num', text: 'count' }))),
        h('tbody', null, Object.keys(D.byKind).sort(function (a, b) { return D.byKind[b] - D.byKind[a]; }).map(function (k) {
          return h('tr', null, h('td', { text: KIND[k] || k }), h('td', { class: 'num', text: D.byKind[k] }));
        })))),
    h('h3', { text: 'Outlets, in order of publication' }),
    h('div', { class: 'table-wrap' }, h('table', { class: 'outlets' },
      h('thead', null, h('tr', null, ['outlet', 'title', 'byline', 'published', 'URL', 'carried', 'missing', 'changed', 'dropped', 'added', 'worst'].map(function (c, i) {
        return h('th', { scope: 'col', class: i >= 5 && i < 10 ? 'num' : null, text: c });
      }))),
      h('tbody', null, D.outlets.map(function (o, i) {
        var href = o.link ? webHref(o.url) : null;
        return h('tr', { 'data-outlet-row': i },
          h('th', { scope: 'row' }, outletButton(i)),
          h('td', { text: o.title || '' }), h('td', { text: o.byline || '' }), h('td', { text: o.published ? when(o.published) : 'undated' }),
          h('td', { class: 'url' }, href ? h('a', { href: href, rel: 'noopener noreferrer', target: '_blank', text: o.url }) : (o.url || o.source)),
          o.counts.map(function (c) { return h('td', { class: 'num', text: c }); }),
          h('td', null, sevBadge(o.worst) || '\u2013'));
      })))));
}

// ---- matrix ---------------------------------------------------------------------------------
var matrixBody, matrixStatus, rowEls = [];
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
  var text = STATE_LABEL[state], title = label(o) + ': ' + state;
  var cls = 'cell st-' + state;
  if (state === 'changed') {
    var kinds = cellKinds(cell), worst = cellWorst(cell);
    text = kindsText(kinds);
    title = label(o) + ': changed (' + text + ', ' + worst + ')';
    if (worst === 'high') { cls += ' sev-high-cell'; text += ' !'; }
  }
  return h('td', { class: cls, 'data-state': state, title: title },
    h('span', { class: 'sym', 'aria-hidden': 'true', text: SYMBOL[state] }), h('span', { class: 'lbl', text: text }));
}
function matrix() {
  var kinds = Object.keys(D.byKind);
  var sortSel = h('select', { id: 'sort' },
    h('option', { value: 'order', text: 'claim order' }), h('option', { value: 'carriers', text: 'most outlets first' }), h('option', { value: 'severity', text: 'most serious first' }));
  var kindSel = h('select', { id: 'filter-kind' }, h('option', { value: '', text: 'any kind' }),
    kinds.map(function (k) { return h('option', { value: k, text: KIND[k] || k }); }));
  var sevSel = h('select', { id: 'filter-severity' }, h('option', { value: '0', text: 'any (or none)' }),
    h('option', { value: '1', text: 'low or worse' }), h('option', { value: '2', text: 'medium or worse' }), h('option', { value: '3', text: 'high only' }));
  var onlyBox = h('input', { type: 'checkbox', id: 'show-only', checked: true });
  matrixStatus = h('p', { class: 'muted', 'aria-live': 'polite' });
  matrixBody = h('tbody', null);
  D.rows.forEach(function (row, r) {
    var tr = h('tr', { tabindex: '0', 'data-row-kind': row.kind, 'data-row': r, 'aria-label': (row.kind === 'claim' ? 'Claim ' : 'Outlet-only passage ') + (r + 1) + ': open' },
      h('td', { class: 'num idx', text: r + 1 }),
      h('th', { scope: 'row', class: 'claim-text' }, h('span', { class: 'claim-line' }, row.kind === 'unique' ? h('em', { text: 'only ' + label(row.cells[0] ? row.cells[0].o : -1) + ': ' }) : null, row.text)),
      h('td', { class: 'num', text: row.carriers }),
      h('td', null, sevBadge(row.worst) || '\u2013'),
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
    matrixStatus.textContent = 'Showing ' + shown + ' of ' + D.rows.length + ' rows (' + claimRows + ' claims, ' + (D.rows.length - claimRows) + ' outlet-only passages).';
  }
  [sortSel, kindSel, sevSel, onlyBox].forEach(function (c) { c.addEventListener('change', apply); });
  var legend = h('p', { id: 'matrix-legend', class: 'muted', text: 'Claims down, outlets across (in order of publication). ' + SYMBOL.kept + ' kept, ' + SYMBOL.changed + ' changed (with the kinds of change; ! marks a high-severity change), ' + SYMBOL.missing + ' missing (most outlets carry it), + only this outlet, ' + SYMBOL.absent + ' not carried. Select a row (click, or Enter) to compare the wordings.' });
  var table = h('table', { class: 'matrix', id: 'matrix', 'aria-describedby': 'matrix-legend' },
    h('thead', null, h('tr', null,
      h('th', { scope: 'col', class: 'num', text: '#' }), h('th', { scope: 'col', class: 'claim-col', text: 'claim' }), h('th', { scope: 'col', class: 'num', text: 'outlets' }), h('th', { scope: 'col', text: 'worst' }),
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

// ---- divergences, origins, copying ------------------------------------------------------------
function divergenceItem(d) {
  return h('li', null, sevBadge(d.severity), ' ', h('strong', { text: KIND[d.kind] || d.kind }), ' in ', outletButton(d.o), ': ',
    d.message, ' ', d.row >= 0 ? claimButton(d.row, '(compare the wordings)') : null);
}
function divergencesSection() {
  var list = h('ol', { class: 'divergences' });
  var section = h('section', { id: 'divergences', 'aria-labelledby': 'div-h' }, h('h2', { id: 'div-h', text: 'Divergences, most serious first' }), list);
  if (!D.divergences.length) list.replaceWith(h('p', { text: 'No outlet changes a claim the others carry.' }));
  else moreList(list, D.divergences, 40, divergenceItem);
  return section;
}
function originsSection() {
  var n = D.outlets.length;
  var tbody = h('tbody', null, D.origins.map(function (o) {
    var ev = [];
    for (var k = 0; k < o.evidence.length; k += 3) ev.push([o.evidence[k], o.evidence[k + 1], o.evidence[k + 2]]);
    return h('tr', null, h('th', { scope: 'row', text: o.name }), h('td', { text: o.kind }),
      h('td', null, o.outlets.length + ' of ' + n + ': ', o.outlets.map(function (i, j) { return [j ? ', ' : '', outletButton(i)]; })),
      h('td', null, h('details', null, h('summary', { text: plural(ev.length, 'quotation') }),
        h('ul', null, ev.map(function (e) { return h('li', null, h('b', { text: label(e[0]) + ': ' }), quoteInContext(e[0], e[1], e[2])); })))));
  }));
  var copies = h('ol', null);
  var section = h('section', { id: 'origins', 'aria-labelledby': 'origins-h' },
    h('h2', { id: 'origins-h', text: 'Origins and attributions' }),
    h('p', { class: 'muted', text: 'Who each outlet credits (wires, outlets, counted and named sources), with the words that credit them.' }),
    D.origins.length ? h('div', { class: 'table-wrap' }, h('table', null,
      h('thead', null, h('tr', null, ['origin', 'kind', 'credited by', 'evidence'].map(function (c) { return h('th', { scope: 'col', text: c }); }))), tbody))
      : h('p', { text: 'No outlet credits a source.' }),
    h('h3', { id: 'copying', text: 'Likely copying' }),
    h('p', { class: 'muted', text: 'An outlet that repeats another word for word beyond what every outlet took from the common source; strongest first.' }),
    copies);
  if (!D.copying.length) copies.replaceWith(h('p', { text: 'No outlet repeats another beyond the common source.' }));
  else moreList(copies, D.copying, 25, function (c) {
    var passages = [];
    for (var k = 0; k < c.evidence.length; k += 2) passages.push([c.evidence[k], c.evidence[k + 1]]);
    return h('li', null, outletButton(c.to), ' repeats ', outletButton(c.from), ' (' + Math.round(c.score * 100) + '% of its word sequences)',
      h('details', null, h('summary', { text: plural(passages.length, 'passage') + ' repeated word for word' }),
        h('ul', null, passages.map(function (p) { return h('li', null, h('q', { text: slice(c.to, p[0], p[1]) })); }))));
  });
  return section;
}

// ---- views ----------------------------------------------------------------------------------
var viewEl, viewBody, viewTitle, backdrop, mainEl, stack = [];
function openView(title, body, opener) {
  stack.push({ title: title, body: body, opener: opener || document.activeElement });
  showTop();
}
function showTop() {
  var top = stack[stack.length - 1];
  viewTitle.textContent = top.title;
  viewBody.replaceChildren(top.body);
  viewEl.hidden = false; backdrop.hidden = false; mainEl.inert = true;
  viewEl.setAttribute('data-view', top.body.getAttribute('data-view-kind') || '');
  viewTitle.focus();
  viewBody.scrollTop = 0;
}
function closeView() {
  var top = stack.pop();
  if (stack.length) { showTop(); return; }
  viewEl.hidden = true; backdrop.hidden = true; mainEl.inert = false;
  viewBody.replaceChildren();
  if (top && top.opener && document.contains(top.opener)) top.opener.focus();
}
function diffNodes(ops, base, variant) {
  if (!ops) return [variant];
  var out = [];
  for (var k = 0; k < ops.length; k += 3) {
    var op = ops[k], a = ops[k + 1], b = ops[k + 2];
    if (op === DIFF_SAME) out.push(variant.slice(a, b));
    else if (op === DIFF_ADDED) out.push(h('ins', { class: 'add', title: 'not in the representative wording', text: variant.slice(a, b) }));
    else if (op === DIFF_LACKING) out.push(h('del', { class: 'lack', title: 'in the representative wording, not here', text: base.slice(a, b) }));
  }
  return out;
}
function openRow(r, opener) {
  var row = D.rows[r];
  if (!row) return;
  var body = h('div', { 'data-view-kind': row.kind });
  if (row.kind === 'unique') {
    var c = row.cells[0];
    add(body, [h('p', null, 'Only ', outletButton(c.o), ' has this passage; no other outlet carries it.'),
      h('blockquote', { text: row.text })]);
    openView('Outlet-only passage ' + (r + 1), body, opener);
    return;
  }
  var carrying = {};
  row.cells.forEach(function (c) { carrying[c.o] = 1; });
  var lacking = D.outlets.map(function (_, o) { return o; }).filter(function (o) { return !carrying[o]; });
  add(body, [
    h('p', null, 'Representative wording, carried by ' + row.carriers + ' of ' + D.outlets.length + ' outlets', row.worst ? [' (worst change: ', sevBadge(row.worst), ')'] : null, ':'),
    h('blockquote', { class: 'representative', text: row.text }),
    lacking.length ? h('p', null, h('strong', { text: (row.missing ? 'Missing from' : 'Not carried by') + ': ' }), lacking.map(function (o, j) { return [j ? ', ' : '', outletButton(o)]; })) : null,
    h('p', { class: 'muted' }, 'Each outlet\u2019s words, against the representative wording: ', h('ins', { class: 'add', text: 'words it adds or changes' }), ' and ', h('del', { class: 'lack', text: 'words it lacks' }), '.'),
    h('div', { class: 'wordings', role: 'table', 'aria-label': 'Wordings side by side' },
      h('div', { class: 'head', role: 'columnheader', text: 'outlet' }), h('div', { class: 'head', role: 'columnheader', text: 'wording' }), h('div', { class: 'head', role: 'columnheader', text: 'divergences' }),
      row.cells.map(function (c) {
        var wording = slice(c.o, c.a, c.b);
        return [h('div', { role: 'rowheader', 'data-wording-outlet': c.o }, outletButton(c.o), h('br'), h('span', { class: 'muted', text: STATE_LABEL[STATES[c.s]] })),
          h('div', { role: 'cell', class: 'wording' }, diffNodes(c.w, row.text, wording)),
          h('div', { role: 'cell' }, c.d.length ? h('ul', null, c.d.map(function (i) {
            var d = D.divergences[i];
            return h('li', null, sevBadge(d.severity), ' ', h('strong', { text: KIND[d.kind] || d.kind }), ': ', d.message);
          })) : h('span', { class: 'muted', text: 'none' }))];
      }))]);
  openView('Claim ' + (r + 1) + ' of ' + claimRows, body, opener);
}
function openOutlet(o, opener) {
  var out = D.outlets[o];
  if (!out) return;
  var body = h('div', { 'data-view-kind': 'outlet' });
  var href = out.link ? webHref(out.url) : null;
  var mine = [];
  D.divergences.forEach(function (d, i) { if (d.o === o) mine.push(i); });
  add(body, [
    h('dl', { class: 'meta' },
      [['outlet', out.outlet], ['title', out.title], ['byline', out.byline], ['published', out.published ? when(out.published) : null], ['source', out.source]].map(function (p) {
        return p[1] ? [h('dt', { text: p[0] }), h('dd', { text: p[1] })] : null;
      }),
      out.url ? [h('dt', { text: 'URL' }), h('dd', null, href ? h('a', { href: href, rel: 'noopener noreferrer', target: '_blank', text: out.url }) : out.url)] : null,
      h('dt', { text: 'claims' }), h('dd', { text: out.counts[0] + ' carried, ' + out.counts[1] + ' missing, ' + out.counts[2] + ' changed, ' + out.counts[3] + ' dropped details, ' + out.counts[4] + ' added' })),
    h('ul', { class: 'legend', 'aria-label': 'Legend' },
      h('li', null, h('span', { class: 'm-claim', text: 'solid underline' }), ' a shared claim (select to compare)'),
      h('li', null, h('span', { class: 'm-div', text: 'boxed' }), ' a divergence, tagged with its kind'),
      h('li', null, h('span', { class: 'm-only', text: 'dashed' }), ' only this outlet'),
      h('li', null, h('span', { class: 'm-credit', text: 'dotted' }), ' a credited source')),
    h('h3', { text: 'Text' }),
    articleText(o),
    h('h3', { text: plural(mine.length, 'divergence') + ' in this outlet' }),
    mine.length ? h('ol', { class: 'divergences' }, mine.map(function (i) {
      var d = D.divergences[i];
      return h('li', null, sevBadge(d.severity), ' ', h('strong', { text: KIND[d.kind] || d.kind }), ': ', d.message, ' ', d.row >= 0 ? claimButton(d.row, '(compare)') : null);
    })) : h('p', { class: 'muted', text: 'None.' }),
    h('details', { class: 'removed' }, h('summary', { text: 'Removed from the page as boilerplate (' + plural(out.removed.length, 'piece') + ')' }),
      out.removed.length ? h('ul', null, out.removed.map(function (r) { return h('li', null, h('strong', { text: r[0] + ': ' }), r[1]); })) : h('p', { text: 'Nothing was removed.' }))]);
  openView(out.label, body, opener);
}
function articleText(o) {
  var out = D.outlets[o], text = out.text, marks = out.marks, pos = 0;
  var box = h('div', { class: 'article-text', 'data-article-text': o });
  out.segments.forEach(function (seg) {
    var a = seg[0], b = seg[1];
    if (a > pos) box.appendChild(document.createTextNode(text.slice(pos, a)));
    var cls = [], titles = [], row = -1, tags = [];
    for (var k = 2; k < seg.length; k++) {
      var type = marks[seg[k] * 2], ref = marks[seg[k] * 2 + 1];
      if (type === MARK_CLAIM) { cls.push('m-claim'); row = ref; titles.push('claim ' + (ref + 1)); }
      else if (type === MARK_ONLY) { cls.push('m-only'); row = ref; titles.push('only this outlet'); }
      else if (type === MARK_CREDIT) { cls.push('m-credit'); titles.push('credits ' + D.origins[ref].name); }
      else if (type === MARK_DIV) {
        var d = D.divergences[ref];
        cls.push('m-div'); if (d.severity === 'high') cls.push('m-high');
        titles.push(d.severity + ' ' + (KIND[d.kind] || d.kind) + ': ' + d.message);
        if (d.b === b) tags.push((KIND[d.kind] || d.kind) + (d.severity === 'high' ? ' !' : ''));
      }
    }
    if (row >= 0) cls.push('m-clickable');
    box.appendChild(h('span', { class: cls.join(' '), title: titles.join('\n'), 'data-row': row >= 0 ? row : null, text: text.slice(a, b) }));
    if (tags.length) box.appendChild(h('sup', { class: 'tag', text: '[' + tags.join('; ') + ']' }));
    pos = b;
  });
  if (pos < text.length) box.appendChild(document.createTextNode(text.slice(pos)));
  box.addEventListener('click', function (e) {
    var el = e.target.closest('[data-row]');
    if (el) openRow(Number(el.getAttribute('data-row')), el);
  });
  return box;
}

// ---- page -----------------------------------------------------------------------------------
function build() {
  var app = document.getElementById('app');
  mainEl = app;
  var header = document.getElementById('page-header');
  header.replaceChildren(
    h('a', { class: 'skip', href: '#matrix-section', text: 'Skip to the claim matrix' }),
    h('h1', { text: D.title || 'Untitled story' }),
    h('p', { class: 'muted', text: D.first ? (D.first === D.last ? 'Published ' + when(D.first) : 'Published between ' + when(D.first) + ' and ' + when(D.last)) : 'Undated' }),
    h('nav', { class: 'sections', 'aria-label': 'Sections' }, [['#overview', 'Overview'], ['#matrix-section', 'Claim matrix'], ['#divergences', 'Divergences'], ['#origins', 'Origins'], ['#copying', 'Copying']].map(function (l) {
      return h('a', { href: l[0], text: l[1] });
    })));
  app.replaceChildren(overview(), matrix(), divergencesSection(), originsSection());
  backdrop = h('div', { id: 'view-backdrop', hidden: true });
  viewTitle = h('h2', { id: 'view-title', tabindex: '-1' });
  viewBody = h('div', { class: 'view-body' });
  viewEl = h('section', { id: 'view', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'view-title', hidden: true },
    h('div', { class: 'view-bar' }, viewTitle, h('button', { type: 'button', class: 'close', text: 'Close (Esc)', onclick: function () { closeView(); } })),
    viewBody);
  backdrop.addEventListener('click', function () { while (stack.length) closeView(); });
  document.body.appendChild(backdrop);
  document.body.appendChild(viewEl);
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && stack.length) { e.preventDefault(); closeView(); }
  });
  var closed = [];
  window.addEventListener('beforeprint', function () {
    closed = Array.prototype.filter.call(document.querySelectorAll('details'), function (d) { return !d.open; });
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () { closed.forEach(function (d) { d.open = false; }); closed = []; });
  document.documentElement.setAttribute('data-ready', 'true');
}
build();
})();
`;
