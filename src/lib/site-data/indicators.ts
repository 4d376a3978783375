import type { Package } from '../data/read-package.ts';
import { IndicatorSchema, type Indicator } from '../schemas/indicator.ts';

/** The indicator catalogue's rows as typed `Indicator`s (snake_case columns → camelCase). */
export function indicatorsFrom(pkg: Package): Indicator[] {
  const rows = pkg.resources[0]?.rows ?? [];
  return rows.map((row) => {
    const v = row.values;
    return IndicatorSchema.parse({
      id: v.id,
      nameZh: v.name_zh,
      nameEn: v.name_en,
      unit: v.unit,
      definitionZh: v.definition_zh,
      definitionEn: v.definition_en,
      aggregation: v.aggregation,
      numerator: v.numerator || null,
      denominator: v.denominator || null,
      better: v.better,
      section: v.section,
      notMoreThan: v.not_more_than || null,
    });
  });
}
