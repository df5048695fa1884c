/** Part of the report script (see ../report-client.ts): the claim and outlet views: wordings side by side with word diffs; an outlet's text with highlights. */
export const CLIENT_VIEWS = String.raw`var viewEl, viewBody, viewTitle, backdrop, mainEl, headerEl, stack = [];
function openView(title, body, opener) {
  stack.push({ title: title, body: body, opener: opener || document.activeElement });
  showTop();
}
function showTop() {
  var top = stack[stack.length - 1];
  viewTitle.textContent = top.title;
  viewBody.replaceChildren(top.body);
  viewEl.hidden = false; backdrop.hidden = false; mainEl.inert = true; headerEl.inert = true;
  viewEl.setAttribute('data-view', top.body.getAttribute('data-view-kind') || '');
  viewTitle.focus();
  viewBody.scrollTop = 0;
}
function closeView() {
  var top = stack.pop();
  if (stack.length) { showTop(); return; }
  viewEl.hidden = true; backdrop.hidden = true; mainEl.inert = false; headerEl.inert = false;
  viewBody.replaceChildren();
  if (top && top.opener && document.contains(top.opener)) top.opener.focus();
}
// What row r's wordings are diffed and judged against: the baseline's wording where the baseline carries the claim,
// else the representative wording (and most outlets judge).
function baseText(r) {
  var row = D.rows[r];
  return row.base >= 0 ? slice(row.o[row.base], row.a[row.base], row.b[row.base]) : row.text;
}
function baseName(row) { return row.base >= 0 ? 'the baseline wording' : 'the representative wording'; }
// A wording as shown in the claim view: its word diff against the baseline's (or the representative) wording when
// it has one (a close wording), else the words as written; in both, the words of its divergences boxed in
// place and tagged with their kind.
function wordingNodes(c, base, row) {
  var text = slice(c.o, c.a, c.b), out = [];
  var marks = c.d.filter(function (i) { return D.divergences[i].t !== 1; }).map(function (i) {
    var d = D.divergences[i];
    return { a: Math.max(0, d.a - c.a), b: Math.min(text.length, d.b - c.a), d: d };
  }).filter(function (m) { return m.b > m.a; });
  var pieces = [];
  if (c.w) for (var k = 0; k < c.w.length; k += 3) {
    var op = c.w[k];
    if (op === DIFF_LACKING) pieces.push({ lack: base.slice(c.w[k + 1], c.w[k + 2]) });
    else pieces.push({ a: c.w[k + 1], b: c.w[k + 2], add: op === DIFF_ADDED });
  }
  else pieces.push({ a: 0, b: text.length, add: false });
  pieces.forEach(function (p) {
    if (p.lack !== undefined) { out.push(h('del', { class: 'lack', title: 'in ' + baseName(row) + ', not here', text: p.lack })); return; }
    var pos = p.a;
    while (pos < p.b) {
      var next = p.b, over = [];
      marks.forEach(function (m) {
        if (m.a <= pos && pos < m.b) { over.push(m); next = Math.min(next, m.b); }
        else if (m.a > pos) next = Math.min(next, m.a);
      });
      var t = text.slice(pos, next);
      var node = p.add ? h('ins', { class: 'add', title: 'not in ' + baseName(row), text: t }) : t;
      if (over.length) {
        node = h('mark', { class: 'm-div' + (over.some(function (m) { return m.d.severity === 'high'; }) ? ' m-high' : ''),
          title: over.map(function (m) { return m.d.severity + ' ' + (KIND[m.d.kind] || m.d.kind) + ': ' + m.d.message; }).join('\n') }, node);
      }
      out.push(node);
      var ending = marks.filter(function (m) { return m.b === next; });
      if (ending.length) out.push(h('sup', { class: 'tag', text: '[' + ending.map(function (m) { return (KIND[m.d.kind] || m.d.kind) + (m.d.severity === 'high' ? ' !' : ''); }).join('; ') + ']' }));
      pos = next;
    }
  });
  return out;
}
function wordingNote(c, row) {
  if (row.base >= 0 && c.o === row.o[row.base]) return 'the baseline (' + D.baseline.why + ')';
  if (row.base < 0 && sameText(slice(c.o, c.a, c.b), row.text)) return 'the representative wording';
  if (c.w) return 'close wording (' + c.p + '% of words shared)';
  return c.p >= 0 ? 'reworded (' + c.p + '% of words shared)' : 'reworded';
}
// One carrying outlet's side of row r (its j-th cell): its words, divergences and word diff.
function cellView(r, j) {
  var row = D.rows[r], o = row.o[j], wording = row.k[j] >= 0 ? row.wordings[row.k[j]] : null;
  return { o: o, a: row.a[j], b: row.b[j], d: cellDivs(r, o), w: wording ? wording.w : null, p: wording ? wording.p : -1, state: cellState(r, j) };
}
function wordingRow(c, row, base) {
  return [h('div', { role: 'rowheader', 'data-wording-outlet': c.o }, outletButton(c.o), h('br'), h('span', { class: 'muted', text: STATE_LABEL[c.state] }), h('br'), h('span', { class: 'muted small', text: wordingNote(c, row) })),
    h('div', { role: 'cell', class: 'wording' + (c.w ? ' close' : ' reworded') }, wordingNodes(c, base, row)),
    h('div', { role: 'cell' }, c.d.length ? h('ul', null, c.d.map(function (i) {
      var d = D.divergences[i];
      return h('li', null, sevBadge(d.severity), ' ', h('strong', { text: KIND[d.kind] || d.kind }), ': ', d.message);
    })) : h('span', { class: 'muted', text: 'none' }))];
}
// Every carrying outlet's wording side by side: all of them, or past LONG_LIST a page at a time, with a search
// over the outlets' names and words and a choice to see the changed ones only.
var WORDINGS_PER_PAGE = 100;
function wordingsTable(r) {
  var row = D.rows[r], base = baseText(r);
  var head = [h('div', { class: 'head', role: 'columnheader', text: 'outlet' }), h('div', { class: 'head', role: 'columnheader', text: 'wording' }), h('div', { class: 'head', role: 'columnheader', text: 'divergences' })];
  var grid = h('div', { class: 'wordings', role: 'table', 'aria-label': 'Wordings side by side' });
  var all = row.o.map(function (_, j) { return j; });
  if (all.length <= LONG_LIST) {
    add(grid, [head, all.map(function (j) { return wordingRow(cellView(r, j), row, base); })]);
    return grid;
  }
  var shown = all, query = '';
  var pager = makePager('wordings', WORDINGS_PER_PAGE, function (from, to) {
    var kids = head.slice();
    for (var i = from; i < to; i++) kids = kids.concat(wordingRow(cellView(r, shown[i]), row, base));
    grid.replaceChildren.apply(grid, kids);
  });
  var changedOnly = h('input', { type: 'checkbox', id: 'wordings-changed' });
  function apply() {
    shown = all.filter(function (j) {
      if (changedOnly.checked && cellState(r, j) !== 'changed') return false;
      return !query || words(label(row.o[j]) + ' ' + slice(row.o[j], row.a[j], row.b[j])).indexOf(query) >= 0;
    });
    pager.reset(shown.length);
  }
  changedOnly.addEventListener('change', apply);
  var search = searchBox('wordings-search', 'Find outlets or words', function (q) { query = q; apply(); });
  apply();
  return h('div', null, h('div', { class: 'list-controls' }, search, h('label', null, changedOnly, ' changed wordings only')), pager.el, grid);
}
function openRow(r, opener) {
  var row = D.rows[r];
  if (!row) return;
  var body = h('div', { 'data-view-kind': row.kind });
  if (row.kind === 'unique') {
    var found = cellDivs(r, row.o[0]);
    add(body, [h('p', null, 'Only ', outletButton(row.o[0]), ' has this passage; no other outlet carries it.'),
      h('blockquote', { text: rowText(r) }),
      found.length ? h('ul', { class: 'divergences' }, found.map(function (i) {
        var d = D.divergences[i];
        return h('li', null, sevBadge(d.severity), ' ', h('strong', { text: KIND[d.kind] || d.kind }), ': ', d.message);
      })) : null]);
    openView('Outlet-only passage ' + (r + 1), body, opener);
    return;
  }
  var lacking = [];
  for (var o = 0, j = 0; o < D.outlets.length; o++) {
    if (row.o[j] === o) j++;
    else lacking.push(o);
  }
  var carried = ', carried by ' + row.carriers + ' of ' + D.outlets.length + ' outlets';
  var worst = row.worst ? [' (worst change: ', sevBadge(row.worst), ')'] : null;
  add(body, [
    row.base >= 0
      ? h('p', { class: 'baseline-note' }, h('strong', { text: 'Baseline wording' }), ': ', outletButton(row.o[row.base]), ' (' + D.baseline.why + '), which every other wording is diffed and judged against' + carried, worst, ':')
      : h('p', { class: 'baseline-note' }, 'Representative wording (the version closest to all the others)' + carried, worst, '. ', h('strong', { text: 'Judged against most outlets' }),
        D.baseline ? [': the baseline, ', outletButton(D.baseline.outlet), ' (' + D.baseline.why + '), does not carry this claim.'] : (D.judgedAgainst ? ' (' + D.judgedAgainst + ').' : '.')),
    h('blockquote', { class: 'representative', text: baseText(r) }),
    row.told && row.told !== 'changed' ? h('p', { class: 'told' }, h('strong', { text: row.told === 'alike' ? 'Told alike: ' : 'Told in other words: ' }), row.told === 'alike' ? 'every outlet carrying it uses the same words, up to equivalent forms (32 / thirty-two) and order.' : 'the wordings differ, but no change of fact, attribution, hedge or framing was found.') : null,
    lacking.length ? h('p', null, h('strong', { text: (row.missing ? 'Missing from' : 'Not carried by') + ': ' }), outletList(lacking)) : null,
    h('p', { class: 'muted' }, 'Each outlet\u2019s words. A close wording is marked against ' + baseName(row) + ': ', h('ins', { class: 'add', text: 'words it adds or changes' }), ' and ', h('del', { class: 'lack', text: 'words it lacks' }),
      '; a reworded one is shown as written. In both, ', h('mark', { class: 'm-div', text: 'boxed words' }), ' are where a divergence was found, tagged with its kind (! high severity).'),
    wordingsTable(r)]);
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
        if (!p[1]) return null;
        return [h('dt', { text: p[0] }), p[0] === 'title' ? h('dd', { class: 'headline' }, titleNodes(o, mine)) : h('dd', { text: p[1] })];
      }),
      out.url ? [h('dt', { text: 'URL' }), h('dd', null, href ? h('a', { href: href, rel: 'noopener noreferrer', target: '_blank', text: out.url }) : out.url)] : null,
      h('dt', { text: 'claims' }), h('dd', { text: out.counts[0] + ' carried, ' + out.counts[1] + ' missing, ' + out.counts[2] + ' changed, ' + out.counts[3] + ' dropped details, ' + out.counts[4] + ' added' }),
      h('dt', { text: 'baseline' }), h('dd', { 'data-baseline': D.baseline && D.baseline.outlet === o ? 'self' : 'other' }, outletBaseline(o))),
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
// What an outlet's wordings are judged against, or that it is the baseline the others are judged against.
function outletBaseline(o) {
  var b = D.baseline;
  if (b && b.outlet === o) return 'this version (' + b.why + '): every other version is diffed and judged against it, in the ' + plural(b.claims, 'shared claim') + ' it carries';
  if (b) return ['judged against ', outletButton(b.outlet), ' (' + b.why + ') in the claims it carries, against most outlets in the others'];
  return 'none: judged against ' + (D.judgedAgainst || 'most outlets');
}
// The headline as written, the words of its headline findings boxed and tagged like those of the text.
function titleNodes(o, mine) {
  var title = D.outlets[o].title || '', out = [], pos = 0;
  mine.map(function (i) { return D.divergences[i]; }).filter(function (d) { return d.t === 1 && d.b <= title.length && d.a < d.b; })
    .sort(function (x, y) { return x.a - y.a; }).forEach(function (d) {
      if (d.a < pos) return;
      out.push(title.slice(pos, d.a));
      out.push(h('span', { class: 'm-div' + (d.severity === 'high' ? ' m-high' : ''), title: d.severity + ' ' + (KIND[d.kind] || d.kind) + ': ' + d.message, text: title.slice(d.a, d.b) }));
      out.push(h('sup', { class: 'tag', text: (KIND[d.kind] || d.kind) + (d.severity === 'high' ? ' !' : '') }));
      pos = d.b;
    });
  out.push(title.slice(pos));
  return out;
}
function articleText(o) {
  var out = D.outlets[o], text = out.text, lit = outletHighlights(o), marks = lit.marks, pos = 0;
  var box = h('div', { class: 'article-text', 'data-article-text': o, lang: out.language });
  lit.segments.forEach(function (seg) {
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
`;
