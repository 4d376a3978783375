import type { Constraints, MissingValue, TableSchema } from '../data/table-schema.ts';
import type { Unit } from '../schemas/indicator.ts';

/** One row of a data dictionary: what a CSV column holds, as the data page explains it. */
export interface DictionaryField {
  name: string;
  /** The descriptor's `title` (Chinese in this project) and `description` (English). */
  title: string | null;
  description: string | null;
  /** Table Schema type as declared (`string`, `integer`, `number`, `date` …). */
  type: string;
  /** The indicator's unit when the column is an indicator of the catalogue. */
  unit: Unit | null;
  constraints: DictionaryConstraint[];
  /** Codes that stand for a missing value in this column, with their reasons. */
  missingValues: MissingValue[];
}

/** A constraint as a key the page translates and a value shown as written in the schema. */
export interface DictionaryConstraint {
  key: keyof Constraints;
  value: string;
}

// Table Schema order (https://datapackage.org/standard/table-schema/#constraints), so every
// dictionary lists constraints the same way whatever order the descriptor wrote them in.
const ORDER: Array<keyof Constraints> = [
  'required',
  'unique',
  'minimum',
  'exclusiveMinimum',
  'maximum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'enum',
];

export function constraintsOf(constraints: Constraints): DictionaryConstraint[] {
  return ORDER.filter((key) => constraints[key] !== undefined && constraints[key] !== false).map((key) => {
    const value = constraints[key];
    return { key, value: Array.isArray(value) ? value.map(String).join(', ') : value === true ? '' : String(value) };
  });
}

/**
 * The dictionary of one resource from its parsed schema, plus the raw descriptor fields for the
 * title and description (the reader keeps only what validation needs) and the catalogue's units.
 */
export function dictionaryOf(
  schema: TableSchema,
  rawFields: unknown,
  units: ReadonlyMap<string, Unit>,
): DictionaryField[] {
  const raw = new Map<string, { title?: unknown; description?: unknown }>();
  if (Array.isArray(rawFields))
    for (const f of rawFields) if (f && typeof f === 'object' && typeof f.name === 'string') raw.set(f.name, f);
  return schema.fields.map((field) => {
    const text = raw.get(field.name) ?? {};
    return {
      name: field.name,
      title: typeof text.title === 'string' ? text.title : null,
      description: typeof text.description === 'string' ? text.description : null,
      type: field.declaredType,
      unit: units.get(field.name) ?? null,
      constraints: constraintsOf(field.constraints),
      // The default missing value (an empty cell, no label) is not a code anyone writes.
      missingValues: field.missingValues.filter((m) => m.value !== '' || m.label !== null),
    };
  });
}
