import { z } from 'astro/zod';
import { text } from './fields.ts';

export const authorSchema = z.object({
  name: text('name', "the author's full name"),
  role: text('role', 'their job title at Gigawatt'),
  bio: text('bio', 'a one- or two-sentence biography'),
  url: z.url({ protocol: /^https?$/, error: 'url should be a full https:// link' }).optional(),
});

/** A site text in content/pages/ (the corrections policy). */
export const sitePageSchema = z.object({
  title: text('title', 'the heading readers see'),
  description: text('description', 'one sentence saying what the text covers'),
});

export const topicSchema = z.object({
  name: text('name', 'the topic name readers see'),
  description: text('description', 'one sentence on what the topic covers'),
});
