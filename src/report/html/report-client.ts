import { CLIENT_LOAD } from './client/load.ts';
import { CLIENT_BASE } from './client/base.ts';
import { CLIENT_OVERVIEW } from './client/overview.ts';
import { CLIENT_GLANCE } from './client/glance.ts';
import { CLIENT_MATRIX } from './client/matrix.ts';
import { CLIENT_SECTIONS } from './client/sections.ts';
import { CLIENT_VIEWS } from './client/views.ts';
import { CLIENT_HIGHLIGHTS } from './client/highlights.ts';
import { CLIENT_PAGE } from './client/page.ts';

/**
 * The HTML report's script, as plain browser JavaScript (no build step, no helpers injected). It reads
 * the data block (the loader) and, given the data `D`, builds every view with createElement and
 * textContent: article text never reaches an HTML parser. Links are made only from http(s) URLs. Its
 * parts (client/*.ts) are String.raw template literals, so none may contain a backtick or "${".
 */
export const REPORT_CLIENT = [
  '(function () {', "'use strict';", CLIENT_LOAD,
  'function run(D) {', CLIENT_BASE, CLIENT_GLANCE, CLIENT_OVERVIEW, CLIENT_MATRIX, CLIENT_SECTIONS, CLIENT_VIEWS, CLIENT_HIGHLIGHTS, CLIENT_PAGE, '}',
  'loadData(run);', '})();', '',
].join('\n');
