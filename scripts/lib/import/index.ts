/**
 * `npm run import`, as a library: draft bytes to a plan, the plan to files, and the
 * accounting that proves every word landed somewhere. Writing to disk is the CLI's job
 * (scripts/import.ts).
 */
import { slugify } from '../../../src/lib/format.ts';
import { needsExplicitSlug, SLUG_MAX } from '../../../src/lib/rules.ts';
import { account, type Accounting } from './accounting.ts';
import { planDraft, type DraftPlan } from './plan.ts';
import { DraftError, parseDraft, type ParsedDraft } from './read.ts';
import { writeDraft, type DraftFiles } from './write.ts';

export { DraftError } from './read.ts';
export { accountingLine } from './accounting.ts';

export interface ImportOptions {
  slug?: string;
  author: string;
  topic: string;
  date: string;
}

export interface ImportResult {
  slug: string;
  draft: ParsedDraft;
  plan: DraftPlan;
  files: DraftFiles;
  accounting: Accounting;
}

export interface ImportHooks {
  /** Tests only: change the written files before they are checked (fault injection). */
  afterWrite?: (files: DraftFiles) => DraftFiles;
}

export async function importDraft(
  name: string,
  bytes: Uint8Array,
  options: ImportOptions,
  hooks: ImportHooks = {},
): Promise<ImportResult> {
  try {
    return await importNested(name, bytes, options, hooks);
  } catch (error) {
    // The parsers and tree walks recurse: thousands of levels overflow the stack.
    if (!(error instanceof RangeError)) throw error;
    throw new DraftError(
      `${name}: the draft is nested too deep to read (elements, quotes or lists inside one another thousands of levels deep), so nothing was written. Remove the extra levels in its editor, or paste its text into a .txt file and import that.`,
    );
  }
}

async function importNested(
  name: string,
  bytes: Uint8Array,
  options: ImportOptions,
  hooks: ImportHooks,
): Promise<ImportResult> {
  const draft = await parseDraft(name, bytes);
  const plan = planDraft(draft.blocks, draft.chrome);
  // A proposed headline is a stub: name the file after the lede instead.
  const lede = draft.blocks.find((b) => b.kind === 'paragraph')?.text ?? '';
  const slugSource = options.slug ?? (plan.titleFromDraft ? plan.title : lede);
  // A tag left in a text draft's headline (`<b>campus</b>`) is no word of the file name.
  const slug = slugify(slugSource.replace(/<\/?[a-z][^<>]*>/gi, ' '), SLUG_MAX);
  if (!slug || (!options.slug && needsExplicitSlug(slugSource))) {
    throw new DraftError(
      `"${slugSource.slice(0, 80)}" gives no usable file name (file names are a-z, 0-9 and hyphens). Pass one: npm run import -- ${name} --slug my-story-name`,
    );
  }
  let files = writeDraft(plan, { ...options, slug });
  if (hooks.afterWrite) files = hooks.afterWrite(files);
  const accounting = account(draft, plan, files);
  if (accounting.missing.length || accounting.doubled.length) {
    const lines = [
      ...accounting.missing.map((s) => `  missing: ${s}`),
      ...(accounting.doubled.length
        ? [`  written twice or not in the draft: ${accounting.doubled.join(', ')}`]
        : []),
    ];
    throw new DraftError(
      `The import would lose or change words, so nothing was written:\n${lines.join('\n')}\nThis is a bug in the importer: please report it with the draft.`,
    );
  }
  return { slug, draft, plan, files, accounting };
}
