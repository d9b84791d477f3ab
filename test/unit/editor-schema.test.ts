/**
 * The browser editor's fields (src/editor/keystatic.config.ts) against our zod schemas: a
 * schema field with no editor field, or an editor field with no schema field, fails here,
 * so the editor cannot drift from what the build accepts.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { editorCollections } from '../../src/editor/keystatic.config.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { DATA_SCHEMAS } from '../../src/schemas/index.ts';

/** A field's shape: its named parts ('[]' for a list's items), or 'value' for a leaf. */
type Shape = { [key: string]: Shape } | 'value' | 'kept';

function schemaShape(schema: z.ZodType): Shape {
  const def = (schema as unknown as { def: Record<string, unknown> & { type: string } }).def;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
      return schemaShape(def.innerType as z.ZodType);
    case 'pipe':
      return schemaShape(def.in as z.ZodType);
    case 'array':
      return { '[]': schemaShape(def.element as z.ZodType) };
    case 'object':
      return Object.fromEntries(
        Object.entries(def.shape as Record<string, z.ZodType>).map(([k, v]) => [k, schemaShape(v)]),
      );
    default:
      return 'value';
  }
}

interface EditorField {
  kind: string;
  label?: string;
  fields?: Record<string, EditorField>;
  element?: EditorField;
  defaultValue?: () => unknown;
}

function editorShape(field: EditorField): Shape {
  if (field.kind === 'object') return editorObject(field.fields!);
  if (field.kind === 'array') return { '[]': editorShape(field.element!) };
  if (field.label === 'Ignored') return 'kept';
  // Multi-select and multi-relationship fields are one input holding a list of values.
  // (Some fields' defaults only run in the browser: those are single values.)
  let empty: unknown;
  try {
    empty = field.defaultValue?.();
  } catch {
    empty = undefined;
  }
  return Array.isArray(empty) ? { '[]': 'value' } : 'value';
}
const editorObject = (fields: Record<string, EditorField>): Shape =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, editorShape(v)]));

/** Every place the two shapes disagree, as "path: what is wrong". */
function drift(schema: Shape, editor: Shape, path: string): string[] {
  if (editor === 'kept' || (schema === 'value' && editor === 'value')) return [];
  if (typeof schema === 'string' || typeof editor === 'string')
    return [
      `${path}: the schema has ${typeof schema === 'string' ? 'a value' : 'fields'}, the editor ${typeof editor === 'string' ? 'a value' : 'fields'}`,
    ];
  const keys = new Set([...Object.keys(schema), ...Object.keys(editor)]);
  return [...keys].flatMap((key) =>
    !(key in editor)
      ? [`${path}.${key}: a schema field with no editor field`]
      : !(key in schema)
        ? [`${path}.${key}: an editor field with no schema field`]
        : drift(schema[key]!, editor[key]!, `${path}.${key}`),
  );
}

const collections = editorCollections('content');
const article = articleSchema({ reference: () => z.string() as never, image: () => z.string() });
const SCHEMAS: Record<keyof typeof collections, z.ZodType> = { articles: article, ...DATA_SCHEMAS };

describe('the browser editor', () => {
  it('has a field for every schema field of every collection it edits, and none the schema lacks', () => {
    const problems = Object.entries(collections).flatMap(([name, collection]) => {
      const { content: _body, ...frontmatter } = collection.schema as Record<string, EditorField>;
      return drift(schemaShape(SCHEMAS[name as keyof typeof collections]), editorObject(frontmatter), name);
    });
    expect(problems).toEqual([]);
  });

  it('edits every collection writers edit, in the folders the build reads', () => {
    expect(Object.keys(collections).sort()).toEqual(
      ['articles', 'comparisons', 'companies', 'deals', 'facts', 'faqs', 'authors', 'topics'].sort(),
    );
    for (const [name, collection] of Object.entries(collections))
      expect(collection.path).toBe(`content/${name}/*`);
  });

  it('keeps as written only the fields it cannot express, and says which', () => {
    const kept = Object.entries(collections).flatMap(([name, collection]) =>
      Object.entries(collection.schema as Record<string, EditorField>)
        .filter(([, field]) => field.label === 'Ignored')
        .map(([key]) => `${name}.${key}`),
    );
    expect(kept).toEqual(['articles.image', 'comparisons.rows']);
  });

  it('catches drift: a schema field with no editor field is named', () => {
    const schema = schemaShape(z.object({ title: z.string(), subtitle: z.string().optional() }));
    expect(drift(schema, { title: 'value' }, 'articles')).toEqual([
      'articles.subtitle: a schema field with no editor field',
    ]);
  });
});
