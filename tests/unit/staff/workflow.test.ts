import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * The pull-request workflow is not run here, so this checks what it can: it is valid YAML and
 * every command it runs is one of the repository's own npm scripts (which the other tests run).
 */
it('runs only the repository’s own scripts', () => {
  const workflow = parse(readFileSync('.github/workflows/pr-check.yml', 'utf8')) as {
    jobs: Record<string, { steps: Array<{ run?: string }> }>;
  };
  const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: object }).scripts);
  const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((s) => (s.run ? [s.run] : [])));
  const npm = runs.flatMap((run) => [...run.matchAll(/\bnpm (?:run (?:--silent )?([\w:]+)|(test|ci)\b)/g)]);
  expect(npm.length).toBeGreaterThanOrEqual(3);
  for (const [command, script, builtin] of npm) if (!builtin) expect(scripts, command).toContain(script);
  expect(runs.some((run) => run.includes('validate -- --format markdown --base'))).toBe(true);
  expect(runs).toContain('npm test');
});
