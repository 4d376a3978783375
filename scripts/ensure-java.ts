/**
 * Makes sure a Java runtime from Debian is present for the Nu HTML Checker (npm `vnu-jar`), which
 * `npm run test:site` and `npm run check:html` run. vnu-jar's own Java download stays off
 * (package.json allowScripts): nothing is downloaded from outside the npm and Debian registries.
 */
import { spawnSync } from 'node:child_process';
import { ensureDebianPackages } from './ensure-apt.ts';

ensureDebianPackages('Java (for the HTML checker) is', ['default-jre-headless'], () => {
  const java = spawnSync('java', ['-version'], { stdio: 'ignore' });
  return !java.error && java.status === 0;
});
