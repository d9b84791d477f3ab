/** The same id twice: content/faqs/x.yaml and x.yml, or articles/x.md and x.mdx. */
import type { LintRule } from '../types.ts';

export const duplicateIds: LintRule = {
  names: ['duplicate-slug', 'duplicate-id'],
  check({ files }, report) {
    for (const [collection, list] of Object.entries(files)) {
      const seen = new Map<string, string>();
      for (const file of list) {
        const first = seen.get(file.id);
        if (first) {
          report(collection === 'articles' ? 'duplicate-slug' : 'duplicate-id')(
            file,
            1,
            'error',
            `"${file.id}" is also ${first}`,
            'Rename one of the two files: the file name is the id and the URL.',
          );
        } else seen.set(file.id, file.path);
      }
    }
  },
};
