import { isError } from '../data/problem.ts';
import type { Package } from '../data/read-package.ts';
import { readIndicators } from '../data/registry.ts';
import type { Indicator } from '../schemas/indicator.ts';

/**
 * The indicator catalogue's rows as typed `Indicator`s, in file order, read as the validator
 * reads them (`readIndicators`). Throws when the validator would reject the catalogue.
 */
export function indicatorsFrom(pkg: Package): Indicator[] {
  const { indicators, problems } = readIndicators(pkg);
  const error = problems.find(isError);
  if (error) throw new Error(`${error.file}:${error.line}:${error.column}: ${error.message}. Run npm run validate.`);
  if (indicators === null)
    throw new Error(`${pkg.descriptorFile}: the indicator catalogue has no table to read. Run npm run validate.`);
  return [...indicators.values()];
}
