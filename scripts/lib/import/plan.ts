/**
 * What an imported draft becomes: headline, dek, body, FAQ set, tables, key takeaway,
 * and the lines dropped as page furniture, each with its reason. Pure: blocks in, plan out.
 */
import {
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
  FAQ_MIN_ITEMS,
  PLACEHOLDER,
  TAKEAWAY_MAX,
  TITLE_MAX,
} from '../../../src/lib/rules.ts';
import {
  escapeMdx,
  isTitleCase,
  looksLikeHeading,
  NEW_TAB_HINT,
  type Block,
  type Dropped,
} from './blocks.ts';
import {
  COMMENT_SECTION,
  furnitureOf,
  isCallToAction,
  outletsNamed,
  SIGNATURE_DASH,
  SIGNATURE_LINE_MAX,
  SIGNATURE_MAX_LINES,
} from './furniture.ts';
import { chooseHeadline } from './headline.ts';
import { sentencesOf } from './words.ts';

export type { Dropped } from './blocks.ts';

export interface PlannedTable {
  title: string;
  /** undefined: the writer must write one. */
  caption?: string;
  rows: string[][];
}

export interface DraftPlan {
  title: string;
  /** The headline came from the draft (so its words are placed there), not proposed. */
  titleFromDraft: boolean;
  /** Why this headline: which rule chose it, printed in the import report. */
  titleReason: string;
  dek: string;
  /** The dek is the draft's own standfirst (its words are placed there), not a copy of the lede. */
  dekFromDraft: boolean;
  /** MDX blocks; a table is embedded as { table: n }. */
  body: (string | { table: number })[];
  faq: { question: string; answer: string }[];
  tables: PlannedTable[];
  keyTakeaway?: string;
  dropped: Dropped[];
  /** Headlines of other stories found between paragraphs. */
  related: string[];
  /** Outlets the draft names as its sources. */
  outlets: string[];
  toFill: string[];
}

const FAQ_HEADING =
  /^(frequently asked questions|faqs?|questions and answers|q\s*&\s*a|common questions)\s*:?$/i;
const TAKEAWAY_HEADING = /^(the\s+)?(key\s+)?(takeaways?|bottom line)\s*:?$/i;

/** Desk prefixes news agencies put before a headline, one or more: "REFILE-UPDATE 2-". */
const DESK_PREFIX =
  /^(?:(?:UPDATE \d+|REFILE|CORRECTED|EXCLUSIVE|BREAKINGVIEWS|WRAPUP \d+|RPT|FACTBOX|INSIGHT|ANALYSIS)-)+(?=\S)/;

/** "Bottom line: …", "Key takeaway — …": a paragraph that labels itself as the takeaway. */
const TAKEAWAY_PREFIX = /^(key takeaway|the takeaway|takeaway|bottom line|the bottom line)\s*[:—–-]\s*/i;
/** A short line of advice, as writers put after a table. */
const ADVICE =
  /^(watch|expect|plan|consider|remember|look for|keep an eye|don't|do not|always|never|if you|make sure|start|avoid|follow|focus on|bet on)\b/i;

function labelReason(label: string): string {
  if (FAQ_HEADING.test(label)) return 'section label: its questions and answers are the FAQ file';
  if (/^(Q(uestion)?|A(nswer)?)\s*[:.]$/.test(label))
    return 'question or answer marker: the pair is an item of the FAQ file';
  return 'section label: what it introduced is the key takeaway (keyTakeaway:)';
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** "Maya Okafor": a name on its own line, two to four capitalised words. */
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
/** A line of an author's bio: what they cover, or who they are. */
const BIO =
  /\b(covers|writes (about|on)|reports on|reporter|editor|correspondent|journalist|analyst|columnist|is a|based in|joined)\b/i;

/** After an author box's initials line: how many blocks (name, bio) still belong to it. */
function authorBoxRest(blocks: Block[], at: number): number {
  const name = blocks[at];
  if (!name || name.kind === 'table' || !NAME_LINE.test(name.text)) return 0;
  const bio = blocks[at + 1];
  const first = name.text.split(/\s+/)[0]!;
  const isBio =
    bio?.kind === 'paragraph' &&
    wordCount(bio.text) <= 60 &&
    (BIO.test(bio.text) || bio.text.startsWith(`${first} `) || /^(He|She|They)\s/.test(bio.text));
  return isBio ? 2 : 1;
}

const ABOUT_SECTION =
  /^([Aa]bout\s+\p{Lu}[\p{L}\p{N}&.,'’ -]{1,60}|[Ff]orward[- ][Ll]ooking [Ss]tatements?|[Ss]afe [Hh]arbou?r [Ss]tatement)$/u;
const CONTACT_LINE = /^(media|press|investor)\s+(contacts?|inquiries|enquiries|relations)\b\s*:?/i;
const END_MARK = /^(#{3}|-\s?30\s?-|-?\s?ends\s?-?)$/i;

/**
 * A press release's closing matter, in the second half of the draft: an "About <company>" or
 * "Forward-looking statements" section (to the next heading), a media-contact line with the
 * short lines under it (name, email, phone), or an end mark ("###", "-30-").
 */
function pressBoilerplate(blocks: Block[], at: number): { blocks: number; reason: string } | undefined {
  const block = blocks[at]!;
  if (block.kind === 'table' || at < blocks.length / 2) return undefined;
  // "###" alone reads as an empty Markdown heading: test what the draft said.
  const endMark = (b: Block) => END_MARK.test(b.text.trim()) || END_MARK.test(b.markdown.trim());
  if (endMark(block)) return { blocks: 1, reason: 'press-release end mark' };
  if (ABOUT_SECTION.test(block.text.trim()) && (block.kind === 'heading' || looksLikeHeading(block.text))) {
    let end = at + 1;
    while (end < blocks.length && blocks[end]!.kind !== 'heading' && !CONTACT_LINE.test(blocks[end]!.text))
      end++;
    return { blocks: end - at, reason: `press-release boilerplate (the "${block.text.trim()}" section)` };
  }
  if (CONTACT_LINE.test(block.text)) {
    let end = at + 1;
    const contact = (b: Block | undefined) =>
      b !== undefined &&
      b.kind !== 'table' &&
      !endMark(b) &&
      (wordCount(b.text) <= 8 || /@|\+?\d[\d ().-]{6,}/.test(b.text));
    while (end < blocks.length && end - at <= 6 && contact(blocks[end])) end++;
    return { blocks: end - at, reason: 'press-release media contact' };
  }
  return undefined;
}

/** Lines that could be an email's signature card: a few, each short. */
const isSignatureCard = (lines: string[]) =>
  lines.length <= SIGNATURE_MAX_LINES + 1 && lines.every((line) => line.length <= SIGNATURE_LINE_MAX);

/**
 * A signature sent in the same paragraph as the story's last lines (Gmail's `<br>`s, no
 * blank line before "-- "): split off at its dash, so the rule below sees a block of its own.
 * A paragraph's lines are its Markdown's lines, joined by hard breaks (`\` at a line end).
 */
function splitSignature(blocks: Block[]): Block[] {
  return blocks.flatMap((block, i) => {
    if (block.kind !== 'paragraph') return [block];
    const lines = block.text.split('\n');
    const markdown = block.markdown.split('\\\n');
    const dash = lines.findIndex((line, n) => n > 0 && SIGNATURE_DASH.test(line));
    if (dash < 0 || markdown.length !== lines.length) return [block];
    const rest = [...lines.slice(dash), ...blocks.slice(i + 1).flatMap((b) => b.text.split('\n'))];
    if (!isSignatureCard(rest)) return [block];
    const prose = block.prose?.split('\n');
    return [
      {
        ...block,
        text: lines.slice(0, dash).join('\n'),
        markdown: markdown.slice(0, dash).join('\\\n'),
        ...(prose?.length === lines.length && { prose: prose.slice(0, dash).join('\n') }),
      },
      { kind: 'paragraph', text: lines.slice(dash).join('\n'), markdown: markdown.slice(dash).join('\\\n') },
    ];
  });
}

function dropFurniture(input: Block[], dropped: Dropped[], related: string[]): Block[] {
  const blocks = splitSignature(input);
  const kept: Block[] = [];
  // A comment section in the last part of a page: everything from it on is other people's words.
  const commentStart = blocks.findIndex((b, i) => i >= blocks.length * 0.5 && COMMENT_SECTION.test(b.text));
  // A draft sent by email: from the "-- " line at its foot on, the sender's signature.
  const signatureStart = blocks.findIndex((b, i) => {
    if (!blocks.slice(0, i).some((before) => before.kind === 'paragraph')) return false;
    if (!SIGNATURE_DASH.test(b.text.split('\n')[0]!)) return false;
    return isSignatureCard(blocks.slice(i).flatMap((rest) => rest.text.split('\n')));
  });
  // Whichever comes first ends the story: every line from there on is dropped with its reason.
  const [tail] = [
    { start: commentStart, reason: 'comment section' },
    { start: signatureStart, reason: 'email signature (below its "-- " line)' },
  ]
    .filter((t) => t.start >= 0)
    .sort((a, b) => a.start - b.start);
  let skip = 0;
  blocks.forEach((block, i) => {
    if (skip > 0) return void skip--;
    if (tail && i >= tail.start) {
      for (const line of block.text.split('\n')) dropped.push({ text: line, reason: tail.reason });
      return;
    }
    if (block.kind === 'image') {
      // The alt text is the image's only words (none without it); its address is no word
      // of the draft, and a .docx image's is a data: URI of the whole picture.
      const address = block.markdown.startsWith('data:')
        ? `embedded in the draft (${Math.round(block.markdown.length / 1365)} KB)`
        : block.markdown.length > 100
          ? `${block.markdown.slice(0, 97)}…`
          : block.markdown;
      dropped.push({
        text: block.text,
        reason: `image ${address}: add it back as a local file beside the story, with alt text`,
      });
      return;
    }
    if (block.kind === 'table') return void kept.push(block);
    // An aggregator's link hint inside a line ("… (opens original article in a new tab)").
    const hint = block.text.match(NEW_TAB_HINT);
    if (hint) {
      dropped.push({ text: hint[0].trim(), reason: "the page's link hint (opens in a new tab)" });
      block = {
        ...block,
        text: block.text.replace(NEW_TAB_HINT, '').trim(),
        markdown: block.markdown.replace(NEW_TAB_HINT, '').trim(),
      };
    }
    const lines = block.text.split('\n');
    const furniture = lines.map(furnitureOf);
    // An author box: initials, then the name, then a line of bio.
    if (furniture[0]?.family === 'author-box' && lines.length === 1) {
      dropped.push({ text: block.text, reason: furniture[0].reason });
      skip = authorBoxRest(blocks, i + 1);
      for (const rest of blocks.slice(i + 1, i + 1 + skip))
        dropped.push({ text: rest.text, reason: furniture[0].reason });
      return;
    }
    // A press release's closing matter: "About NordGrid Energy" and what follows, contacts.
    const boilerplate = pressBoilerplate(blocks, i);
    if (boilerplate) {
      skip = boilerplate.blocks - 1;
      for (const rest of blocks.slice(i, i + boilerplate.blocks))
        // ("###" reads as an empty Markdown heading: its text is the mark itself.)
        for (const line of (rest.text || rest.markdown).split('\n'))
          dropped.push({ text: line, reason: boilerplate.reason });
      return;
    }
    const oneProperty = lines.length === 1 && furniture[0]?.family === 'doc-properties';
    if (furniture.every(Boolean) && lines.length <= 12 && !oneProperty) {
      lines.forEach((line, n) => {
        dropped.push({ text: line, reason: furniture[n]!.reason });
        if (furniture[n]!.family === 'teaser') related.push(line.replace(/^[^:|–—-]+[:|–—-]\s*/, ''));
      });
      return;
    }
    kept.push(block);
  });
  // Calls to action at the very end ("Contact us to plan your expansion").
  while (kept.length > 1 && kept.at(-1)!.kind !== 'table' && isCallToAction(kept.at(-1)!.text)) {
    dropped.push({ text: kept.pop()!.text, reason: 'call to action at the end of the draft' });
  }
  // The byline's author, introduced at the very end ("Dana Whitfield covers power markets…").
  const authors = blocks.flatMap((b) =>
    furnitureOf(b.text)?.family === 'byline'
      ? [
          b.text
            .replace(/^\S+(\s+by)?\s+/i, '')
            .split(/\s*(?:,|\||·|•|\band\b|&)\s*/)[0]!
            .trim(),
        ]
      : [],
  );
  const last = kept.at(-1);
  if (
    last?.kind === 'paragraph' &&
    kept.length > 1 &&
    wordCount(last.text) <= 60 &&
    BIO.test(last.text) &&
    authors.some(
      (name) => name && (last.text.startsWith(`${name} `) || last.text.startsWith(`${name.split(' ')[0]} `)),
    )
  ) {
    dropped.push({
      text: kept.pop()!.text,
      reason: "the author's bio (the bio comes from the author's file)",
    });
  }
  return kept;
}

/**
 * Headings that look like another story's headline (long, between paragraphs) in a draft
 * whose own subheads are short or quoted: teasers a web page put between paragraphs.
 */
function dropTeasers(blocks: Block[], dropped: Dropped[], related: string[]): Block[] {
  const headings = blocks.filter((b) => b.kind === 'heading' && !b.explicitHeading);
  const shortSubheads = headings.some((h) => wordCount(h.text) <= 5 || /^["'‘“]/.test(h.text));
  if (!shortSubheads) return blocks;
  return blocks.filter((block, i) => {
    const teaser =
      i > 0 &&
      block.kind === 'heading' &&
      !block.explicitHeading &&
      !block.text.endsWith('?') &&
      !/^["'‘“]/.test(block.text) &&
      wordCount(block.text) >= 8 &&
      blocks[i - 1]?.kind === 'paragraph' &&
      blocks[i + 1]?.kind === 'paragraph';
    if (teaser) {
      dropped.push({ text: block.text, reason: 'headline of another story (listed under Related)' });
      related.push(block.text);
    }
    return !teaser;
  });
}

/**
 * The first sentences of the lede that fit a dek, whole; never a cut sentence. One line: a
 * line break the draft had in its lede (Markdown's two trailing spaces, an HTML <br>) is a space.
 */
function dekFrom(lede: string | undefined): { dek: string; todo: boolean } {
  const text = (lede ?? '').replace(/\s+/g, ' ').trim();
  if (text.length >= DESCRIPTION_MIN && text.length <= DESCRIPTION_MAX) return { dek: text, todo: false };
  if (text.length > DESCRIPTION_MAX) {
    let dek = '';
    for (const sentence of sentencesOf(text)) {
      if (`${dek} ${sentence}`.trim().length > DESCRIPTION_MAX) break;
      dek = `${dek} ${sentence}`.trim();
    }
    if (dek.length >= DESCRIPTION_MIN) return { dek, todo: false };
    return {
      dek: `${PLACEHOLDER}: write a dek of ${DESCRIPTION_MIN}-${DESCRIPTION_MAX} characters; the lede is too long to use`,
      todo: true,
    };
  }
  return {
    dek: `${PLACEHOLDER}: write a dek of ${DESCRIPTION_MIN}-${DESCRIPTION_MAX} characters. ${text}`.trim(),
    todo: true,
  };
}

/**
 * A headline proposed from the lede's first sentence, marked TODO; never a cut sentence.
 * When that sentence is too long, the placeholder still says what the draft is about (its
 * opening words), so two headline-less drafts never share one.
 */
function proposedTitle(lede: string | undefined): string {
  const [first] = sentencesOf(lede ?? '');
  const stub = `${PLACEHOLDER}: `;
  if (first && stub.length + first.length <= TITLE_MAX) return `${stub}${first.replace(/[.]$/, '')}`;
  const about = `${stub}write a headline for the draft that begins "`;
  const words: string[] = [];
  for (const word of (first ?? lede ?? '').split(/\s+/).filter(Boolean)) {
    if (about.length + [...words, word].join(' ').length + 2 > TITLE_MAX) break;
    words.push(word);
  }
  return words.length ? `${about}${words.join(' ')}…"` : `${stub}write a headline (the draft has none)`;
}

/**
 * Is the first block the headline? A short line with no closing punctuation is, unless it
 * reads like the draft's own section headings (short title case, with more of them below):
 * then the draft starts with a section, and the headline is proposed from the lede.
 */
function firstIsHeadline(blocks: Block[]): boolean {
  const [first, second] = blocks;
  if (!first || first.text.length > TITLE_MAX) return false;
  // A short first paragraph before longer prose (a doc editor's "Title" style, a plain line).
  if (first.kind === 'paragraph') {
    return (
      looksLikeHeading(first.text) &&
      !first.text.endsWith('?') &&
      second?.kind === 'paragraph' &&
      second.text.length > first.text.length
    );
  }
  if (first.kind !== 'heading') return false;
  if (first.explicitHeading && first.depth === 1) return true;
  const later = blocks
    .slice(1)
    .filter((b) => b.kind === 'heading' && !b.text.endsWith('?') && !FAQ_HEADING.test(b.text));
  const sectionStyle =
    isTitleCase(first.text) &&
    wordCount(first.text) <= 7 &&
    later.filter((h) => isTitleCase(h.text)).length >= 2;
  const sameDepth = first.explicitHeading && later.some((h) => h.explicitHeading && h.depth === first.depth);
  return !(sectionStyle || sameDepth);
}

/** One item of a numbered list, as the draft numbered it ("2. The players: …"). */
const NUMBERED_ITEM = /^(\d{1,3})[.)]\s+(.+)$/;

/**
 * A listicle's item headings: "1. …", then paragraphs, "2. The players: …", paragraphs,
 * "3. $15 billion and counting". Each arrives as a one-item numbered list; two or more of
 * them, numbered in order with prose between, are numbered section headings ("## 2. …").
 */
function numberedHeadings(blocks: Block[]): Block[] {
  const single = blocks.map((b) => {
    if (b.kind !== 'list' || b.markdown.includes('\n')) return undefined;
    const m = b.markdown.match(NUMBERED_ITEM);
    return m && m[2]!.length <= 120 && !/[.!?]$/.test(m[2]!.trim()) ? Number(m[1]) : undefined;
  });
  const items = single.flatMap((n, i) => (n === undefined ? [] : [{ n, i }]));
  const inOrder = items.length >= 2 && items.every((item, k) => k === 0 || item.n === items[k - 1]!.n + 1);
  const apart = items.every((item, k) => k === 0 || item.i > items[k - 1]!.i + 1);
  if (!inOrder || !apart) return blocks;
  return blocks.map((block, i) =>
    single[i] === undefined
      ? block
      : { ...block, kind: 'heading', text: `${single[i]}. ${block.text}`, markdown: '', depth: 2 },
  );
}

/** "Q: …?" or "Question: …?"; "A: …" or "Answer: …". */
const QUESTION_LINE = /^(Q(?:uestion)?\s*[:.])\s+(.+\?)$/;
const ANSWER_LINE = /^(A(?:nswer)?\s*[:.])\s+(.+)$/s;

interface QaPair {
  question: string;
  answer: string;
  /** The draft's own markers ("Q:", "Answer:"): written nowhere, reported as dropped. */
  markers: string[];
}

/** Consecutive question / answer paragraph pairs starting at `at`. */
function qaPairs(blocks: Block[], at: number): QaPair[] {
  const pairs: QaPair[] = [];
  for (let i = at; i + 1 < blocks.length; i += 2) {
    const [q, a] = [blocks[i]!, blocks[i + 1]!];
    const question = q.kind !== 'table' ? q.text.match(QUESTION_LINE) : undefined;
    const answer = a.kind === 'paragraph' ? a.markdown.match(ANSWER_LINE) : undefined;
    if (!question || !answer) break;
    pairs.push({ question: question[2]!, answer: answer[2]!, markers: [question[1]!, answer[1]!] });
  }
  return pairs;
}

/** A numbered or bulleted list of questions under an FAQ heading: each item is a question. */
function listedQuestions(block: Block): { question: string; answer: string }[] | undefined {
  if (block.kind !== 'list') return undefined;
  // An item is a question line, and its answer when the list holds it (an HTML <dl>, or
  // an indented paragraph under the item).
  const items = block.markdown
    .split(/^(?:[-*]|\d{1,3}\.)\s+/m)
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const [first = '', ...rest] = item.split('\n');
      return {
        question: first.trim(),
        answer: rest
          .join('\n')
          .replace(/^[ \t]+/gm, '')
          .trim(),
      };
    });
  return items.length > 0 && items.every((item) => item.question.endsWith('?') && item.question.length <= 200)
    ? items
    : undefined;
}

export function planDraft(input: Block[], chrome: Dropped[] = []): DraftPlan {
  const dropped: Dropped[] = [...chrome];
  const related: string[] = [];
  const allText = [...input.map((b) => b.text), ...chrome.map((c) => c.text)].join('\n');
  let blocks = numberedHeadings(dropTeasers(dropFurniture(input, dropped, related), dropped, related));

  const toFill: string[] = [];
  /** Section labels the structure replaced ("Frequently Asked Questions", "Q:", "The Takeaway"). */
  const labels: string[] = [];
  let title: string;
  let titleFromDraft = false;
  let titleReason: string;
  // Chosen on the draft as it came (bylines and date lines are furniture below), then found
  // again among the blocks that are left.
  const chosen = chooseHeadline(input);
  // (The same block, or the one furniture trimmed: "… (opens original article in a new tab)".)
  const sameAt = chosen ? blocks.indexOf(chosen.block) : -1;
  const chosenAt =
    chosen && sameAt < 0
      ? blocks.findIndex(
          (b) =>
            b.line !== undefined &&
            b.line === chosen.block.line &&
            b.text !== '' &&
            chosen.block.text.startsWith(b.text),
        )
      : sameAt;
  if (chosen && chosenAt >= 0) {
    title = blocks[chosenAt]!.text;
    titleFromDraft = true;
    titleReason = chosen.reason;
    for (const line of chosen.above) {
      if (!blocks.includes(line)) continue;
      dropped.push({
        text: line.text,
        reason: "above the headline: the web page's site name, section or tag line",
      });
    }
    blocks = blocks.filter((b, i) => i !== chosenAt && !chosen.above.includes(b));
  } else if (firstIsHeadline(blocks)) {
    title = blocks[0]!.text;
    titleFromDraft = true;
    titleReason = blocks[0]!.explicitHeading
      ? "the draft's first heading"
      : 'the first line: short, with no closing punctuation, before longer prose';
    blocks = blocks.slice(1);
  } else {
    title = proposedTitle(blocks.find((b) => b.kind === 'paragraph')?.text);
    titleReason = 'none in the draft: a TODO placeholder from the lede';
    toFill.push(
      blocks[0]?.kind === 'heading'
        ? `title: the draft starts with a section heading ("${blocks[0].text}"), kept in the body; write a headline`
        : 'title: the draft has no headline line; write one (a proposal from the lede is there)',
    );
  }
  // A news agency's desk prefix ("UPDATE 2-", "REFILE-", "EXCLUSIVE-") is not the headline.
  const desk = titleFromDraft ? title.match(DESK_PREFIX)?.[0] : undefined;
  if (desk) {
    title = title.slice(desk.length);
    dropped.push({ text: desk, reason: "a news agency's desk prefix on the headline" });
  }
  // An export that repeats the headline in the body (Medium's `graf--title`), and a line
  // repeated word for word right after itself (Medium's subtitle, once outside its body and
  // once in it): one copy, the rest said. The copy marked as the standfirst is the one kept.
  if (titleFromDraft)
    blocks = blocks.filter((b) => {
      const again = b.kind === 'heading' && b.text === title;
      if (again) dropped.push({ text: b.text, reason: 'the headline again, repeated in the body' });
      return !again;
    });
  const once: Block[] = [];
  for (const b of blocks) {
    const last = once.at(-1);
    if (!last || b.text === '' || b.text !== last.text) once.push(b);
    else {
      dropped.push({ text: b.text, reason: 'the same text again, right after itself' });
      if (b.standfirst && !last.standfirst) once[once.length - 1] = b;
    }
  }
  blocks = once;
  // A web page's standfirst right under the headline is the dek, when it fits one whole;
  // else it stays the first paragraph, and the dek is copied from the lede as usual.
  const standfirst = blocks[0]?.standfirst ? (blocks[0].prose ?? blocks[0].text) : undefined;
  const dekFromDraft =
    standfirst !== undefined && standfirst.length >= DESCRIPTION_MIN && standfirst.length <= DESCRIPTION_MAX;
  if (dekFromDraft) blocks = blocks.slice(1);
  const ledeBlock = blocks.find((b) => b.kind === 'paragraph');
  const { dek, todo } = dekFromDraft
    ? { dek: standfirst, todo: false }
    : dekFrom(ledeBlock?.prose ?? ledeBlock?.text);
  if (todo)
    toFill.push(
      `description: write a dek of ${DESCRIPTION_MIN}-${DESCRIPTION_MAX} characters (a copy of the lede did not fit)`,
    );

  const body: DraftPlan['body'] = [];
  const faq: DraftPlan['faq'] = [];
  const tables: PlannedTable[] = [];
  let keyTakeaway: string | undefined;
  const takeaway: string[] = [];
  let mode: 'body' | 'faq' | 'takeaway' = 'body';
  let faqAt = -1;
  let lastHeading: string | undefined;
  // 'Cheap power': a web page's quoted subhead is a subhead; the quotes were its styling.
  const heading = (text: string, depth = 2) =>
    `${depth >= 3 ? '###' : '##'} ${escapeMdx(text.replace(/^["'‘“](.+)["'’”]$/, '$1'))}`;

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    // "Q: …?" then "A: …", two or more pairs: an FAQ, wherever it stands. The labels are
    // structure, accounted as such.
    const pairs = qaPairs(blocks, i);
    if (pairs.length >= FAQ_MIN_ITEMS) {
      for (const { question, answer, markers } of pairs) {
        faq.push({ question, answer });
        labels.push(...markers);
      }
      i += pairs.length * 2 - 1;
      continue;
    }
    if (block.kind === 'heading') {
      if (FAQ_HEADING.test(block.text)) {
        mode = 'faq';
        faqAt = body.length;
        labels.push(block.text);
        continue;
      }
      if (TAKEAWAY_HEADING.test(block.text) && keyTakeaway === undefined) {
        mode = 'takeaway';
        labels.push(block.text);
        continue;
      }
      if (mode === 'faq' && block.text.endsWith('?')) {
        faq.push({ question: block.text, answer: '' });
        continue;
      }
      mode = 'body';
      lastHeading = block.text;
      body.push(heading(block.text, block.depth));
      continue;
    }
    if (mode === 'takeaway' && block.kind !== 'table') {
      takeaway.push(block.text.replace(/\n/g, '; ').replace(/\s+/g, ' '));
      continue;
    }
    // "1. Which companies …?" with its answer below: one question per item.
    const listed = mode === 'faq' ? listedQuestions(block) : undefined;
    if (listed) {
      for (const item of listed) faq.push(item);
      continue;
    }
    if (
      mode === 'faq' &&
      block.kind === 'paragraph' &&
      block.text.endsWith('?') &&
      block.text.length <= 200 &&
      !block.text.includes('\n')
    ) {
      faq.push({ question: block.text, answer: '' });
      continue;
    }
    if (mode === 'faq' && faq.length > 0 && block.kind !== 'table') {
      const item = faq.at(-1)!;
      item.answer = item.answer ? `${item.answer}\n\n${block.markdown}` : block.markdown;
      continue;
    }
    if (block.kind === 'table') {
      const rows = block.rows ?? [];
      if (rows.length < 2 || (rows[0]?.length ?? 0) < 2) {
        body.push(block.markdown || rows.map((r) => `| ${r.map(escapeMdx).join(' | ')} |`).join('\n'));
        continue;
      }
      // A short line ending in ':' just before the table introduces it: its caption.
      const previous = blocks[i - 1];
      let caption: string | undefined;
      if (
        previous?.kind === 'paragraph' &&
        previous.text.endsWith(':') &&
        previous.text.length <= TAKEAWAY_MAX &&
        body.at(-1) === previous.markdown
      ) {
        body.pop();
        caption = previous.text.replace(/:$/, '.');
      }
      const name = titleFromDraft ? title : (lastHeading ?? `Table ${tables.length + 1}`);
      tables.push({
        title: lastHeading && titleFromDraft ? `${title}: ${lastHeading}` : name,
        caption,
        rows,
      });
      body.push({ table: tables.length - 1 });
      // A one-line piece of advice right after a table is the story's takeaway.
      const next = blocks[i + 1];
      if (
        keyTakeaway === undefined &&
        next?.kind === 'paragraph' &&
        next.text.length <= TAKEAWAY_MAX &&
        ADVICE.test(next.text)
      ) {
        keyTakeaway = next.text.replace(/\s+/g, ' ');
        i++;
      }
      continue;
    }
    if (block.kind === 'paragraph' && TAKEAWAY_PREFIX.test(block.text) && keyTakeaway === undefined) {
      const prefix = block.text.match(TAKEAWAY_PREFIX)![0];
      labels.push(prefix);
      const rest = block.text.slice(prefix.length);
      keyTakeaway = `${rest[0]?.toUpperCase() ?? ''}${rest.slice(1)}`;
      continue;
    }
    body.push(block.markdown);
  }
  if (takeaway.length) keyTakeaway = [keyTakeaway, ...takeaway].filter(Boolean).join(' ');
  // A closing line of advice ("Watch the grid queue, not the land market.") is the takeaway,
  // wherever it ended up: the body's last block, or the last FAQ answer's last paragraph.
  if (keyTakeaway === undefined) {
    const lastBlock = blocks.at(-1);
    const isAdvice = (b: Block | undefined) =>
      b?.kind === 'paragraph' &&
      b.text.length <= TAKEAWAY_MAX &&
      !b.text.endsWith('?') &&
      ADVICE.test(b.text);
    // Not when it is all a section says: that would leave a heading over nothing.
    if (isAdvice(lastBlock) && blocks.at(-2)?.kind !== 'heading') {
      const item = faq.at(-1);
      if (
        mode === 'faq' &&
        item?.answer.endsWith(lastBlock!.markdown) &&
        item.answer !== lastBlock!.markdown
      ) {
        item.answer = item.answer.slice(0, -lastBlock!.markdown.length).trimEnd();
        keyTakeaway = lastBlock!.text.replace(/\s+/g, ' ');
      } else if (body.at(-1) === lastBlock!.markdown) {
        body.pop();
        keyTakeaway = lastBlock!.text.replace(/\s+/g, ' ');
      }
    }
  }

  // One question is not an FAQ set (the schema wants at least two); an unanswered one is
  // not an FAQ item. Either way the words go back into the story where the FAQ stood.
  const answered = faq.filter((item) => item.answer.trim());
  let faqItems = answered;
  if (answered.length < FAQ_MIN_ITEMS) {
    faqItems = [];
    if (faq.length) {
      const back = faq.flatMap((item) => [heading(item.question), ...(item.answer ? [item.answer] : [])]);
      const label = labels.findIndex((l) => FAQ_HEADING.test(l));
      if (label >= 0) back.unshift(heading(labels.splice(label, 1)[0]!));
      body.splice(Math.max(0, faqAt), 0, ...back);
    }
  } else {
    const unanswered = faq.filter((item) => !item.answer.trim());
    if (unanswered.length) {
      body.push(...unanswered.map((item) => heading(item.question)));
      toFill.push(
        `FAQ: ${unanswered.length} question(s) had no answer and were kept in the body as headings`,
      );
    }
  }
  for (const [n, table] of tables.entries()) if (!table.caption) toFill.push(`table ${n + 1}: caption`);
  if (tables.length) toFill.push('tables: sources');

  // Labels the structure replaced are written nowhere: dropped, each with what took its place.
  for (const label of labels) dropped.push({ text: label, reason: labelReason(label) });

  return {
    title,
    titleFromDraft,
    titleReason,
    dek,
    dekFromDraft,
    body,
    faq: faqItems,
    tables,
    keyTakeaway,
    dropped,
    related,
    outlets: outletsNamed(allText),
    toFill,
  };
}
