/** Part of the report script (see ../report-client.ts): the ranked divergences, the origins with their evidence, and the likely copying. */
export const CLIENT_SECTIONS = String.raw`function divergenceItem(d) {
  return h('li', null, sevBadge(d.severity), ' ', h('strong', { text: KIND[d.kind] || d.kind }), ' in ', outletButton(d.o), ': ',
    d.message, ' ', d.row >= 0 ? claimButton(d.row, '(compare the wordings)') : null);
}
function divergencesSection() {
  var list = h('ol', { class: 'divergences' });
  var section = h('section', { id: 'divergences', 'aria-labelledby': 'div-h' }, h('h2', { id: 'div-h', text: 'Divergences, most serious first' }), list);
  if (!D.divergences.length) list.replaceWith(h('p', { text: 'No outlet changes a claim the others carry.' }));
  else moreList(list, D.divergences, 40, divergenceItem, function (d) { return (KIND[d.kind] || d.kind) + ' ' + d.severity + ' ' + label(d.o) + ' ' + d.message; }, 'divergences');
  return section;
}
function creditedBy(o) { return [o.outlets.length + ' of ' + D.outlets.length + ': ', outletList(o.outlets)]; }
function evidenceList(o) {
  var ev = [];
  for (var k = 0; k < o.evidence.length; k += 3) ev.push([o.evidence[k], o.evidence[k + 1], o.evidence[k + 2]]);
  var item = function (e) { return h('li', null, h('b', { text: label(e[0]) + ': ' }), quoteInContext(e[0], e[1], e[2])); };
  if (ev.length <= LONG_LIST) return h('details', null, h('summary', { text: plural(ev.length, 'quotation') }), h('ul', null, ev.map(item)));
  return lazyDetails(null, plural(ev.length, 'quotation'), function () {
    var list = h('ul', null), box = h('div', null, list);
    pagedList(list, ev, 50, item, function (e) { return label(e[0]) + ' ' + slice(e[0], e[1], e[2]); }, 'quotations');
    return box;
  });
}
function originsSection() {
  var tbody = h('tbody', null, D.origins.map(function (o) {
    return h('tr', null, h('th', { scope: 'row', text: o.name }), h('td', { text: o.kind }),
      h('td', null, creditedBy(o)),
      h('td', null, evidenceList(o)));
  }));
  var copies = h('ol', null);
  var section = h('section', { id: 'origins', 'aria-labelledby': 'origins-h' },
    h('h2', { id: 'origins-h', text: 'Origins and attributions' }),
    h('p', { class: 'muted', text: 'Who each outlet credits (wires, outlets, counted and named sources), with the words that credit them.' }),
    D.origins.length ? h('div', { class: 'table-wrap' }, h('table', null,
      h('thead', null, h('tr', null, ['origin', 'kind', 'credited by', 'evidence'].map(function (c) { return h('th', { scope: 'col', text: c }); }))), tbody))
      : h('p', { text: 'No outlet credits a source.' }),
    D.copies && D.copies.length ? h('h3', { id: 'copies', text: 'Copies' }) : null,
    D.copies && D.copies.length ? h('p', { class: 'muted', text: 'Outlets that ran another\'s text word for word, in part or all but a few words: each version counts once in how many outlets carry a claim.' }) : null,
    D.copies && D.copies.length ? h('ul', null, D.copies.map(function (g) {
      return h('li', null, outletButton(g.version), ', run by ', g.copies.map(function (c, k) { return h('span', null, k ? ', ' : '', outletButton(c.outlet), ' (' + c.how + ')'); }));
    })) : null,
    h('h3', { id: 'copying', text: 'Likely copying' }),
    h('p', { class: 'muted', text: 'An outlet that repeats another word for word beyond what every outlet took from the common source; strongest first.' }),
    copies);
  if (!D.copying.length) copies.replaceWith(h('p', { text: 'No outlet repeats another beyond the common source.' }));
  else moreList(copies, D.copying, 25, copyItem, function (c) { return label(c.to) + ' ' + label(c.from); }, 'copies');
  if (D.setAside && D.setAside.length) {
    var aside = h('ul', null);
    section.append(h('h3', { id: 'set-aside', text: 'Not the same story' }),
      h('p', { class: 'muted', text: 'These articles tell another story and were left out of the comparison (--keep-all compares them).' }), aside);
    moreList(aside, D.setAside, 25, function (a) { return h('li', null, h('b', { text: a.outlet + ': ' }), a.title || '(untitled)', ' (story ' + a.story + ')'); },
      function (a) { return a.outlet + ' ' + (a.title || ''); }, 'articles');
  }
  return section;
}
function copyItem(c) {
  var passages = [];
  for (var k = 0; k < c.evidence.length; k += 2) passages.push([c.evidence[k], c.evidence[k + 1]]);
  return h('li', null, outletButton(c.to), ' repeats ', outletButton(c.from), ' (' + c.percent + '% of its word sequences)',
    h('details', null, h('summary', { text: plural(passages.length, 'passage') + ' repeated word for word' }),
      h('ul', null, passages.map(function (p) { return h('li', null, h('q', { text: slice(c.to, p[0], p[1]) })); }))));
}
`;
