/**
 * The lines a card's text takes at a width. By hand because a canvas only measures and
 * draws one line: greedy breaking at spaces, a word wider than the line broken between
 * characters, at most `maxLines`, the last cut with "…" when text is left over (what CSS's
 * line-clamp did on the satori cards).
 */
export type Measure = (text: string) => number;

const ELLIPSIS = '…';

/** Breaks one word too wide for a line into pieces that fit (at least one character each). */
function pieces(word: string, width: number, measure: Measure): string[] {
  const out: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && measure(piece + char) > width) {
      out.push(piece);
      piece = char;
    } else piece += char;
  }
  if (piece) out.push(piece);
  return out;
}

/** `line` shortened until it fits with "…" after it. */
function cut(line: string, width: number, measure: Measure): string {
  let chars = [...line];
  while (chars.length && measure(chars.join('').trimEnd() + ELLIPSIS) > width) chars = chars.slice(0, -1);
  return chars.join('').trimEnd() + ELLIPSIS;
}

/** More characters than any card line holds (about 110 at the smallest size): the rest is never measured. */
const LINE_CHARS_MAX = 300;

export function lines(text: string, width: number, maxLines: number, measure: Measure): string[] {
  // A hostile megabyte of text costs no more than the lines a card can show.
  const shown = [...text].slice(0, (maxLines + 1) * LINE_CHARS_MAX).join('');
  const words = shown.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const out: string[] = [];
  let line = '';
  for (const word of words.flatMap((w) => (measure(w) > width ? pieces(w, width, measure) : [w]))) {
    const longer = line ? `${line} ${word}` : word;
    if (line && measure(longer) > width) {
      out.push(line);
      line = word;
      if (out.length > maxLines) break;
    } else line = longer;
  }
  if (line) out.push(line);
  if (out.length <= maxLines) return out;
  const kept = out.slice(0, maxLines);
  kept[maxLines - 1] = cut(kept[maxLines - 1]!, width, measure);
  return kept;
}
