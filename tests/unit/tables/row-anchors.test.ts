import { describe, expect, it } from 'vitest';
import { rowAnchors } from '../../../src/lib/site-data/row-anchors.ts';

const group = (name: string, ids: string[]) => ({ dataset: { name }, rows: ids.map((id) => ({ indicator: { id } })) });

describe('rowAnchors', () => {
  it('gives each row its indicator id, and a dataset-prefixed id when an earlier table has it', () => {
    const anchors = rowAnchors([group('a', ['registered_poor', 'remaining_poor']), group('b', ['registered_poor'])]);
    expect(anchors.get('a')).toEqual(
      new Map([
        ['registered_poor', 'registered_poor'],
        ['remaining_poor', 'remaining_poor'],
      ]),
    );
    expect(anchors.get('b')).toEqual(new Map([['registered_poor', 'b-registered_poor']]));
    const all = [...anchors.values()].flatMap((m) => [...m.values()]);
    expect(new Set(all).size).toBe(all.length);
  });
});
