/** Part of the report script (see ../report-client.ts): the overview: figures, credited origins, counts by severity and kind, the outlets table. */
export const CLIENT_OVERVIEW = String.raw`function overview() {
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
`;
