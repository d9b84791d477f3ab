/**
 * Turns a plain-text or Markdown draft (as pasted from a doc editor) into a Gigawatt
 * article, FAQ set and comparison tables. Pure: text in, files' text out; the CLI
 * (scripts/import.ts) writes them. Hand-written because no library knows our shapes.
 */
import { dump } from 'js-yaml';
import { slugify } from '../../src/lib/format.ts';
import {
  comparisonEmbed,
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
  PLACEHOLDER,
  SLUG_MAX,
  TAKEAWAY_MAX,
  TITLE_MAX,
} from '../../src/lib/rules.ts';
import { articleFrontmatter } from './frontmatter.ts';

export interface ImportOptions {
  slug?: string;
  author: string;
  topic: string;
  date: string;
}

export interface ImportResult {
  slug: string;
  title: string;
  article: string;
  faq?: { id: string; text: string; items: number };
  comparisons: { id: string; text: string; rows: number }[];
  keyTakeaway?: string;
  dropped: string[];
  toFill: string[];
}

/** Lines that belong to a blog page's furniture, not to an article. */
const BOILERPLATE = [
  /^leave a (comment|reply)\b/i,
  /share your thoughts/i,
  /^scroll to top$/i,
  /^source link$/i,
  /subscribe to (our|the) newsletter/i,
  /^sign up for (our|the) newsletter/i,
  /^no comments yet\.?$/i,
  /^\d+ comments?$/i,
  /^share (this|on)\b/i,
  /^(click|tap) to share\b/i,
  /^related (posts|articles|stories):?$/i,
];

const FAQ_HEADING = /^(frequently asked questions|faqs?)\s*:?$/i;
const ADVICE = /^(key takeaway|takeaway|bottom line|the bottom line|tip|advice|the lesson)\s*[:—–-]\s*/i;
const ADVICE_START =
  /^(watch|expect|plan|consider|remember|look for|keep an eye|don't|do not|always|never|if you|make sure|start|avoid)\b/i;

type Block =
  | { kind: 'heading'; text: string; level: number }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; lines: string[] };

/** `{`, `}` and `<` would be read as MDX syntax; a line starting "import"/"export" as ESM. */
export function escapeMdx(text: string): string {
  return text
    .replace(/[{}]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(
      /^(import|export)(\s)/gm,
      (_, word: string, space: string) => `&#${word.charCodeAt(0)};${word.slice(1)}${space}`,
    );
}

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());
}

function blocksOf(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let table: string[] = [];
  const flush = () => {
    if (paragraph.length)
      blocks.push({ kind: 'paragraph', text: paragraph.join(' ').replace(/\s+/g, ' ').trim() });
    if (table.length) blocks.push({ kind: 'table', lines: table });
    paragraph = [];
    table = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    if (line.startsWith('|')) {
      if (paragraph.length) flush();
      table.push(line);
      continue;
    }
    if (table.length) flush();
    const heading = line.match(/^(#{1,6})\s+(.*)$/);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', text: heading[2]!.trim(), level: heading[1]!.length });
      continue;
    }
    // A question, or "Frequently Asked Questions", on a line of its own is a heading,
    // as writers use them in doc editors.
    if (paragraph.length === 0 && ((line.endsWith('?') && line.length <= 160) || FAQ_HEADING.test(line))) {
      blocks.push({ kind: 'heading', text: line, level: 0 });
      continue;
    }
    paragraph.push(line);
  }
  flush();
  return blocks;
}

function isAdvice(block: Block | undefined): block is { kind: 'paragraph'; text: string } {
  if (!block || block.kind !== 'paragraph') return false;
  const text = block.text;
  return text.length <= TAKEAWAY_MAX && !text.endsWith('?') && (ADVICE.test(text) || ADVICE_START.test(text));
}

function dekFrom(paragraph: string | undefined): { dek: string; todo: boolean } {
  const text = paragraph ?? '';
  if (text.length > DESCRIPTION_MAX) {
    const sentences = text.match(/[^.!?]+[.!?]+/g) ?? [];
    let dek = '';
    for (const sentence of sentences) {
      if ((dek + sentence).trim().length > DESCRIPTION_MAX) break;
      dek = (dek + sentence).trim();
    }
    if (dek.length >= DESCRIPTION_MIN) return { dek, todo: false };
    return { dek: `${text.slice(0, DESCRIPTION_MAX - 4).replace(/\s+\S*$/, '')}…`, todo: false };
  }
  if (text.length >= DESCRIPTION_MIN) return { dek: text, todo: false };
  return {
    dek: `${PLACEHOLDER}: write a dek of ${DESCRIPTION_MIN}-${DESCRIPTION_MAX} characters. ${text}`.trim(),
    todo: true,
  };
}

function columnKeys(labels: string[]): string[] {
  const used = new Set<string>();
  return labels.map((label, i) => {
    let key = slugify(label).replace(/^[^a-z]+/, '') || `column-${i + 1}`;
    while (used.has(key)) key = `${key}-${i + 1}`;
    used.add(key);
    return key;
  });
}

function comparisonYaml(title: string, caption: string, lines: string[]): { text: string; rows: number } {
  const body = lines.filter((line) => !/^\|?\s*:?-{2,}/.test(line.replace(/\s/g, '').replace(/^\|/, '')));
  const [header, ...rows] = body.map(cells);
  const labels = header ?? [];
  const keys = columnKeys(labels);
  const data = {
    title,
    caption,
    columns: labels.map((label, i) => ({ key: keys[i]!, label })),
    rows: rows.map((row) => Object.fromEntries(keys.map((key, i) => [key, row[i] ?? '']))),
    sources: [
      { publisher: `${PLACEHOLDER}: the outlet`, title: `${PLACEHOLDER}: the piece these figures come from` },
    ],
  };
  return { text: dump(data, { lineWidth: 100 }), rows: rows.length };
}

export function importDraft(text: string, options: ImportOptions): ImportResult {
  const dropped: string[] = [];
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => {
      const boilerplate = BOILERPLATE.some((pattern) => pattern.test(line.trim()));
      if (boilerplate) dropped.push(line.trim());
      return !boilerplate;
    });
  const titleIndex = lines.findIndex((line) => line.trim());
  if (titleIndex < 0) throw new Error('The draft is empty: the first line should be the headline.');
  let title = lines[titleIndex]!.trim().replace(/^#+\s*/, '');
  const toFill: string[] = [];
  if (title.length > TITLE_MAX) {
    title = title.slice(0, TITLE_MAX).replace(/\s+\S*$/, '');
    toFill.push(`title: the headline was cut to ${TITLE_MAX} characters ("${title}"); shorten it yourself`);
  }
  const slug = slugify(options.slug ?? title, SLUG_MAX);

  const blocks = blocksOf(lines.slice(titleIndex + 1));
  const firstParagraph = blocks.findIndex((b) => b.kind === 'paragraph');
  const { dek, todo: dekTodo } = dekFrom(
    firstParagraph >= 0 ? (blocks[firstParagraph] as { text: string }).text : undefined,
  );
  if (firstParagraph >= 0) blocks.splice(firstParagraph, 1);
  if (dekTodo)
    toFill.push(
      `description: the first paragraph was too short for a dek (${DESCRIPTION_MIN}-${DESCRIPTION_MAX} characters)`,
    );

  // The key takeaway: a short line of advice right after a table, or the last paragraph.
  let keyTakeaway: string | undefined;
  const candidates = [...blocks.flatMap((b, i) => (b.kind === 'table' ? [i + 1] : [])), blocks.length - 1];
  for (const index of candidates) {
    const block = blocks[index];
    if (isAdvice(block)) {
      const advice = block.text.replace(ADVICE, '').trim();
      keyTakeaway = `${advice[0]!.toUpperCase()}${advice.slice(1)}`;
      blocks.splice(index, 1);
      break;
    }
  }

  const body: string[] = [];
  const faqItems: { question: string; answer: string }[] = [];
  const comparisons: ImportResult['comparisons'] = [];
  let inFaq = false;
  let lastHeading = title;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind === 'heading') {
      if (FAQ_HEADING.test(block.text)) {
        inFaq = true;
        continue;
      }
      if (inFaq && block.text.endsWith('?')) {
        faqItems.push({ question: block.text, answer: '' });
        continue;
      }
      inFaq = false;
      lastHeading = block.text;
      body.push(`## ${escapeMdx(block.text)}`);
      continue;
    }
    if (inFaq && block.kind === 'paragraph' && faqItems.length > 0) {
      const item = faqItems[faqItems.length - 1]!;
      item.answer = item.answer ? `${item.answer}\n\n${block.text}` : block.text;
      continue;
    }
    if (block.kind === 'table') {
      const id = `${slug}-${comparisons.length + 1}`;
      // A short paragraph just before a table ("The two countries compared:") is its caption.
      const previous = blocks[i - 1];
      let caption = `${PLACEHOLDER}: one sentence that says what this table shows`;
      if (previous?.kind === 'paragraph' && previous.text.length <= TAKEAWAY_MAX && !inFaq) {
        caption = previous.text.replace(/:$/, '.');
        body.pop();
      } else {
        toFill.push(`comparisons/${id}.yaml: caption`);
      }
      const tableTitle = lastHeading === title ? title : `${title}: ${lastHeading}`;
      const table = comparisonYaml(tableTitle, caption, block.lines);
      comparisons.push({ id, text: table.text, rows: table.rows });
      toFill.push(`comparisons/${id}.yaml: sources`);
      body.push(comparisonEmbed(id));
      continue;
    }
    body.push(escapeMdx(block.text));
  }

  let faq: ImportResult['faq'];
  const answered = faqItems.filter((item) => item.answer);
  if (answered.length >= 2) {
    const data = { title: `${title}: questions and answers`, items: answered };
    faq = { id: slug, text: dump(data, { lineWidth: 100 }), items: answered.length };
  } else if (faqItems.length > 0) {
    // One question is not an FAQ: keep it in the story as a section.
    for (const item of faqItems) body.push(`## ${escapeMdx(item.question)}`, escapeMdx(item.answer));
  }

  const frontmatter = articleFrontmatter({
    title,
    description: dek,
    publishedAt: options.date,
    authors: [options.author],
    topics: [options.topic],
    faq: faq?.id,
    keyTakeaway,
    sources: [
      {
        publisher: `${PLACEHOLDER}: the outlet`,
        title: `${PLACEHOLDER}: the headline of the piece you cite`,
      },
    ],
    draft: true,
    notes: { authors: `${PLACEHOLDER}: check the byline`, topics: `${PLACEHOLDER}: check the topics` },
  });
  toFill.unshift('authors and topics: check the ids', 'sources: the outlets behind every figure');
  return {
    slug,
    title,
    article: `${frontmatter}\n${body.join('\n\n')}\n`,
    faq,
    comparisons,
    keyTakeaway,
    dropped,
    toFill,
  };
}
