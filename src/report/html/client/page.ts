/** Part of the report script (see ../report-client.ts): builds the page: header, sections, the view dialog, Escape, and print. */
export const CLIENT_PAGE = String.raw`function build() {
  var app = document.getElementById('app');
  mainEl = app;
  var header = document.getElementById('page-header');
  headerEl = header;
  header.replaceChildren(
    h('a', { class: 'skip', href: '#matrix-section', text: 'Skip to the claim matrix' }),
    h('h1', { text: D.title || 'Untitled story' }),
    h('p', { class: 'muted story-meta', text: D.dateRange ? 'Published ' + D.dateRange : 'Undated' }),
    h('nav', { class: 'sections', 'aria-label': 'Sections' }, [['#matrix-section', 'Claim matrix'], ['#outlets-section', 'Outlets'], ['#divergences', 'All divergences'], ['#origins', 'Origins'], ['#copying', 'Copying']].map(function (l) {
      return h('a', { href: l[0], text: l[1] });
    })));
  app.replaceChildren(glance(), matrix(), outletsSection(), divergencesSection(), originsSection());
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
    lazyFills.forEach(function (fill) { fill(); });
  });
  window.addEventListener('afterprint', function () { closed.forEach(function (d) { d.open = false; }); closed = []; });
  document.documentElement.setAttribute('data-ready', 'true');
  if (window.performance && performance.mark) performance.mark('wiretrace-built');
}
build();
`;
