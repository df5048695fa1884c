import type { Page } from 'playwright-core';

// Plain JavaScript run in the page: a TypeScript function would arrive with tsx's __name helper calls.
const CHECK = String.raw`(root) => {
  var parse = function (c) { return (c.match(/[\d.]+/g) || []).map(Number); };
  var lum = function (rgb) {
    var v = rgb.slice(0, 3).map(function (x) { var s = x / 255; return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4); });
    return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
  };
  var background = function (el) {
    for (var e = el; e; e = e.parentElement) {
      var c = parse(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] >= 0.99)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  var out = [];
  Array.prototype.forEach.call(document.querySelectorAll(root), function (base) {
    var walker = document.createTreeWalker(base, NodeFilter.SHOW_TEXT);
    var seen = new Set();
    for (var n = walker.nextNode(); n; n = walker.nextNode()) {
      var el = n.parentElement;
      if (!el || seen.has(el) || !n.textContent.trim()) continue;
      seen.add(el);
      var style = getComputedStyle(el);
      if (style.visibility === 'hidden' || el.getClientRects().length === 0) continue;
      var a = lum(parse(style.color)), b = lum(background(el));
      var ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      var size = parseFloat(style.fontSize);
      var large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) out.push(n.textContent.trim().slice(0, 40) + ': ' + ratio.toFixed(2));
    }
  });
  return out;
}`;

/**
 * Text under `selector` whose colour against its effective background is below WCAG AA (4.5:1, or
 * 3:1 for large text), as "text: ratio" lines. Backgrounds are taken from the nearest ancestor with
 * an opaque one, so it checks the page as styled, not as intended.
 */
export async function contrastFailures(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(`(${CHECK})(${JSON.stringify(selector)})`) as Promise<string[]>;
}
