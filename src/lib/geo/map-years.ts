import { DATA_DIR } from '../data-dir.ts';
import { mapYears } from './load-topology.ts';

/**
 * Years with a boundary file in the data folder of this build (src/lib/data-dir.ts), as the
 * divisions stood on 31 December: read when this module is first imported, for the pages, which
 * cannot pass a folder. Kept apart from load-topology.ts so that code given a folder (the
 * validator, loadSiteData) can read boundary files without reading the build's folder too.
 */
export const MAP_YEARS = mapYears(DATA_DIR);
