/**
 * Characters no writer means to type: a NUL byte or another control character (what a
 * copy from a PDF or a broken export leaves behind). XML forbids them, so one in a story
 * would make every feed that carries it unreadable for every subscriber.
 */
import type { LintRule } from '../types.ts';

// Tab, line feed and carriage return are text; the other C0 controls, DEL and the C1 range are not.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

const codeOf = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

export const controlCharacters: LintRule = {
  names: ['control-character'],
  check({ files }, report) {
    for (const file of Object.values(files).flat()) {
      if (!CONTROL.test(file.text)) continue;
      file.text.split('\n').forEach((line, i) => {
        const m = line.match(CONTROL);
        if (!m) return;
        report('control-character')(
          file,
          i + 1,
          'error',
          `a ${m[0] === '\0' ? 'NUL byte' : 'control character'} (${codeOf(m[0])}) is in the text; feeds cannot carry it`,
          'Delete it (retype the words around it if they came from a PDF or another program).',
          (m.index ?? 0) + 1,
        );
      });
    }
  },
};
