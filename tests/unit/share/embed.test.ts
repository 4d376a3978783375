import { describe, expect, it } from 'vitest';
import { embedCode } from '../../../src/lib/share/embed-code.ts';
import {
  EMBED_MESSAGE_TYPE,
  EMBED_REQUEST_TYPE,
  embedHeightMessage,
  readEmbedHeight,
} from '../../../src/lib/share/embed-message.ts';
import { embedResizeScript } from '../../../src/lib/share/embed-resize-script.ts';

describe('embed height message', () => {
  it('round-trips a height, rounded up to whole pixels', () => {
    const message = embedHeightMessage(812.2, '/embed/indicators/x/2019/');
    expect(message).toEqual({ type: EMBED_MESSAGE_TYPE, height: 813, path: '/embed/indicators/x/2019/' });
    expect(readEmbedHeight(message)).toBe(813);
  });

  it('refuses other messages and unreasonable heights', () => {
    for (const data of [
      null,
      'height:800',
      { type: 'other', height: 800 },
      { type: EMBED_MESSAGE_TYPE, height: '800' },
      { type: EMBED_MESSAGE_TYPE, height: 0 },
      { type: EMBED_MESSAGE_TYPE, height: 12.5 },
      { type: EMBED_MESSAGE_TYPE, height: 1e6 },
      { type: EMBED_MESSAGE_TYPE, height: Number.NaN },
    ])
      expect(readEmbedHeight(data), JSON.stringify(data)).toBeNull();
  });
});

describe('host script', () => {
  const script = embedResizeScript();
  it('is plain script that checks the origin and the sending frame', () => {
    expect(() => new Function(script)).not.toThrow();
    expect(script).toContain('event.origin !== origin');
    expect(script).toContain('contentWindow === event.source');
    expect(script).toContain(JSON.stringify(EMBED_REQUEST_TYPE));
  });

  it('resizes only the frame that sent a valid message from the site origin', () => {
    const frames = [
      { contentWindow: {}, style: { height: '' }, getAttribute: () => 'https://site.example/embed/' },
      { contentWindow: {}, style: { height: '' }, getAttribute: () => 'https://other.example/' },
    ];
    const requests: unknown[] = [];
    (frames[0]!.contentWindow as { postMessage?: unknown }).postMessage = (m: unknown) => requests.push(m);
    (frames[1]!.contentWindow as { postMessage?: unknown }).postMessage = () => {
      throw new Error('asked a frame of another site');
    };
    let listener: (event: { origin: string; source: unknown; data: unknown }) => void = () => {};
    const window = { addEventListener: (_: string, fn: typeof listener) => (listener = fn) };
    const document = {
      currentScript: { src: 'https://site.example/share/embed-resize.js' },
      getElementsByTagName: () => frames,
    };
    new Function('window', 'document', 'location', script)(window, document, { href: 'https://host.example/' });
    expect(requests).toEqual([{ type: EMBED_REQUEST_TYPE }]);
    const message = embedHeightMessage(850, '/embed/');
    listener({ origin: 'https://evil.example', source: frames[0]!.contentWindow, data: message });
    listener({ origin: 'https://site.example', source: {}, data: message });
    listener({ origin: 'https://site.example', source: frames[0]!.contentWindow, data: { ...message, height: -1 } });
    expect(frames[0]!.style.height).toBe('');
    listener({ origin: 'https://site.example', source: frames[0]!.contentWindow, data: message });
    expect(frames[0]!.style.height).toBe('850px');
    expect(frames[1]!.style.height).toBe('');
  });
});

describe('embed code', () => {
  const code = embedCode({
    src: 'https://site.example/embed/indicators/x/2019/',
    title: 'Map: "x" & y',
    height: 900,
    script: 'https://site.example/share/embed-resize.js',
  });
  it('states the height and escapes attributes', () => {
    expect(code.fixed).toBe(
      '<iframe src="https://site.example/embed/indicators/x/2019/" title="Map: &quot;x&quot; &amp; y" width="100%" height="900" style="border:0" loading="lazy"></iframe>',
    );
  });
  it('adds the optional script after the same frame', () => {
    expect(code.responsive).toBe(
      `${code.fixed}\n<script src="https://site.example/share/embed-resize.js" async></script>`,
    );
  });
});
