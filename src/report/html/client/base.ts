/** Part of the report script (see ../report-client.ts): the data, constants and small DOM helpers every part of the report script uses. */
export const CLIENT_BASE = String.raw`'use strict';
var D = JSON.parse(document.getElementById('wiretrace-data').textContent);
var STATES = ['kept', 'changed', 'missing', 'only', 'absent'];
var SEV = { low: 1, medium: 2, high: 3 };
var KIND = D.kindLabels;
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
`;
