import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * The Frictionless Data Package 2.0 profile (JSON Schema draft-07), compiled once with ajv.
 * The profile files are vendored in ./profiles (public domain, see profiles/README.md) so the
 * validator needs no network or outside folder at run time. They are read with fs rather than imported,
 * because bare JSON imports need import attributes that type-stripping Node and Vite treat differently.
 */
let compiled: ValidateFunction | null = null;

/** Where the profiles are: beside this module, or (when bundled elsewhere) under the working directory. */
function profilesDir(): string {
  const candidates = [
    fileURLToPath(new URL('./profiles/', import.meta.url)),
    join(process.cwd(), 'src', 'lib', 'data', 'profiles'),
  ];
  return candidates.find((d) => existsSync(join(d, 'datapackage.json'))) ?? candidates[0]!;
}

// ajv-formats is CommonJS; its default export arrives either as the function or wrapped in `default`.
type AddFormats = (ajv: Ajv) => Ajv;
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

function compile(): ValidateFunction {
  if (compiled) return compiled;
  // strict: false — the profiles carry documentation keywords (propertyOrder, context, examples).
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  // `textarea` is an editor hint in the profiles, not a format to check.
  ajv.addFormat('textarea', true);
  const schema = JSON.parse(readFileSync(join(profilesDir(), 'datapackage.json'), 'utf8')) as object;
  compiled = ajv.compile(schema);
  return compiled;
}

/** Validates a parsed descriptor against the Data Package profile; returns ajv's errors (empty when valid). */
export function validateAgainstProfile(descriptor: unknown): ErrorObject[] {
  const validate = compile();
  return validate(descriptor) ? [] : [...(validate.errors ?? [])];
}
