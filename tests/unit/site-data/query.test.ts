import { describe, expect, it } from 'vitest';
import { indexOf } from '../../../src/lib/site-data/query.ts';
import { dataset, indicator, siteData } from './fixtures.ts';

describe('indexOf(data).find', () => {
  const lifted = indicator('lifted_out');

  it('shows the published figure where an example dataset has the same division, year and indicator', () => {
    // Datasets are loaded by name, so the example one comes first: the order must not decide.
    const example = dataset('county-example', 'example', [['370000', 2018, { lifted_out: 900 }]]);
    const official = dataset('province-reported', 'official', [['370000', 2018, { lifted_out: 1200 }]]);
    const found = indexOf(siteData([example, official], [lifted])).find('370000', 2018, 'lifted_out');
    expect(found?.dataset.name).toBe('province-reported');
    expect(found?.observation.values.lifted_out).toBe(1200);
  });

  it('falls back to the example figure when the published row does not have it', () => {
    const example = dataset('county-example', 'example', [['370000', 2019, { lifted_out: 900 }]]);
    const official = dataset('province-reported', 'official', [['370000', 2019, { lifted_out: 'NP' }]]);
    const found = indexOf(siteData([example, official], [lifted])).find('370000', 2019, 'lifted_out');
    expect(found?.observation.values.lifted_out).toBe(900);
  });

  it('keeps a row with a value before one with a missing code within the official data', () => {
    const first = dataset('a-official', 'official', [['370000', 2017, { lifted_out: 'NP' }]]);
    const second = dataset('b-official', 'official', [['370000', 2017, { lifted_out: 1510000 }]]);
    const found = indexOf(siteData([first, second], [lifted])).find('370000', 2017, 'lifted_out');
    expect(found?.dataset.name).toBe('b-official');
  });
});
