/** What `npm run new` writes: complete, valid files with TODO placeholders the linter flags. */
import { DESCRIPTION_MAX, DESCRIPTION_MIN, PLACEHOLDER } from '../../src/lib/rules.ts';
import { articleFrontmatter, PLACEHOLDER_SOURCE } from './frontmatter.ts';

export function articleTemplate(options: {
  title: string;
  author: string;
  topic: string;
  date: string;
}): string {
  const { title, author, topic, date } = options;
  const frontmatter = articleFrontmatter({
    title,
    description: `${PLACEHOLDER}: one or two sentences (${DESCRIPTION_MIN}-${DESCRIPTION_MAX} characters) that say what the story adds.`,
    publishedAt: date,
    authors: [author],
    topics: [topic],
    regions: [],
    companies: [],
    sources: [PLACEHOLDER_SOURCE],
    draft: true,
    notes: { authors: `${PLACEHOLDER}: check the byline`, topics: `${PLACEHOLDER}: check the topics` },
  });
  return `${frontmatter}
${PLACEHOLDER}: the lede. Who did what, and why it matters, in two or three sentences. Name the outlet for every figure.

## ${PLACEHOLDER}: first section heading

${PLACEHOLDER}: the detail, with attribution ("X told CNBC").

## ${PLACEHOLDER}: what to watch

${PLACEHOLDER}: what happens next.
`;
}

export function faqTemplate(): string {
  return `title: "${PLACEHOLDER}: what this set of questions is about"
items:
  - question: "${PLACEHOLDER}: the first question, as a reader would ask it?"
    answer: "${PLACEHOLDER}: the answer, with its source."
  - question: "${PLACEHOLDER}: the second question?"
    answer: "${PLACEHOLDER}: the answer, with its source."
`;
}

export function comparisonTemplate(): string {
  return `title: "${PLACEHOLDER}: what the table compares"
caption: "${PLACEHOLDER}: one sentence that says what the table shows."
columns:
  - key: item
    label: "${PLACEHOLDER}: first column"
  - key: value
    label: "${PLACEHOLDER}: second column"
rows:
  - item: "${PLACEHOLDER}"
    value: "${PLACEHOLDER}"
sources:
  - publisher: "${PLACEHOLDER}: the outlet"
    title: "${PLACEHOLDER}: the headline of the piece you cite"
`;
}
