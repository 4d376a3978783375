/**
 * The message an embedded map sends to the page around its `<iframe>` so that page can fit the
 * frame to the content: `{ type: EMBED_MESSAGE_TYPE, height, path }`, posted by the embed
 * (src/components/share/embed-height.ts) and read by the optional host script
 * (src/pages/share/embed-resize.js.ts), which also checks the sender's origin and frame.
 */
export const EMBED_MESSAGE_TYPE = 'sd-poverty-open-data:embed-height';

/** What the host script sends each frame when it starts, in case it missed the first height: "say it again". */
export const EMBED_REQUEST_TYPE = 'sd-poverty-open-data:embed-height-request';

/** Frames are never made taller than this, whatever a message says. */
export const MAX_EMBED_HEIGHT = 10_000;

export interface EmbedHeightMessage {
  type: typeof EMBED_MESSAGE_TYPE;
  height: number;
  path: string;
}

export function embedHeightMessage(height: number, path: string): EmbedHeightMessage {
  return { type: EMBED_MESSAGE_TYPE, height: Math.ceil(height), path };
}

/**
 * The height a message asks for, or null when it is not an embed message or asks for something
 * unreasonable. Self-contained (no outside names) because the host script embeds its source text.
 */
export function readEmbedHeight(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as { type?: unknown; height?: unknown };
  if (message.type !== 'sd-poverty-open-data:embed-height') return null;
  const height = message.height;
  if (typeof height !== 'number' || !Number.isInteger(height) || height < 1 || height > 10000) return null;
  return height;
}
