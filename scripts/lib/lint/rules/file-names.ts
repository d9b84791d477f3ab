/**
 * File names are ids and URLs: lowercase ASCII slugs. Anything else is an error with the
 * rename to do, and two names that differ only in case are an error (on macOS and Windows
 * they are one file, and Astro keeps only one of the two stories).
 */
import { slugify } from '../../../../src/lib/format.ts';
import { pushTo } from '../../../../src/lib/multimap.ts';
import { SLUG, SLUG_MAX } from '../../../../src/lib/rules.ts';

/** Longer names break tools (a 250-character name crashed the bundler) and nobody types them. */
const NAME_MAX = SLUG_MAX + 30;
import type { LintRule } from '../types.ts';

export const fileNames: LintRule = {
  names: ['file-name', 'file-name-length', 'case-clash'],
  check({ files }, report) {
    for (const list of Object.values(files)) {
      const byLowerCase = new Map<string, typeof list>();
      for (const file of list) {
        if (!SLUG.test(file.id)) {
          const suggestion = slugify(file.id);
          report('file-name')(
            file,
            1,
            'error',
            `the file name "${file.id}" is not a slug (lowercase a-z, 0-9 and hyphens)`,
            suggestion
              ? `Rename it to ${file.path.replace(file.id, suggestion)}.`
              : 'Rename it with letters a-z, digits and hyphens.',
          );
        }
        if (file.id.length > NAME_MAX)
          report('file-name-length')(
            file,
            1,
            'error',
            `the file name is ${file.id.length} characters; at most ${NAME_MAX} fit a URL and every tool`,
            `Rename it to a shorter slug, such as ${file.path.replace(file.id, slugify(file.id, SLUG_MAX))}.`,
          );
        pushTo(byLowerCase, file.id.toLowerCase(), file);
      }
      for (const group of byLowerCase.values()) {
        if (new Set(group.map((f) => f.id)).size < 2) continue;
        for (const file of group) {
          const others = group.filter((o) => o.id !== file.id).map((o) => o.path);
          report('case-clash')(
            file,
            1,
            'error',
            `"${file.id}" differs from ${others.join(', ')} only in letter case; one of them would vanish from the site`,
            'Rename or merge them.',
          );
        }
      }
    }
  },
};
