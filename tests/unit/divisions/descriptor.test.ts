import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { DatasetMetaSchema } from '../../../src/lib/schemas/dataset.ts';

// The registry's datapackage.json against the Frictionless 2.0 profiles and the project's own
// descriptor properties (data/README.md), and its Table Schema against the CSV header.
// The vendored copies the validator uses (public domain; src/lib/data/profiles/README.md).
const PROFILES = 'src/lib/data/profiles';
const readJson = (path: string): any => JSON.parse(readFileSync(path, 'utf8'));
const descriptor = readJson('data/divisions/datapackage.json');
const resource = descriptor.resources[0];

describe('data/divisions/datapackage.json', () => {
  // `format` keywords (email, date-time) are not needed here; the profiles' custom ones are ignored.
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });

  it.each([
    ['datapackage.json', descriptor],
    ['dataresource.json', resource],
    ['tableschema.json', resource.schema],
  ])('is valid against the %s profile', (profile, value) => {
    const validate = ajv.compile(readJson(`${PROFILES}/${profile}`));
    expect(validate(value), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('carries the project descriptor properties', () => {
    const result = DatasetMetaSchema.safeParse(descriptor);
    expect(result.error?.issues ?? [], JSON.stringify(result.error?.issues)).toEqual([]);
    expect(descriptor).toMatchObject({
      name: 'divisions',
      status: 'official',
      referenceYears: [2018, 2019, 2020],
      referenceDay: '12-31',
    });
  });

  it('describes one CSV resource whose fields are the CSV header, in order', () => {
    expect(descriptor.resources).toHaveLength(1);
    expect(resource).toMatchObject({
      name: 'divisions',
      path: 'divisions.csv',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
    });
    const header = readFileSync('data/divisions/divisions.csv', 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\n')[0];
    expect(resource.schema.fields.map((f: { name: string }) => f.name).join(',')).toBe(header);
    expect(resource.schema.primaryKey).toEqual(['code']);
    expect(resource.schema.foreignKeys).toEqual([{ fields: ['parent'], reference: { fields: ['code'] } }]);
  });
});
