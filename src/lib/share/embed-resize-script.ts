import { EMBED_REQUEST_TYPE, readEmbedHeight } from './embed-message.ts';

/**
 * The optional script another site puts beside the `<iframe>` of an embedded map. It listens for
 * the embed's height message (./embed-message.ts) and sets the height of the one frame that sent
 * it, and only when the message comes from this site's origin (taken from the script's own
 * address) and from a frame on the page. Plain ES5 with no dependency: it runs on the host's page.
 */
export function embedResizeScript(): string {
  return `/* Fits embedded maps of this site to their content. Optional: without it the frame keeps its stated height. */
(function () {
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src, location.href).origin;
  var readEmbedHeight = ${readEmbedHeight.toString()};
  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var height = readEmbedHeight(event.data);
    if (height === null) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = height + 'px';
    }
  });
  // A frame that loaded before this script sent its height to no one: ask the site's frames again.
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    var src = frames[i].getAttribute('src');
    if (src && new URL(src, location.href).origin === origin && frames[i].contentWindow)
      frames[i].contentWindow.postMessage({ type: ${JSON.stringify(EMBED_REQUEST_TYPE)} }, origin);
  }
})();
`;
}
