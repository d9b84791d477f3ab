/**
 * What the browser editor writes: Keystatic's whole-file dump merged into the file on disk
 * (src/editor/merge.ts). The "edited" texts below are what Keystatic sends: js-yaml's dump
 * in the editor's key order, UTC dates, blank fields, a re-flowed body.
 */
import { dump, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { mergeEdit } from '../../src/editor/merge.ts';

const STORY = `---
title: The grid decides where compute goes
description: A fixture article with an FAQ, a comparison table, a pull quote and a callout.
publishedAt: 2026-05-01T12:00:00+09:00 # Tokyo time
authors: [ada]
topics: [grid, chips]
faq: grid-faq
sources:
  - publisher: Fixture Wire
    title: A fixture report
    url: https://example.com/report
---

Opening paragraph with a figure of 1 GW, per Fixture Wire.

* one
* two

<Comparison id="two-sites" />
`;

/** The story as Keystatic would send it back, with `change` applied to its data. */
function asEditorWrites(
  text: string,
  change: (data: Record<string, unknown>) => void,
  body?: string,
): string {
  const [, yaml, rest] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/)!;
  const data = load(yaml!) as Record<string, unknown>;
  change(data);
  const editorOrder = {
    regions: [],
    companies: [],
    figureNotes: [],
    corrections: [],
    updates: [],
    draft: false,
  };
  return `---\n${dump({ ...editorOrder, ...data })}---\n${body ?? rest}`;
}

const changedLines = (a: string, b: string) => {
  const left = a.split('\n');
  const right = b.split('\n');
  return right.filter((line, i) => line !== left[i]);
};

describe('saving from the browser editor', () => {
  it('changes only the dek line when only the dek changed: comments, zones, order and flow lists stay', () => {
    const edited = asEditorWrites(
      STORY,
      (d) => (d.description = 'A new dek, written in the browser by a writer.'),
    );
    const saved = mergeEdit(STORY, edited, 'mdx');
    expect(saved.split('\n').length).toBe(STORY.split('\n').length);
    expect(changedLines(STORY, saved)).toEqual([
      'description: A new dek, written in the browser by a writer.',
    ]);
  });

  it('keeps a body the editor re-flowed without changing what it says', () => {
    const edited = asEditorWrites(
      STORY,
      () => {},
      '\nOpening paragraph with a figure of 1 GW, per Fixture Wire.\n\n- one\n- two\n\n<Comparison id="two-sites" />\n',
    );
    expect(mergeEdit(STORY, edited, 'mdx')).toBe(STORY);
  });

  it('takes a body the writer changed', () => {
    const edited = asEditorWrites(STORY, () => {}, '\nA new opening paragraph.\n');
    expect(mergeEdit(STORY, edited, 'mdx')).toMatch(/---\n\nA new opening paragraph\.\n$/);
  });

  it('removes a field the writer cleared, and changes one value inside a list of sources', () => {
    const edited = asEditorWrites(STORY, (d) => {
      d.faq = '';
      (d.sources as { title: string }[])[0]!.title = 'A corrected report title';
    });
    const saved = mergeEdit(STORY, edited, 'mdx');
    expect(saved).not.toContain('faq:');
    expect(changedLines(STORY, saved).join('\n')).toContain('title: A corrected report title');
    expect(saved).toContain('publishedAt: 2026-05-01T12:00:00+09:00 # Tokyo time');
    expect(saved).toContain('url: https://example.com/report');
  });

  it('writes a new story without the blank fields the editor sends, dates in UTC without milliseconds', () => {
    const edited = `---\n${dump({
      title: 'A new story',
      description: 'A dek that is long enough to pass the fifty character minimum.',
      publishedAt: new Date('2026-05-02T09:00:00Z'),
      authors: ['ada'],
      regions: [],
      faq: '',
      sources: [{ publisher: 'Fixture Wire', title: 'A report', original: false }],
      corrections: [],
      draft: true,
    })}---\nA paragraph.\n`;
    const saved = mergeEdit(undefined, edited, 'mdx');
    expect(saved).toBe(
      '---\ntitle: A new story\ndescription: A dek that is long enough to pass the fifty character minimum.\npublishedAt: 2026-05-02T09:00:00Z\nauthors:\n  - ada\nsources:\n  - publisher: Fixture Wire\n    title: A report\ndraft: true\n---\nA paragraph.\n',
    );
  });

  it('merges a YAML data file the same way, keeping its comments', () => {
    const original =
      '# Figures from the May filing\nlabel: Site capacity\nvalue: 1000 # MW\nunit: MW\nasOf: 2026-05-01\n';
    const edited = dump({
      label: 'Site capacity',
      value: 1200,
      unit: 'MW',
      asOf: new Date('2026-05-01'),
      max: null,
    });
    expect(mergeEdit(original, edited, 'yaml')).toBe(
      '# Figures from the May filing\nlabel: Site capacity\nvalue: 1200 # MW\nunit: MW\nasOf: 2026-05-01\n',
    );
  });
});
