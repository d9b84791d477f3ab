import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { FileExistsError, writeNew } from '../../scripts/lib/content-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'gigawatt-new-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('never writes beside a file whose name differs only in letter case', () => {
  writeFileSync(join(dir, 'Why-Japan-AI-Compute.mdx'), 'the published story');
  expect(() => writeNew(join(dir, 'why-japan-ai-compute.mdx'), 'a new draft')).toThrow(FileExistsError);
  expect(readdirSync(dir)).toEqual(['Why-Japan-AI-Compute.mdx']);
  writeNew(join(dir, 'another-story.mdx'), 'fine');
  expect(readdirSync(dir).sort()).toEqual(['Why-Japan-AI-Compute.mdx', 'another-story.mdx']);
});
