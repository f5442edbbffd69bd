/*
 * ITP Pathway embed host script (optional). Add it once to a page that embeds ITP Pathway widgets:
 *   <script src="https://itp-pathway.example.org/embed-host.js" defer></script>
 * A copy kept elsewhere (uploaded into a course platform) names the site it serves instead:
 *   <script src="embed-host.js" data-origin="https://itp-pathway.example.org" defer></script>
 *
 * It sizes each widget's iframe to its content, and re-dispatches the widget's messages as DOM events on
 * the iframe ("itp-pathway:ready", "itp-pathway:resize", "itp-pathway:notices", "itp-pathway:result",
 * "itp-pathway:statement", with the message as `event.detail`) for pages that want them. A widget's
 * message is used only when it comes from one of this page's ITP Pathway iframes: `event.source` must be
 * that iframe's window, and `event.origin` the site's origin — or "null", the origin of every `sandbox`
 * frame without `allow-same-origin` (and of any frame inside one).
 *
 * When this page is itself framed (a course platform's content frame around the widget), it passes its own
 * height up, so the frame around it grows too: as "host-resize" for a copy of this script in the page above,
 * and as the platform's own resize messages (lti.frameResize as a JSON string, its Brightspace alias, and
 * H5P's resize). It resizes a frame of this page that sends "host-resize", whatever that frame's origin,
 * but only the frame that sent it, and never beyond MAX_HEIGHT.
 * Plain JavaScript with no dependencies, so it works in any page; it sends nothing anywhere else.
 */
(function () {
  'use strict';
  // Loaded twice: the first copy does the work (a flag on window, read and set without a typed property).
  if (Reflect.get(window, 'itpPathwayHost')) return;
  Reflect.set(window, 'itpPathwayHost', true);
  // A module script has no currentScript: then the first tag that loads this script, or names the site.
  var script = document.currentScript || document.querySelector('script[data-origin], script[src$="embed-host.js"]');
  var named = script && script.getAttribute('data-origin');
  var origin = new URL(named || (script && script.src) || window.location.href, window.location.href).origin;
  var MAX_HEIGHT = 20000;

  function isWidget(frame) {
    try {
      var url = new URL(frame.getAttribute('src') || '', window.location.href);
      return url.origin === origin && url.pathname.indexOf('/embed/') === 0;
    } catch (error) {
      return false;
    }
  }

  function senderFrame(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return undefined;
  }

  function usableHeight(height) {
    return typeof height === 'number' && height > 0 && height <= MAX_HEIGHT;
  }

  /** Passes this page's height to the page that frames it, if any, in every form a host listens for. */
  var lastReported = -1;
  function reportOwnHeight(again) {
    if (window.parent === window) return;
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if ((height === lastReported && again !== true) || !usableHeight(height)) return;
    lastReported = height;
    var parent = window.parent;
    parent.postMessage({ source: 'itp-pathway', type: 'host-resize', height: height }, '*');
    parent.postMessage(JSON.stringify({ subject: 'lti.frameResize', height: height }), '*');
    parent.postMessage(JSON.stringify({ subject: 'org.imsglobal.lti.frameResize', height: height }), '*');
    parent.postMessage({ context: 'h5p', action: 'resize', scrollHeight: height, height: height }, '*');
  }
  if (window.parent !== window && typeof ResizeObserver === 'function') {
    new ResizeObserver(reportOwnHeight).observe(document.documentElement);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.source !== 'itp-pathway' || typeof data.type !== 'string') return;
    if (data.type === 'host-hello') {
      if (event.source === window.parent && window.parent !== window) reportOwnHeight(true);
      return;
    }
    var frame = senderFrame(event.source);
    if (!frame) return;
    if (data.type === 'host-resize') {
      // A framed page running this script (an LMS's content frame) asks to fit its own content.
      if (usableHeight(data.height)) frame.style.height = Math.ceil(data.height) + 'px';
      return;
    }
    if (!isWidget(frame) || (event.origin !== origin && event.origin !== 'null')) return;
    if (data.type === 'resize' && usableHeight(data.height)) {
      frame.style.height = Math.ceil(data.height) + 'px';
    }
    frame.dispatchEvent(new CustomEvent('itp-pathway:' + data.type, { detail: data }));
  });

  // Frames that reported their height before this script listened are asked again (the widgets and a copy
  // of this script in a framed page answer with their height; nothing else).
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i += 1) {
    if (frames[i].contentWindow) frames[i].contentWindow.postMessage({ source: 'itp-pathway', type: 'host-hello' }, '*');
  }
})();
