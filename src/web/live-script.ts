/**
 * The web app's one script, served at /static/live.js: a story page follows its story. It polls the story's state
 * (`/api/stories/{story}/state`, a 304 while nothing changed) and, when a version or an analysis was added, reads the
 * page again and puts its new content in place, saying so in the page's status line. Only this server is asked;
 * what it puts in place is the server's own escaped markup.
 */
export const LIVE_SCRIPT = `'use strict';
(function () {
  var first = document.getElementById('live');
  if (!first || !window.fetch || !window.DOMParser) return;
  var state = first.getAttribute('data-state');
  var tag = first.getAttribute('data-etag');
  var every = Number(first.getAttribute('data-every')) || 5000;
  function poll() {
    fetch(state, { headers: { 'if-none-match': tag }, cache: 'no-store' }).then(function (res) {
      var next = res.headers.get('etag');
      if (res.status !== 200 || !next || next === tag) return null;
      return refresh().then(function (done) { if (done) tag = next; });
    }).catch(function () { return null; }).then(function () { setTimeout(poll, every); });
  }
  function refresh() {
    return fetch(location.pathname + location.search, { cache: 'no-store' }).then(function (res) {
      if (!res.ok) return false;
      return res.text().then(function (text) {
        var doc = new DOMParser().parseFromString(text, 'text/html');
        var fresh = doc.querySelector('main');
        var main = document.querySelector('main');
        if (!fresh || !main) return false;
        // the page's script runs once: a copy in the new content would not run, and is not wanted
        fresh.querySelectorAll('script').forEach(function (s) { s.remove(); });
        main.replaceWith(document.importNode(fresh, true));
        document.title = doc.title;
        var live = document.getElementById('live');
        if (live) live.textContent = 'Updated ' + new Date().toLocaleTimeString() + ': ' + (live.getAttribute('data-says') || 'new versions arrived') + '.';
        return true;
      });
    });
  }
  setTimeout(poll, every);
})();
`;
