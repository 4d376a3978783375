/**
 * The data folder of a build: `DATA_DIR`, the folder holding `divisions/`, `indicators/`,
 * `datasets/` and `geo/`, relative to the working directory unless absolute. Unset, it is the
 * project's own `data/`. Pages cannot pass a folder, so the loaders they call default to this
 * value, and src/lib/plan.ts takes the site's years from it (`DATA_DIR=/tmp/x npm run build`).
 *
 * Code that is given a folder passes it on and never falls back to this one: `npm run validate
 * -- --data DIR` reads DIR only (its default is this value), and loadSiteData(dir) takes the
 * years from DIR's own geo/. It is read here and nowhere else in src/lib.
 * `npm run bench -- --stress` sets it to a generated, country-sized data folder.
 */
export const DATA_DIR: string = globalThis.process?.env?.['DATA_DIR'] || 'data';
