/** Text escaped for XML (and HTML) text and attribute values: the one copy the feeds, sitemaps and OPML use. */
export const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
