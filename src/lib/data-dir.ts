/**
 * The one setting that says which data folder a build, a check or a page reads: `DATA_DIR`, the
 * folder holding `divisions/`, `indicators/`, `datasets/` and `geo/`, relative to the working
 * directory unless absolute. Unset, it is the project's own `data/`. Every loader that takes a
 * `dataDir` argument defaults to this value, so pages, which call loaders without one, read
 * the same folder as the validator and the build script (`DATA_DIR=/tmp/x npm run build`).
 *
 * It is read here and nowhere else in src/lib: the rest of the library receives the folder as an
 * argument. `npm run bench -- --stress` sets it to a generated, country-sized data folder.
 */
export const DATA_DIR: string = globalThis.process?.env?.['DATA_DIR'] || 'data';
