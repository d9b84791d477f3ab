/** What `npm run new` writes: complete, valid files with TODO placeholders the linter flags. */
import { PLACEHOLDER } from './content-files.ts';

export function yamlString(text: string): string {
  return JSON.stringify(text);
}

export function articleTemplate(options: {
  title: string;
  author: string;
  topic: string;
  date: string;
}): string {
  const { title, author, topic, date } = options;
  return `---
title: ${yamlString(title)}
description: "${PLACEHOLDER}: one or two sentences (50-200 characters) that say what the story adds."
publishedAt: ${date}
authors: [${author}] # ${PLACEHOLDER}: check the byline
topics: [${topic}] # ${PLACEHOLDER}: check the topics
regions: []
companies: []
sources:
  - publisher: "${PLACEHOLDER}: the outlet, e.g. CNBC"
    title: "${PLACEHOLDER}: the headline of the piece you cite"
draft: true
---

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
