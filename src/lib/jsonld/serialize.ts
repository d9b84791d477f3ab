/**
 * JSON for a <script type="application/ld+json"> element. JSON.stringify alone is not
 * safe there: a string holding "</script>" or "<!--" ends or corrupts the element, and
 * U+2028/U+2029 break older JavaScript parsers. Escaping them as \uXXXX keeps the JSON
 * identical after JSON.parse. (Small enough that a library would add more than it saves.)
 */
const UNSAFE = /[<>&\u2028\u2029]/g;

export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(
    UNSAFE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
