/** Part of the report script (see ../report-client.ts): the data's indexes, constants, small DOM helpers and the pager every part of the report script uses (the data itself is `D`, given by the loader). */
export const CLIENT_BASE = String.raw`// Strings many versions share are written once, in D.strings: put each back where it is used.
(function () {
  var S = D.strings;
  function str(i) { return i === null || i === undefined ? null : S[i]; }
  D.outlets.forEach(function (o) {
    o.outlet = str(o.outlet); o.title = str(o.title); o.byline = str(o.byline);
    var removed = [];
    for (var k = 0; k + 1 < o.removed.length; k += 2) removed.push([S[o.removed[k]], S[o.removed[k + 1]]]);
    o.removed = removed;
  });
  D.divergences.forEach(function (d) { d.message = S[d.message]; });
})();
var SEV = { low: 1, medium: 2, high: 3 };
var KIND = D.kindLabels;
var SYMBOL = { kept: '=', changed: '\u2260', missing: '\u2013', only: '+', absent: '\u00b7' };
var STATE_LABEL = { kept: 'kept', changed: 'changed', missing: 'missing', only: 'only here', absent: '' };
var DIFF_SAME = 0, DIFF_ADDED = 1, DIFF_LACKING = 2;
var MARK_CLAIM = 0, MARK_DIV = 1, MARK_ONLY = 2, MARK_CREDIT = 3;
var claimRows = D.rows.filter(function (r) { return r.kind === 'claim'; }).length;
// A list longer than this is drawn a page at a time (only one page in the DOM), with a search over all of it.
var LONG_LIST = 200;
// Divergences by row and outlet: DIV_AT[row][outlet] lists indices into D.divergences, most serious first.
var DIV_AT = D.rows.map(function () { return {}; });
D.divergences.forEach(function (d, i) {
  var at = DIV_AT[d.row];
  if (at) (at[d.o] || (at[d.o] = [])).push(i);
});
// The column of outlet o in a row's cells (row.o ascending), or -1 when the outlet does not carry it.
function cellAt(row, o) {
  var lo = 0, hi = row.o.length - 1;
  while (lo <= hi) {
    var mid = (lo + hi) >> 1, x = row.o[mid];
    if (x === o) return mid;
    if (x < o) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}
function cellDivs(r, o) { return DIV_AT[r][o] || []; }
function cellState(r, j) { var row = D.rows[r]; return row.kind === 'unique' ? 'only' : DIV_AT[r][row.o[j]] ? 'changed' : 'kept'; }
function rowDivCount(r) { var n = 0, at = DIV_AT[r]; Object.keys(at).forEach(function (o) { n += at[o].length; }); return n; }
// A row's words: the claim's representative wording, or the outlet-only passage as its outlet wrote it.
function rowText(r) { var row = D.rows[r]; return row.kind === 'unique' ? slice(row.o[0], row.a[0], row.b[0]) : row.text; }
function num(n) { return Number(n).toLocaleString('en'); }

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
  // A day without a time is shown as a day, never as midnight UTC.
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso) && !isNaN(d.getTime())) return iso;
  return isNaN(d.getTime()) ? String(iso) : d.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}
function plural(n, one, many) { return n + ' ' + (n === 1 ? one : (many || one + 's')); }
function sevBadge(sev) { return sev ? h('span', { class: 'sev sev-' + sev, text: sev }) : null; }
function fileName(path) { var s = String(path || ''); var parts = s.split(/[\\/]/); return parts[parts.length - 1] || s; }
function clipText(text, max) { var s = String(text || ''); return s.length > max ? s.slice(0, max - 1) + '\u2026' : s; }
function sameText(a, b) { return a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase(); }
// The others' words of a divergence, one entry per distinct wording with the outlets that use it.
function versusGroups(d) {
  var groups = [];
  for (var k = 0; k + 2 < d.versus.length; k += 3) {
    var o = d.versus[k], text = slice(o, d.versus[k + 1], d.versus[k + 2]), g = null;
    for (var j = 0; j < groups.length; j++) if (sameText(groups[j].text, text)) { g = groups[j]; break; }
    if (g) { if (g.outlets.indexOf(o) < 0) g.outlets.push(o); } else groups.push({ text: text, outlets: [o] });
  }
  return groups;
}
function someLabels(outlets, max) {
  var names = outlets.slice(0, max).map(label).join(', ');
  return outlets.length > max ? names + ' and ' + (outlets.length - max) + ' more' : names;
}
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
function capFirst(s) { return s.charAt(0).toUpperCase() + s.slice(1); }
function words(s) { return String(s || '').replace(/\s+/g, ' ').trim().toLowerCase(); }
// A pager over a list of total items, size at a time: draw(from, to) draws items from..to-1 and is the
// only thing that touches the list. Hidden while the list fits on one page.
function makePager(noun, size, draw) {
  var first = 0, total = 0;
  var status = h('span', { class: 'pager-status', 'aria-live': 'polite' });
  var input = h('input', { type: 'number', class: 'pager-page', min: '1', 'aria-label': capFirst(noun) + ': page number' });
  var count = h('span');
  var moves = [['first', '\u00ab first', function () { return 0; }], ['prev', '\u2039 previous', function () { return first - size; }],
    ['next', 'next \u203a', function () { return first + size; }], ['last', 'last \u00bb', function () { return total - 1; }]];
  var buttons = moves.map(function (m) { return h('button', { type: 'button', class: 'pager-' + m[0], text: m[1], onclick: function () { go(m[2]()); } }); });
  input.addEventListener('change', function () { var p = Math.floor(Number(input.value)); if (p >= 1) go((p - 1) * size); });
  var el = h('nav', { class: 'pager', 'aria-label': capFirst(noun) + ', page by page' }, buttons[0], buttons[1], status, buttons[2], buttons[3], h('label', null, ' page ', input, count));
  function go(at) {
    first = Math.floor(Math.max(0, Math.min(at, total - 1)) / size) * size;
    var to = Math.min(total, first + size), pages = Math.max(1, Math.ceil(total / size));
    draw(first, to);
    el.hidden = total <= size;
    status.textContent = total ? capFirst(noun) + ' ' + num(first + 1) + '\u2013' + num(to) + ' of ' + num(total) : 'No ' + noun;
    input.value = String(first / size + 1);
    input.max = String(pages);
    count.textContent = ' of ' + num(pages);
    buttons[0].disabled = buttons[1].disabled = first === 0;
    buttons[2].disabled = buttons[3].disabled = to >= total;
  }
  return { el: el, size: size, go: go, reset: function (n, at) { total = n; go(at || 0); }, first: function () { return first; } };
}
// A search box over a long list: onSearch(the words typed, lower case) as they are typed.
function searchBox(id, what, onSearch) {
  var box = h('input', { type: 'search', id: id, class: 'search', placeholder: what, 'aria-label': what });
  box.addEventListener('input', function () { onSearch(words(box.value)); });
  return box;
}
// A long list a page at a time, with a search over every item (textOf gives an item's words); in an
// ordered list each item keeps its number in the whole list.
function pagedList(container, items, size, render, textOf, noun) {
  var shown = items.map(function (_, i) { return i; });
  var numbered = container.tagName === 'OL';
  var pager = makePager(noun, size, function (from, to) {
    var kids = [];
    for (var i = from; i < to; i++) {
      var el = render(items[shown[i]], shown[i]);
      if (numbered) el.value = shown[i] + 1;
      kids.push(el);
    }
    container.replaceChildren.apply(container, kids);
  });
  var search = searchBox(null, 'Search the ' + noun, function (q) {
    shown = [];
    items.forEach(function (item, i) { if (!q || words(textOf(item, i)).indexOf(q) >= 0) shown.push(i); });
    pager.reset(shown.length);
  });
  container.parentNode.insertBefore(h('div', { class: 'list-controls' }, search, pager.el), container);
  pager.reset(shown.length);
  return pager;
}
// A details element whose contents are built when first opened (or printed), for a list too long to build up front.
var lazyFills = [];
function lazyDetails(attrs, summary, build) {
  var body = h('div', { class: 'lazy' }), built = false;
  var el = h('details', attrs, h('summary', { text: summary }), body);
  function fill() { if (!built) { built = true; add(body, build()); } }
  el.addEventListener('toggle', function () { if (el.open) fill(); });
  lazyFills.push(fill);
  return el;
}
// Outlets named in a line: every one when there are at most LONG_LIST, else the first few and the rest on demand, page by page.
var OUTLETS_NAMED = 12;
function outletList(outlets) {
  var names = function (list) { return list.map(function (o, j) { return [j ? ', ' : '', outletButton(o)]; }); };
  if (outlets.length <= LONG_LIST) return names(outlets);
  return [names(outlets.slice(0, OUTLETS_NAMED)), ' \u2026 ', lazyDetails({ class: 'all-outlets' }, 'all ' + num(outlets.length) + ' outlets', function () {
    var list = h('ul', { class: 'outlet-list' }), box = h('div', null, list);
    pagedList(list, outlets, 100, function (o) { return h('li', null, outletButton(o)); }, function (o) { return label(o); }, 'outlets');
    return box;
  })];
}
// A list: whole when it has at most LONG_LIST items (the first few, then a button for the rest), else a page at a time.
function moreList(container, items, first, render, textOf, noun) {
  if (items.length > LONG_LIST) return pagedList(container, items, first, render, textOf, noun);
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
`;
