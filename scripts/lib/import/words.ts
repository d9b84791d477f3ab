/** Words and sentences, counted the same way on the draft and on what the import wrote. */

/** Letters and digits, with inner apostrophes ("Japan's"); lowercased and NFKC-folded. */
export function wordsOf(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? []
  );
}

export function countWords(text: string): number {
  return wordsOf(text).length;
}

/** Sentences, split after . ! ? (and closing quotes) followed by a space. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?…]["”’')\]]?)\s+(?=["“‘(]?[\p{Lu}\p{N}$£€¥])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A multiset of words. */
export class WordBag {
  private readonly counts = new Map<string, number>();
  size = 0;

  add(text: string): this {
    for (const word of wordsOf(text)) {
      this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
      this.size++;
    }
    return this;
  }

  /** Words in this bag and not in `other`, with how many are missing. */
  minus(other: WordBag): Map<string, number> {
    const missing = new Map<string, number>();
    for (const [word, count] of this.counts) {
      const left = count - (other.counts.get(word) ?? 0);
      if (left > 0) missing.set(word, left);
    }
    return missing;
  }
}
