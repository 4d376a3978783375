/** `/share/embed-resize.js`: the optional host-page script that fits embedded maps to their height. */
import type { APIRoute } from 'astro';
import { embedResizeScript } from '../../lib/share/embed-resize-script.ts';

export const GET: APIRoute = () =>
  new Response(embedResizeScript(), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
