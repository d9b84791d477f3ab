/** Files that could not be read: at all (a broken link, a folder), YAML syntax, aliases, oversized documents. */
import type { LintRule } from '../types.ts';

export const readProblems: LintRule = {
  names: ['yaml-syntax', 'yaml-alias', 'too-large', 'unreadable'],
  check({ articles, yaml, pages }, report) {
    for (const file of [...articles, ...pages, ...Object.values(yaml).flat()]) {
      const { problem } = file;
      if (problem)
        report(problem.rule)(file, problem.line, 'error', problem.message, problem.fix, problem.column);
    }
  },
};
