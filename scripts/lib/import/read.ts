/**
 * Reading a draft: bytes to text, refusing what is not a draft (a folder, a binary, an
 * empty file, text in an unknown encoding), and to blocks by its format.
 */
import mammoth from 'mammoth';
import { extname } from 'node:path';
import {
  blocksFromHtml,
  blocksFromMarkdown,
  blocksFromText,
  leftOutNote,
  textWithoutTags,
  type Block,
  type Dropped,
  type Stripped,
} from './blocks.ts';
import { CONTROL_CHARACTER, CONTROL_CHARACTERS } from '../../../src/lib/rules.ts';
import { count } from '../../../src/lib/format.ts';
import { repairMojibake } from './mojibake.ts';

export class DraftError extends Error {}

export type DraftFormat = 'text' | 'markdown' | 'html' | 'docx';

export interface ParsedDraft {
  format: DraftFormat;
  blocks: Block[];
  /** Page chrome (nav, footer, forms) and Word's comments: reported as dropped, with the reason. */
  chrome: Dropped[];
  /** What the reader did that the writer should know ("decoded as Windows-1252"). */
  notes: string[];
}

/** Bytes no Windows-1252 text holds: with any of them, the encoding is not a guess we make. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function decode(name: string, bytes: Uint8Array, notes: string[]): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    if (bytes.some((b) => CP1252_UNDEFINED.has(b))) {
      throw new DraftError(
        `${name}: not UTF-8 text, and not Windows-1252 either. Save the draft as UTF-8 text and import it again.`,
      );
    }
    notes.push(
      `${name} is not UTF-8: read it as Windows-1252 (curly quotes and accents come through). Check them.`,
    );
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function sniff(name: string, text: string): Exclude<DraftFormat, 'docx'> {
  const ext = extname(name).toLowerCase();
  if (ext === '.md' || ext === '.markdown' || ext === '.mdx') return 'markdown';
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.txt') return 'text';
  if (/^\s*<(!doctype|html|body|article|div|p|h[1-6])\b/i.test(text)) return 'html';
  if (/^#{1,6}\s\S/m.test(text) || /^\|?\s*:?-{3,}:?\s*\|/m.test(text)) return 'markdown';
  return 'text';
}

export async function parseDraft(name: string, bytes: Uint8Array): Promise<ParsedDraft> {
  const notes: string[] = [];
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (isZip || extname(name).toLowerCase() === '.docx') {
    if (!isZip)
      throw new DraftError(
        `${name}: not a .docx file (a .docx is a zip archive). Save it from your editor again.`,
      );
    let html: string;
    try {
      // Word's comments are written out (mammoth drops them otherwise), to be listed as dropped.
      const result = await mammoth.convertToHtml(
        { buffer: Buffer.from(bytes) },
        { styleMap: ['comment-reference => sup'] },
      );
      html = result.value;
      for (const message of result.messages) notes.push(`docx: ${message.message}`);
    } catch (error) {
      throw new DraftError(
        `${name}: could not read it as a .docx (${(error as Error).message}). Save it again as .docx or paste it into a .txt file.`,
      );
    }
    const { blocks, ...stripped } = blocksFromHtml(withoutControlCharacters(html, 'html', notes));
    return check(name, {
      format: 'docx',
      blocks,
      chrome: stripped.chrome,
      notes: withLeftOut(notes, stripped),
    });
  }
  if (bytes.includes(0)) {
    throw new DraftError(`${name}: a binary file, not a draft. Import text (.txt, .md), HTML or .docx.`);
  }
  const decoded = decode(name, bytes, notes).replace(/\r\n?/g, '\n');
  const { text, repairs, codepages } = repairMojibake(decoded);
  if (repairs.length)
    notes.push(
      `${name} held text that was UTF-8 read as ${codepages.join(' and ')}: repaired ${repairs.slice(0, 6).join(', ')}${repairs.length > 6 ? ', …' : ''}. Check the repaired words.`,
    );
  if (!text.trim()) throw new DraftError(`${name}: the draft is empty. Nothing was written.`);
  const format = sniff(name, text);
  const clean = withoutControlCharacters(text, format, notes);
  if (format === 'html' || format === 'markdown') {
    const { blocks, ...stripped } = format === 'html' ? blocksFromHtml(clean) : blocksFromMarkdown(clean);
    return check(name, { format, blocks, chrome: stripped.chrome, notes: withLeftOut(notes, stripped) });
  }
  const { text: words, tags } = textWithoutTags(clean);
  if (tags.length)
    notes.push(
      `Left out ${count(tags.length, 'HTML tag')} from a text draft (${[...new Set(tags)].slice(0, 6).join(' ')}${new Set(tags).size > 6 ? ' …' : ''}): the words inside them are kept. Import the page's .html to keep its structure.`,
    );
  return check(name, { format, blocks: blocksFromText(words), chrome: [], notes });
}

/** Code and a page title hold no words of the story: left out, and said so (nothing goes silently). */
function withLeftOut(notes: string[], stripped: Stripped): string[] {
  const note = leftOutNote(stripped);
  return note ? [...notes, note] : notes;
}

/** A terminal's escape sequence: CSI (`ESC [ 31 m`), OSC (`ESC ] … BEL`) or ESC and one character. */
// eslint-disable-next-line no-control-regex
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])/g;
const NUMERIC_REFERENCE = /&#(?:x([0-9a-f]{1,6})|([0-9]{1,7}));/gi;

/**
 * Control characters are no story's words: an escape sequence or a stray byte that a
 * terminal, a PDF or an old system left in a copy (the linter and the build refuse a story
 * that holds one). Taken out of the draft before it is read, whole escape sequences at a
 * time, written as bytes or as character references (`&#27;`), and the writer told.
 */
function withoutControlCharacters(text: string, format: DraftFormat, notes: string[]): string {
  let sequences = 0;
  const codes = new Map<string, number>();
  const found = (char: string) => {
    const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    codes.set(code, (codes.get(code) ?? 0) + 1);
    return '';
  };
  let clean = text;
  if (format === 'html' || format === 'markdown') {
    clean = clean.replace(NUMERIC_REFERENCE, (reference, hex?: string, decimal?: string) => {
      const code = hex ? parseInt(hex, 16) : Number(decimal);
      // HTML reads &#128;-&#159; as Windows-1252 (&#133; is "…"): those are text there.
      if (code > 0x10ffff || (format === 'html' && code >= 0x80 && code <= 0x9f)) return reference;
      const char = String.fromCodePoint(code);
      if (!CONTROL_CHARACTER.test(char)) return reference;
      // ESC stays, as the character, for the pass below to take with the rest of its sequence.
      return char === '\u001b' ? char : found(char);
    });
  }
  clean = clean.replace(ESCAPE_SEQUENCE, () => (sequences++, '')).replace(CONTROL_CHARACTERS, found);
  if (!sequences && !codes.size) return text;
  const parts = [
    ...(sequences ? [count(sequences, 'terminal escape sequence')] : []),
    ...(codes.size
      ? [
          `${count(
            [...codes.values()].reduce((a, b) => a + b, 0),
            'control character',
          )} (${[...codes]
            .sort()
            .map(([code, n]) => (n > 1 ? `${code} ×${n}` : code))
            .join(', ')})`,
        ]
      : []),
  ];
  notes.push(
    `Left out ${parts.join(' and ')}: no story's text holds them (they come from a terminal, a PDF or an old system's copy). Check the words around them.`,
  );
  return clean;
}

function check(name: string, draft: ParsedDraft): ParsedDraft {
  if (!draft.blocks.some((b) => b.text.trim()))
    throw new DraftError(`${name}: the draft has no text. Nothing was written.`);
  return draft;
}
