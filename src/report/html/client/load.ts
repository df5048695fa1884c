/**
 * Part of the report script (see ../report-client.ts): reads the data block and hands the data to `run`.
 * A small report's block is JSON, read at once; a big one's is gzip in base64 (see ../data-block.ts),
 * inflated by the browser's DecompressionStream. No network is involved: the bytes are the page's own.
 */
export const CLIENT_LOAD = String.raw`function loadData(run) {
  var block = document.getElementById('wiretrace-data');
  if (block.getAttribute('data-encoding') !== 'gzip-base64') { run(JSON.parse(block.textContent)); return; }
  function fail(why) {
    var app = document.getElementById('app');
    var note = document.createElement('p');
    note.className = 'load-failed';
    note.textContent = 'This report could not be shown: ' + why;
    app.insertBefore(note, app.firstChild);
    document.documentElement.setAttribute('data-ready', 'failed');
  }
  if (typeof DecompressionStream !== 'function' || typeof Response !== 'function') {
    fail('its data is compressed, and this browser cannot inflate it (Chrome or Edge 80, Firefox 113 and Safari 16.4 or later can).');
    return;
  }
  var binary = atob(block.textContent.trim()), bytes = new Uint8Array(binary.length);
  for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text().then(function (text) {
    // out of the promise, so an error in building the page is reported like any other
    setTimeout(function () { run(JSON.parse(text)); });
  }, function () { fail('its data is damaged.'); });
}
`;
