/**
 * Inside an embedded map: tell the page around the frame how tall the content is, whenever it
 * changes (fonts, the data table opened or closed, a narrower frame). Only when framed; the
 * height is not private, so any host may read it ('*'), and the host script checks our origin.
 */
import { EMBED_REQUEST_TYPE, embedHeightMessage } from '../../lib/share/embed-message.ts';

if (window.parent !== window) {
  let last = 0;
  const post = () => {
    // The document's own box, not scrollHeight: that never drops below the frame's height, so a frame could only grow.
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage(embedHeightMessage(height, location.pathname), '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
  // The host script asks again when it starts later than this frame.
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || (event.data as { type?: unknown })?.type !== EMBED_REQUEST_TYPE) return;
    last = 0;
    post();
  });
}
