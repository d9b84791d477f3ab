/**
 * The card layouts, as the plain element trees satori takes (no JSX runtime needed).
 * Bump TEMPLATE_VERSION whenever a layout changes: it is part of the cache key.
 */
import { site } from '../../site.config.ts';
import { CARD_FONT } from './fonts.ts';

export const TEMPLATE_VERSION = 4;
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const INK = '#1a1a1a';
const MUTED = '#555149';
const ACCENT = '#a4260b';
const PAPER = '#fdfcf9';
const RULE = '#d9d5ca';

export type CardInput =
  | { kind: 'article'; title: string; topic: string; date: string; authors: string; summary: string }
  | { kind: 'comparison'; title: string; columns: string[]; rows: string[][] }
  | { kind: 'topic'; title: string; description: string; count: string }
  | { kind: 'author'; title: string; description: string; role: string; count: string }
  | { kind: 'page'; title: string; description: string };

type Style = Record<string, string | number>;
export interface El {
  type: string;
  props: {
    style?: Style;
    children?: (El | string)[] | El | string;
    src?: string;
    width?: number;
    height?: number;
  };
}

const el = (type: string, style: Style, children?: El['props']['children']): El => ({
  type,
  props: { style, children },
});

const BOLT = `data:image/svg+xml;base64,${Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#a4260b"/><path d="M18 3 7 18h8l-2 11 11-15h-8z" fill="#fff"/></svg>',
).toString('base64')}`;

/** Long headlines step down in size so the longest allowed (TITLE_MAX, 110) fits in three lines. */
export function titleSize(title: string): number {
  const length = [...title].length;
  if (length <= 30) return 84;
  if (length <= 55) return 70;
  if (length <= 80) return 60;
  return 52;
}

function header(kicker: string): El {
  return el('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between' }, [
    el('div', { display: 'flex', alignItems: 'center', gap: 16 }, [
      { type: 'img', props: { src: BOLT, width: 44, height: 44, style: { width: 44, height: 44 } } } as El,
      el('div', { fontSize: 40, fontWeight: 700, color: INK, letterSpacing: -1 }, site.name),
    ]),
    el(
      'div',
      { fontSize: 24, fontWeight: 700, color: ACCENT, textTransform: 'uppercase', letterSpacing: 2 },
      kicker,
    ),
  ]);
}

function title(text: string): El {
  return el(
    'div',
    { fontSize: titleSize(text), fontWeight: 700, color: INK, lineHeight: 1.12, letterSpacing: -0.5 },
    text,
  );
}

function footer(left: string, right: string = site.tagline): El {
  return el(
    'div',
    {
      display: 'flex',
      justifyContent: 'space-between',
      borderTop: `2px solid ${INK}`,
      paddingTop: 18,
      fontSize: 24,
      color: MUTED,
    },
    [el('div', { display: 'flex' }, left), el('div', { display: 'flex' }, right)],
  );
}

function frame(children: El[]): El {
  // satori needs border-box on a padded root, or the padding is added to 1200x630.
  return el(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
      padding: '52px 64px 44px',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      background: PAPER,
      borderTop: `14px solid ${ACCENT}`,
      fontFamily: CARD_FONT,
    },
    children,
  );
}

function summary(text: string): El {
  return el('div', { fontSize: 30, color: MUTED, lineHeight: 1.3, lineClamp: 2, display: 'block' }, text);
}

function miniTable(columns: string[], rows: string[][]): El {
  const cell = (text: string, bold: boolean): El =>
    el(
      'div',
      {
        flex: 1,
        fontSize: 22,
        fontWeight: bold ? 700 : 400,
        color: bold ? INK : MUTED,
        paddingRight: 16,
        lineClamp: 1,
        display: 'block',
      },
      text,
    );
  const row = (cells: string[], head: boolean): El =>
    el(
      'div',
      {
        display: 'flex',
        padding: '10px 0',
        borderBottom: head ? `2px solid ${INK}` : `1px solid ${RULE}`,
      },
      cells.map((text, i) => cell(text, head || i === 0)),
    );
  return el('div', { display: 'flex', flexDirection: 'column' }, [
    row(columns, true),
    ...rows.map((r) => row(r, false)),
  ]);
}

/** The headline and the line under it: the body of every card but the comparison. */
function headline(text: string, below: string): El {
  return el('div', { display: 'flex', flexDirection: 'column', gap: 20 }, [title(text), summary(below)]);
}

export function cardTree(input: CardInput): El {
  switch (input.kind) {
    case 'article':
      return frame([
        header(input.topic),
        headline(input.title, input.summary),
        footer(input.date, input.authors),
      ]);
    case 'comparison':
      return frame([
        header('Comparison'),
        el('div', { display: 'flex', flexDirection: 'column', gap: 22 }, [
          el('div', { fontSize: 52, fontWeight: 700, color: INK, lineHeight: 1.12 }, input.title),
          miniTable(
            input.columns.slice(0, 4),
            input.rows.slice(0, 3).map((r) => r.slice(0, 4)),
          ),
        ]),
        footer('Side-by-side, with sources'),
      ]);
    case 'topic':
      return frame([header('Topic'), headline(input.title, input.description), footer(input.count)]);
    case 'author':
      return frame([
        header('Author'),
        headline(input.title, input.description),
        footer(input.role, input.count),
      ]);
    case 'page':
      return frame([header(''), headline(input.title, input.description), footer('')]);
  }
}
