/**
 * Page furniture: what a web page, blog or newsletter wraps around an article and a writer
 * copies along with it. Each family has a reason the import report prints next to every
 * line it drops. Hand-written: no library knows what a news page's chrome says.
 */

export interface Furniture {
  family: string;
  reason: string;
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*';
const WEEKDAY = '(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\\.?,?\\s+)?';
const DATE_PREFIX = '(?:(?:published|updated|posted|last updated)(?:\\s+on)?:?\\s+)?';
/** ", 10:30 a.m. EDT", " at 14:00", "T09:00:00Z": what may follow a date on a page's date line. */
const TIME =
  '(?:[,\\s]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,5})?|T\\d{2}:\\d{2}\\S*)?';

const FAMILIES: { family: string; reason: string; patterns: RegExp[] }[] = [
  {
    family: 'comment-form',
    reason: 'comment form or comment count',
    patterns: [
      /^leave a (comment|reply)\b/i,
      /^cancel reply$/i,
      /your email address will not be published/i,
      /required fields are marked/i,
      /^comments?\s*\(\d+\)$/i,
      /^\d+\s+(comments?|thoughts? on\b.*|responses?( to\b.*)?|replies)$/i,
      /^no comments( yet)?\.?$/i,
      /^be the first to comment\.?$/i,
      /^(post|submit) (a )?comment$/i,
      /^(comment|name|email|e-mail|website)\s*\*?$/i,
      /^save my name,? email/i,
      /^share your thoughts\b/i,
      /^join the (conversation|discussion)\.?$/i,
      /^(the )?conversation$/i,
      /^(be the first to share your thoughts|no one has commented yet)\.?$/i,
      /^Δ$/,
    ],
  },
  {
    family: 'share-subscribe',
    reason: 'share or subscribe prompt',
    patterns: [
      /^share (this|on|the|article|story|via)\b/i,
      /^share:?$/i,
      /^(click|tap) to (share|print|email)\b/i,
      /\bsubscribe to (our|the|my)\b/i,
      /^subscribe( now| today)?[.!]?$/i,
      // Substack's and Ghost's widgets: "Subscribe to get posts like this", "… full access …".
      /^subscribe (to|for) (get|receive|read|support|new posts|free|full access)\b/i,
      /^sign up (for|to) (our|the)\b/i,
      /^get (our|the) newsletter\b/i,
      /\bnewsletter\b.*\b(sign up|subscribe|inbox)\b/i,
      /^follow us\b/i,
      /^(facebook|twitter|x|linkedin|email|whatsapp|reddit|telegram|print|copy link)$/i,
    ],
  },
  {
    // Notion writes a page's properties under its title, one "Name: value" a line. Taken
    // only as a block of two or more such lines (plan.ts): one alone may be the story's.
    family: 'doc-properties',
    reason: "the draft tool's page properties (status, dates, tags, owner), not the story",
    patterns: [
      /^(status|stage|created|created (by|time|at|on)|last edited( (by|time))?|last updated by|tags|labels|assignee|assigned to|owner|due|due date|deadline|priority|category|type|section|desk|editor|reviewer|author|writer|property|publish(ing)? date|word count|slug|url):\s+\S.{0,80}$/i,
    ],
  },
  {
    family: 'preferred-source',
    reason: '"preferred source" or app promo',
    patterns: [
      /preferred source/i,
      /\badd (us|[\w ]+) (as a preferred source )?on google\b/i,
      /^download (our|the) app\b/i,
    ],
  },
  {
    family: 'source-link',
    reason: '"Source link" line (the outlet, if named, is offered under sources:)',
    patterns: [/^source link\b/i, /^(originally )?published (on|by|at) [A-Z]/, /^source:\s*\S/i],
  },
  {
    family: 'login',
    reason: 'login or registration prompt',
    patterns: [
      /^(log ?in|sign ?in)( or (register|sign ?up|create an account))?\.?$/i,
      /^(register|sign ?up|create (an|a free) account)$/i,
      /^you must be logged in\b/i,
      /^already (a subscriber|have an account)\b/i,
    ],
  },
  {
    family: 'page-meta',
    reason: 'section, date or reading-time line of the web page',
    patterns: [
      /^(\S.{0,40}\s[·|•]\s)?.{0,40}\b\d+\s*min(ute)?s?\s+read$/i,
      /^loading (prices|quotes|data|markets?)(…|\.\.\.)?$/i,
      // An audio player: "Listen to this article · 4 min"
      /^listen to this (article|story)\b.{0,30}$/i,
      // A price ticker: "NVDA +2.1% MSFT -0.4% …"
      /^(?:[A-Z]{2,6}\s*[+\-−]?\d+(?:\.\d+)?%\s*){2,}$/,
    ],
  },
  {
    family: 'byline',
    reason: "byline (the story's authors come from authors:)",
    patterns: [
      /^(?:[Bb]y|[Ww]ords by|[Ww]ritten by|[Rr]eporting by)\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}'’.-]*){0,5}(?:\s*[,|·•–—-]\s*[^.!?]{0,60})?$/u,
      // Byline and date run together, as a converter joins two lines: "By Tomas Reyes June 5, 2026"
      new RegExp(
        `^(?:[Bb]y|[Ww]ritten by)\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}\\s*[,|·•–—-]?\\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4}${TIME}$`,
        'u',
      ),
    ],
  },
  {
    family: 'credit',
    reason: "wire credit line (the story's authors come from authors:)",
    // A news agency's closing line: "(Reporting by A; Additional reporting by B; Editing by C)".
    patterns: [/^\((?:additional )?(?:reporting|writing) by [^()]{1,200}\)$/i],
  },
  {
    family: 'date',
    reason: "date line of the web page (the story's date is publishedAt:)",
    patterns: [
      new RegExp(`^${DATE_PREFIX}${WEEKDAY}${MONTH}\\.?\\s+\\d{1,2},?\\s+\\d{4}${TIME}$`, 'i'),
      new RegExp(`^${DATE_PREFIX}\\d{1,2}\\s+${MONTH}\\.?,?\\s+\\d{4}${TIME}$`, 'i'),
      new RegExp(`^${DATE_PREFIX}\\d{4}-\\d{2}-\\d{2}${TIME}$`, 'i'),
      // The time first: "Updated 10:42 AM EDT, Thu June 4, 2026"
      new RegExp(
        `^${DATE_PREFIX}\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,5})?,?\\s+${WEEKDAY}${MONTH}\\.?\\s+\\d{1,2},?\\s+\\d{4}$`,
        'i',
      ),
    ],
  },
  {
    family: 'author-box',
    reason: "author box (the byline comes from authors:, the bio from the author's file)",
    patterns: [/^[A-Z]{1,3}$/, /^(about the author|written by)\b.{0,60}$/i],
  },
  {
    family: 'navigation',
    reason: 'page navigation',
    patterns: [
      /^back to (feed|home|news|top|all stories)$/i,
      /^\((?:opens|open)\b.*\bin a new (?:tab|window)\)$/i,
      /^(scroll|back) to top$/i,
      /^skip to (main )?content$/i,
      /^read more$/i,
      /^(previous|next) (post|article|story)\b/i,
      /^related (posts|articles|stories|content|reading):?$/i,
      /^(you may|you might) also like:?$/i,
      /^(more from|more in|trending|most read|popular)(\s.*)?:$/i,
      /^advertisement$/i,
      /^(tags?|categories|category|filed under|topics):\s/i,
      /^(home|menu|search)$/i,
      /^home\s*[>›»/]/i,
      /^image:?\s.*(getty|reuters|ap photo|shutterstock)/i,
    ],
  },
];

/** Lines that introduce another story: prefixes news sites put on teasers. */
const TEASER =
  /^(read more|related|also read|read also|see also|more|watch|listen|recommended|don't miss|further reading)\s*[:|–—-]\s*\S/i;

/** A line that only makes sense on the web page the draft came from, or undefined. */
export function furnitureOf(line: string): Furniture | undefined {
  const text = line.trim();
  if (TEASER.test(text))
    return { family: 'teaser', reason: 'headline of another story (listed under Related)' };
  for (const { family, reason, patterns } of FAMILIES) {
    if (patterns.some((pattern) => pattern.test(text))) return { family, reason };
  }
  return undefined;
}

/** Short closing lines that sell rather than report: dropped only at the end of a draft. */
const CALL_TO_ACTION =
  /^(contact us|get in touch|reach out|talk to (us|our)|book a (demo|call|consultation)|schedule a\b|download (our|the)|want (more|to learn|help)|need help|ready to|learn more|find out more|join (us|our|thousands)|subscribe|sign up|follow (us|me)|let'?s talk|call us|email us)\b/i;

export function isCallToAction(line: string): boolean {
  const text = line.trim();
  return (
    text.length <= 240 &&
    (CALL_TO_ACTION.test(text) || /\b(contact us|get in touch|book a demo|subscribe)\b.*[.!]?$/i.test(text))
  );
}

/** An email's signature delimiter, "-- " on a line of its own (RFC 3676); what follows is the sender's card. */
export const SIGNATURE_DASH = /^--[ \u00a0]?$/;
/** The most a signature under that line holds: a few short lines (name, desk, phone). */
export const SIGNATURE_MAX_LINES = 8;
/** And each of its lines is short: a longer one is prose, and the dash was a divider. */
export const SIGNATURE_LINE_MAX = 80;

/** The start of a comment section: everything after it on a web page is other people's words. */
export const COMMENT_SECTION =
  /^(leave a (comment|reply)|\d+\s+(comments?|thoughts? on|responses?)\b|comments?\s*\(\d+\)|join the (conversation|discussion))/i;

/**
 * Outlets a draft names as the source of its reporting: "told CNBC", "according to Wood
 * Mackenzie", "Reuters reported", a "Source: …" line or a "preferred source" promo.
 * Offered under sources: for the writer to check, never trusted as they stand.
 */
export function outletsNamed(text: string): string[] {
  // Capitalised words on one line ("Wood Mackenzie", "Bank of America"), no sentence end.
  const name =
    "((?:the[ \\t]+)?[A-Z][\\w&'’-]*(?:[ \\t]+(?:of[ \\t]+|and[ \\t]+|&[ \\t]+)?[A-Z][\\w&'’-]*){0,3})";
  const patterns = [
    new RegExp(
      `\\b(?:told|[Aa]ccording to|reported by|(?:a |the )?report(?:ing)? by|in an interview with|speaking to|said in a statement to)[ \\t]+${name}`,
      'g',
    ),
    new RegExp(`${name}[ \\t]+(?:reported|reports|first reported)\\b`, 'g'),
    new RegExp(
      `^(?:[Ss]ource(?: [Ll]ink)?|[Oo]riginally published (?:on|by|at))[ \\t]*:?[ \\t]*${name}`,
      'gm',
    ),
    new RegExp(`[Cc]hoose[ \\t]+${name}[ \\t]+as your preferred source`, 'g'),
    // A wire dateline: "SYDNEY (Reuters) - ...", "NEW YORK, June 3, 2026 (GLOBE NEWSWIRE) -- ...",
    // or the agency alone: "(Bloomberg) — ..."
    /^(?:[A-Z][A-Za-z0-9 .,'’-]{1,60})?\(([A-Z][\w&.'’ -]{1,30})\)[ \t]*(?:--|[-–—])/gm,
  ];
  const found = new Set<string>();
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const outlet = match[1]!
        .replace(/^the\s+/i, '')
        .replace(/[.’'-]+$/, '')
        .trim();
      // Pronouns, sentence starts and days are not outlets.
      if (
        !outlet ||
        /^(He|She|They|It|We|I|You|This|That|The|A|An|In|On|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(
          outlet,
        )
      )
        continue;
      found.add(outlet);
    }
  }
  return [...found];
}
