/** `/robots.txt`: crawling allowed everywhere, and the sitemap's absolute address (src/lib/share/robots.ts). */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/share/robots.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site!), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
