/**
 * The parts of a Frictionless Table Schema (https://datapackage.org/standard/table-schema/) the
 * reader uses, read defensively from a descriptor that may be invalid: anything malformed is left
 * out here, because the profile check already reports it with a position.
 */
export type FieldType = 'string' | 'integer' | 'number' | 'date' | 'year' | 'boolean';
export const SUPPORTED_TYPES: readonly string[] = ['string', 'integer', 'number', 'date', 'year', 'boolean'];

export interface MissingValue {
  value: string;
  /** Reason shown to readers, e.g. `未公布`; Table Schema 2.0 allows `{value, label}` objects. */
  label: string | null;
}

export interface Constraints {
  required?: boolean;
  unique?: boolean;
  minimum?: number | string;
  maximum?: number | string;
  exclusiveMinimum?: number | string;
  exclusiveMaximum?: number | string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  enum?: unknown[];
}

export interface Field {
  name: string;
  /** Declared type; types this reader does not know are read as strings (with a schema-error warning). */
  type: FieldType;
  declaredType: string;
  format: string | null;
  constraints: Constraints;
  missingValues: MissingValue[];
  trueValues: string[];
  falseValues: string[];
  groupChar: string | null;
  decimalChar: string;
  bareNumber: boolean;
}

export interface ForeignKey {
  fields: string[];
  /** Referenced resource name; null for a self-reference (Table Schema 2.0 omits it, 1.0 used ""). */
  resource: string | null;
  referenceFields: string[];
}

export interface TableSchema {
  fields: Field[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  missingValues: MissingValue[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] | null =>
  Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]) : null;

/** Default missing values per Table Schema: an empty string. */
const DEFAULT_MISSING: MissingValue[] = [{ value: '', label: null }];

export function readMissingValues(v: unknown): MissingValue[] | null {
  if (!Array.isArray(v)) return null;
  const out: MissingValue[] = [];
  for (const item of v) {
    if (typeof item === 'string') out.push({ value: item, label: null });
    else if (isObject(item) && typeof item.value === 'string')
      out.push({ value: item.value, label: typeof item.label === 'string' ? item.label : null });
  }
  return out;
}

export function readTableSchema(raw: unknown): TableSchema {
  const s = isObject(raw) ? raw : {};
  const missingValues = readMissingValues(s.missingValues) ?? DEFAULT_MISSING;
  const fields = (Array.isArray(s.fields) ? s.fields : [])
    .filter((f): f is Json => isObject(f) && typeof f.name === 'string')
    .map((f) => readField(f, missingValues));
  const pk = typeof s.primaryKey === 'string' ? [s.primaryKey] : (strings(s.primaryKey) ?? []);
  const foreignKeys: ForeignKey[] = [];
  for (const fk of Array.isArray(s.foreignKeys) ? s.foreignKeys : []) {
    if (!isObject(fk) || !isObject(fk.reference)) continue;
    const fieldsOf = (v: unknown) => (typeof v === 'string' ? [v] : (strings(v) ?? []));
    const res = fk.reference.resource;
    foreignKeys.push({
      fields: fieldsOf(fk.fields),
      resource: typeof res === 'string' && res !== '' ? res : null,
      referenceFields: fieldsOf(fk.reference.fields),
    });
  }
  return { fields, primaryKey: pk, foreignKeys, missingValues };
}

/**
 * The constraints as written, every key present (undefined when not given) and in one order, so
 * every field of every table has constraints of one shape: V8 then reads them at the same speed
 * in the check that runs for every cell, whatever tables were read before (measured with the
 * validation-throughput bench, where the registry's tables are read first).
 */
function readConstraints(c: unknown): Constraints {
  const o = isObject(c) ? c : {};
  return {
    required: o.required,
    unique: o.unique,
    minimum: o.minimum,
    maximum: o.maximum,
    exclusiveMinimum: o.exclusiveMinimum,
    exclusiveMaximum: o.exclusiveMaximum,
    minLength: o.minLength,
    maxLength: o.maxLength,
    pattern: o.pattern,
    enum: o.enum,
  } as Constraints;
}

function readField(f: Json, schemaMissing: MissingValue[]): Field {
  const declaredType = typeof f.type === 'string' ? f.type : 'string';
  return {
    name: f.name as string,
    type: (SUPPORTED_TYPES.includes(declaredType) ? declaredType : 'string') as FieldType,
    declaredType,
    format: typeof f.format === 'string' ? f.format : null,
    constraints: readConstraints(f.constraints),
    // Table Schema 2.0: a field's own `missingValues` replaces the schema's.
    missingValues: readMissingValues(f.missingValues) ?? schemaMissing,
    trueValues: strings(f.trueValues) ?? ['true', 'True', 'TRUE', '1'],
    falseValues: strings(f.falseValues) ?? ['false', 'False', 'FALSE', '0'],
    groupChar: typeof f.groupChar === 'string' ? f.groupChar : null,
    decimalChar: typeof f.decimalChar === 'string' ? f.decimalChar : '.',
    bareNumber: f.bareNumber !== false,
  };
}
