/**
 * The deploy workflow the README gives (.github/workflows/deploy.yml) against GitHub's
 * workflow schema (@action-validator/core, the schemastore schema compiled to WebAssembly),
 * and against what scheduling needs: a schedule, a build, a deploy of dist/.
 */
import { validateWorkflow } from '@action-validator/core';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parse } from 'yaml';

const source = readFileSync('.github/workflows/deploy.yml', 'utf8');

it('is a valid GitHub Actions workflow', () => {
  expect(validateWorkflow(source).errors).toEqual([]);
});

it('builds on push and on a schedule, and deploys dist/ with its _headers', () => {
  const workflow = parse(source) as {
    on: { push: unknown; schedule: { cron: string }[] };
    jobs: { deploy: { steps: { run?: string; with?: { command?: string } }[] } };
  };
  expect(workflow.on.push).toBeDefined();
  expect(workflow.on.schedule[0]!.cron).toBe('*/15 * * * *');
  const steps = workflow.jobs.deploy.steps;
  expect(steps.map((s) => s.run).filter(Boolean)).toEqual(['npm ci', 'npm run build']);
  expect(steps.at(-1)!.with!.command).toMatch(/^pages deploy dist /);
  expect(readFileSync('public/_headers', 'utf8').length).toBeGreaterThan(0);
});
