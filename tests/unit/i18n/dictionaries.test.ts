import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { zh } from '../../../src/lib/i18n/zh.ts';
import { en } from '../../../src/lib/i18n/en.ts';
import { nameIn, t } from '../../../src/lib/i18n/index.ts';

describe('dictionaries', () => {
  it('have exactly the same keys in both languages, none left empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, text] of [...Object.entries(zh), ...Object.entries(en)]) expect(text.trim(), key).not.toBe('');
  });
  it('use the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) expect(names(en[key]), key).toEqual(names(zh[key]));
  });
  it('fills placeholders', () => {
    expect(t('en', 'site.name')).toContain('Shandong');
  });
});

describe('nameIn', () => {
  it('gives a record’s name in the reader’s language', () => {
    const laiwu = { nameZh: '莱芜区', nameEn: 'Laiwu District' };
    expect(nameIn('zh-CN', laiwu)).toBe('莱芜区');
    expect(nameIn('en', laiwu)).toBe('Laiwu District');
  });
});

describe('dictionary parts', () => {
  it('never define a key twice (a later part would silently win)', async () => {
    // Every part file in the folder, so a new part cannot be left out of zh.ts unnoticed.
    const names = readdirSync(new URL('../../../src/lib/i18n/zh/', import.meta.url)).filter((n) => n.endsWith('.ts'));
    const parts = await Promise.all(names.map((n) => import(`../../../src/lib/i18n/zh/${n}`)));
    const keys = parts.flatMap((p) => Object.keys(Object.values(p)[0] as object));
    expect(keys.length).toBe(new Set(keys).size);
    expect(keys.length).toBe(Object.keys(zh).length);
  });
});

describe('pages and components', () => {
  it('take every UI word from the dictionaries, where the checks above can see it', () => {
    // A `{ zh: '…', en: '…' }` literal in a template is a UI string that bypasses the parity checks.
    const inline = /\bzh: ['"`]/;
    const found: string[] = [];
    for (const folder of ['components', 'pages', 'layouts']) {
      const root = new URL(`../../../src/${folder}/`, import.meta.url);
      for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.astro'))) {
        readFileSync(new URL(file, root), 'utf8')
          .split('\n')
          .forEach((line, i) => inline.test(line) && found.push(`src/${folder}/${file}:${i + 1}`));
      }
    }
    expect(found).toEqual([]);
  });
});
