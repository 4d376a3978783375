/**
 * The `<iframe>` code an indicator-year page offers for its embed: a fixed-height frame that fits
 * the content without any script, and the same frame with the optional resize script after it.
 */
export interface EmbedCodeInput {
  /** Absolute address of the embed page. */
  src: string;
  title: string;
  height: number;
  /** Absolute address of the host script (EMBED_RESIZE_SCRIPT_PATH on the site). */
  script: string;
}

const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedCode(input: EmbedCodeInput): { fixed: string; responsive: string } {
  const fixed = `<iframe src="${attr(input.src)}" title="${attr(input.title)}" width="100%" height="${input.height}" style="border:0" loading="lazy"></iframe>`;
  return { fixed, responsive: `${fixed}\n<script src="${attr(input.script)}" async></script>` };
}

/**
 * The stated height in CSS pixels. Measured in Chromium over every embed on 2026-11-30: the
 * tallest is 1,087 px at 375 px wide (a phone, English, where text wraps most) and 931 px at
 * 660 px; the rest is room for about two more wrapped lines (e.g. a release line in the source).
 * tests/e2e/embed-size.spec.ts checks a sample of embeds at both widths against it.
 */
export const EMBED_HEIGHT = 1150;
