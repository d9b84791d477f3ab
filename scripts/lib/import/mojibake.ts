/**
 * Text that was UTF-8, read once as Windows-1252 (or Windows-874, Thai) and saved again:
 * "â€™" for "’", "Ã©" for "é", "โ€”" for "—". A run of such characters is turned back into
 * the bytes that codepage gives them and read as UTF-8; the repair is kept only when those
 * bytes are valid UTF-8, so ordinary accented or Thai text is never touched.
 *
 * Written by hand: the npm packages that do this are ports of Python's ftfy with large
 * heuristics tables; these two codepages and one strict check are all a draft needs.
 */
const CODEPAGES = [
  // Windows-1252: any run that is valid UTF-8 once re-encoded ("Ã©" is é).
  { name: 'windows-1252', needsPunctuation: false },
  // Windows-874 reads many legitimate Thai letter pairs as valid UTF-8 lead and continuation
  // bytes, so a run counts only with a character from the 0x80-0x9F block (€ ’ ” – —), which
  // every mis-read UTF-8 punctuation mark has and Thai text does not.
  { name: 'windows-874', needsPunctuation: true },
] as const;

interface Table {
  bytes: Map<string, number>;
  /** Characters the codepage gives bytes 0x80-0x9F. */
  punctuation: Set<string>;
  run: RegExp;
}

const tables = new Map<string, Table>();

function tableOf(name: string): Table {
  let table = tables.get(name);
  if (table) return table;
  const decoder = new TextDecoder(name);
  const bytes = new Map<string, number>();
  const punctuation = new Set<string>();
  for (let b = 0x80; b < 0x100; b++) {
    const char = decoder.decode(new Uint8Array([b]));
    if (char === '\uFFFD' || bytes.has(char)) continue;
    bytes.set(char, b);
    if (b < 0xa0) punctuation.add(char);
  }
  const chars = [...bytes.keys()].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('');
  table = { bytes, punctuation, run: new RegExp(`[${chars}]{2,}`, 'gu') };
  tables.set(name, table);
  return table;
}

export interface Repair {
  text: string;
  /** What was repaired, for the import report: "â€™ → ’ (3 times)". */
  repairs: string[];
  /** The codepages the text had been mis-read as. */
  codepages: string[];
}

export function repairMojibake(input: string): Repair {
  let text = input;
  const repairs: string[] = [];
  const codepages: string[] = [];
  for (const { name, needsPunctuation } of CODEPAGES) {
    const { bytes, punctuation, run } = tableOf(name);
    const seen = new Map<string, { to: string; count: number }>();
    text = text.replace(run, (found) => {
      if (needsPunctuation && ![...found].some((c) => punctuation.has(c))) return found;
      try {
        const to = new TextDecoder('utf-8', { fatal: true }).decode(
          new Uint8Array([...found].map((c) => bytes.get(c)!)),
        );
        // Only a repair that makes fewer, printable characters.
        if (to.length >= found.length || /[\u0080-\u009f]/.test(to)) return found;
        const entry = seen.get(found) ?? { to, count: 0 };
        entry.count++;
        seen.set(found, entry);
        return to;
      } catch {
        return found;
      }
    });
    if (seen.size === 0) continue;
    codepages.push(name);
    for (const [from, { to, count }] of seen)
      repairs.push(`${from} → ${to}${count > 1 ? ` (${count} times)` : ''}`);
  }
  return { text, repairs, codepages };
}
