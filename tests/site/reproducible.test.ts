import { describe, expect, it } from 'vitest';
import { readFileSync, realpathSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { DIST, listFiles } from './dist-files.ts';

/**
 * Two builds of the same commit give byte-identical files: tests/unit/build-clock.test.ts builds
 * a project copy twice, a day apart and in another time zone, and compares every file. What that
 * cannot see is the folder the build ran in, the same both times there: a page that carries the
 * checkout's path differs between any two machines. This reads the build npm test just made.
 */
describe('the build does not depend on where it ran', () => {
  // The checkout, and the build folder's random name (dist/ links to it; scripts/dist-swap.ts).
  const places = [resolve('.'), basename(realpathSync(DIST))];
  const text = listFiles().filter((f) => /\.(html|json|csv|svg|xml|js|css|txt)$/.test(f));

  it('no built file names the checkout or the build folder', () => {
    const leaks = text.flatMap((file) => {
      const body = readFileSync(join(DIST, file), 'utf8');
      return places.filter((place) => body.includes(place)).map((place) => `${file}: ${place}`);
    });
    expect(leaks.slice(0, 20), `${leaks.length} files`).toEqual([]);
  });
});
