import { describe, expect, it } from 'vitest';
import { frameOf, loadTopology, mapYears } from '../../../src/lib/geo/index.ts';

describe('the map frame', () => {
  it('comes from the boundary file: Shandong’s box gives parallels 35.05°/37.73° and meridian 118.77°E', () => {
    for (const year of mapYears()) {
      expect(frameOf(loadTopology(year).bbox ?? [])).toEqual({ parallels: [35.05, 37.73], centralMeridian: 118.77 });
    }
  });

  it('follows another area: a box over 20°N–50°N, 75°E–135°E', () => {
    expect(frameOf([75, 20, 135, 50])).toEqual({ parallels: [25, 45], centralMeridian: 105 });
  });

  it('takes its years from the boundary files in the data folder', () => {
    expect(mapYears()).toEqual([2018, 2019, 2020]);
    expect(mapYears('/nonexistent')).toEqual([]);
  });
});
