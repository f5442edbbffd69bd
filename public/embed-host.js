/*
 * ITP Pathway embed host script (optional). Add it once to a page that embeds ITP Pathway widgets:
 *   <script src="https://itp-pathway.example.org/embed-host.js" defer></script>
 * It sizes each widget's iframe to its content, and re-dispatches the widget's messages as DOM events on
 * the iframe ("itp-pathway:ready", "itp-pathway:resize", "itp-pathway:result", with the message as
 * `event.detail`) for pages that want the result. A message is used only when it comes from one of this
 * page's ITP Pathway iframes: `event.source` must be that iframe's window, and `event.origin` the
 * iframe's origin — or "null", the origin every `sandbox` frame without `allow-same-origin` reports.
 * Plain JavaScript with no dependencies, so it works in any page; it sends nothing anywhere.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var origin = new URL(script && script.src ? script.src : window.location.href).origin;
  var MAX_HEIGHT = 20000;

  function widgetFrames() {
    return Array.prototype.filter.call(document.getElementsByTagName('iframe'), function (frame) {
      try {
        var url = new URL(frame.src, window.location.href);
        return url.origin === origin && url.pathname.indexOf('/embed/') === 0;
      } catch (error) {
        return false;
      }
    });
  }

  function sandboxedWithoutOrigin(frame) {
    return frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin');
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.source !== 'itp-pathway' || typeof data.type !== 'string') return;
    var frame = widgetFrames().filter(function (candidate) {
      return candidate.contentWindow === event.source;
    })[0];
    if (!frame) return;
    var expected = sandboxedWithoutOrigin(frame) ? 'null' : origin;
    if (event.origin !== expected) return;
    if (data.type === 'resize' && typeof data.height === 'number' && data.height > 0 && data.height <= MAX_HEIGHT) {
      frame.style.height = Math.ceil(data.height) + 'px';
    }
    frame.dispatchEvent(new CustomEvent('itp-pathway:' + data.type, { detail: data }));
  });
})();
