import { describe, expect, it } from 'vitest';
import { zh } from '../../src/lib/i18n/zh.ts';
import { en } from '../../src/lib/i18n/en.ts';
import { t } from '../../src/lib/i18n/index.ts';

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

describe('dictionary parts', () => {
  it('never define a key twice (a later part would silently win)', async () => {
    const parts = await Promise.all(['site', 'explore', 'policy', 'profiles'].map((n) => import(`../../src/lib/i18n/zh/${n}.ts`)));
    const keys = parts.flatMap((p) => Object.keys(Object.values(p)[0] as object));
    expect(keys.length).toBe(new Set(keys).size);
    expect(keys.length).toBe(Object.keys(zh).length);
  });
});
