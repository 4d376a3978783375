import { expect, it } from 'vitest';
import { robotsTxt } from '../../../src/lib/share/robots.ts';

it('allows crawling and names the sitemap with the site address', () => {
  const text = robotsTxt('https://data.example.org');
  expect(text.split('\n')).toEqual([
    'User-agent: *',
    'Allow: /',
    '',
    'Sitemap: https://data.example.org/sitemap.xml',
    '',
  ]);
});

it('names the sitemap at the root even when the address has a path', () => {
  expect(robotsTxt(new URL('https://x.example/site/'))).toContain('Sitemap: https://x.example/sitemap.xml\n');
});
