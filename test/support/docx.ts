/**
 * Builds small .docx files for import tests: the WordprocessingML a doc editor writes
 * (styled headings, bold runs, links, numbered and bulleted lists, tables), zipped with
 * jszip. Enough of the format for mammoth to read it as Word's own files.
 */
import JSZip from 'jszip';

export type DocBlock =
  | { style: 'Title' | 'Heading1' | 'Heading2' | 'Heading3' | 'Normal'; text: string }
  | { runs: { text: string; bold?: boolean; italic?: boolean; link?: string; comment?: string }[] }
  | { list: 'bullet' | 'number'; items: string[] }
  | { table: string[][] };

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export async function docx(blocks: DocBlock[]): Promise<Buffer> {
  const links: string[] = [];
  // A reviewer's comments (Review > Comments), by id: the run they are on is marked.
  const comments: string[] = [];
  const run = (text: string, props = '') =>
    `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
  const paragraph = (inner: string, style?: string, numbering?: number) =>
    `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${numbering ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numbering}"/></w:numPr>` : ''}</w:pPr>${inner}</w:p>`;
  const body = blocks
    .map((block) => {
      if ('style' in block)
        return paragraph(run(block.text), block.style === 'Normal' ? undefined : block.style);
      if ('runs' in block) {
        return paragraph(
          block.runs
            .map((r) => {
              const props = `${r.bold ? '<w:b/>' : ''}${r.italic ? '<w:i/>' : ''}`;
              if (r.comment) {
                const id = comments.push(r.comment) - 1;
                return `<w:commentRangeStart w:id="${id}"/>${run(r.text, props)}<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
              }
              if (!r.link) return run(r.text, props);
              links.push(r.link);
              return `<w:hyperlink r:id="link${links.length}">${run(r.text, props)}</w:hyperlink>`;
            })
            .join(''),
        );
      }
      if ('list' in block)
        return block.items
          .map((item) => paragraph(run(item), 'ListParagraph', block.list === 'bullet' ? 1 : 2))
          .join('');
      const rows = block.table
        .map((row) => `<w:tr>${row.map((cell) => `<w:tc>${paragraph(run(cell))}</w:tc>`).join('')}</w:tr>`)
        .join('');
      return `<w:tbl>${rows}</w:tbl>`;
    })
    .join('');
  const level = (format: string, text: string) =>
    `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdNum" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rIdComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>${links
      .map(
        (url, i) =>
          `<Relationship Id="link${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${esc(url)}" TargetMode="External"/>`,
      )
      .join('')}</Relationships>`,
  );
  zip.file(
    'word/numbering.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0">${level('bullet', '•')}</w:abstractNum><w:abstractNum w:abstractNumId="1">${level('decimal', '%1.')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`,
  );
  zip.file(
    'word/comments.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:comments ${W}>${comments
      .map(
        (text, id) =>
          `<w:comment w:id="${id}" w:author="Maya Okafor" w:initials="MO"><w:p>${run(text)}</w:p></w:comment>`,
      )
      .join('')}</w:comments>`,
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** A plain-text draft as a doc editor holds it: a Title line, then one paragraph per line. */
export function docBlocksFromLines(text: string, headings: string[]): DocBlock[] {
  const lines = text.trim().split('\n');
  const blocks: DocBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('|')) {
      const rows: string[][] = [];
      for (; i < lines.length && lines[i]!.startsWith('|'); i++) {
        if (!/^\|[-|\s:]+\|$/.test(lines[i]!))
          rows.push(
            lines[i]!.replace(/^\||\|$/g, '')
              .split('|')
              .map((c) => c.trim()),
          );
      }
      i--;
      blocks.push({ table: rows });
      continue;
    }
    const style = i === 0 ? 'Title' : headings.includes(line) ? 'Heading2' : 'Normal';
    blocks.push({ style, text: line });
  }
  return blocks;
}
