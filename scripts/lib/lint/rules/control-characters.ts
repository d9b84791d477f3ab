/** Control characters in any content file (src/lib/rules.ts says why). */
import {
  CONTROL_CHARACTER,
  CONTROL_CHARACTER_FIX,
  controlCharacterMessage,
} from '../../../../src/lib/rules.ts';
import type { LintRule } from '../types.ts';

export const controlCharacters: LintRule = {
  names: ['control-character'],
  check({ files }, report) {
    for (const file of Object.values(files).flat()) {
      if (!CONTROL_CHARACTER.test(file.text)) continue;
      file.text.split('\n').forEach((line, i) => {
        const m = line.match(CONTROL_CHARACTER);
        if (!m) return;
        report('control-character')(
          file,
          i + 1,
          'error',
          controlCharacterMessage(m[0]),
          CONTROL_CHARACTER_FIX,
          (m.index ?? 0) + 1,
        );
      });
    }
  },
};
