/** The evidence as files: CSV of findings, and the studies as BibTeX and RIS. Pure. */
import type { EvidenceRow } from '../model/evidenceRows.ts';
import type { Study } from '../model/schema.ts';

/**
 * One CSV cell. A cell a spreadsheet would read as a formula (it starts with = + - @, a tab
 * or a line break, or their full-width forms) gets a leading apostrophe, as OWASP advises
 * against CSV injection; the apostrophe shows, the formula never runs.
 */
export function csvCell(value: string | number | undefined): string {
  let text = String(value ?? '');
  if (typeof value === 'string' && /^[\s]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/u.test(text))
    text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function findingsCsv(rows: EvidenceRow[]): string {
  const header = [
    'finding_id',
    'study',
    'year',
    'journal',
    'compounds',
    'species',
    'model',
    'design',
    'n',
    'result',
    'direction',
    'evidence_level',
    'supports',
    'certainty',
    'doi',
    'pmid',
  ];
  const lines = rows.map((r) =>
    [
      r.finding.id,
      r.shortCitation,
      r.study.year,
      r.study.journal,
      r.compounds,
      r.finding.species.join('; '),
      r.study.model,
      r.study.design,
      r.study.sample ?? r.study.n,
      r.finding.result,
      r.finding.direction,
      r.levelLabel,
      r.steps.join('; '),
      r.finding.certainty.level,
      r.study.doi,
      r.study.pmid,
    ]
      .map(csvCell)
      .join(','),
  );
  // CRLF line ends, as RFC 4180 and spreadsheet programs expect.
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}

/** Control, zero-width and bidirectional characters, and line breaks, become one space. */
/* eslint-disable no-control-regex -- finding control characters is the point */
const UNPRINTABLE =
  /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\s]+/gu;
/* eslint-enable no-control-regex */
export const oneLine = (text: string) => text.replace(UNPRINTABLE, ' ').trim();

/**
 * Text inside a braced BibTeX field. Braces become \textbraceleft{} and \textbraceright{}
 * rather than \{ and \}, because BibTeX counts braces even after a backslash: a lone brace,
 * escaped or not, would close the field and let the rest of the text add fields of its own.
 */
const BIB_SPECIAL = new Map([
  ['\\', '\\textbackslash{}'],
  ['{', '\\textbraceleft{}'],
  ['}', '\\textbraceright{}'],
  ['~', '\\textasciitilde{}'],
  ['^', '\\textasciicircum{}'],
  ['&', '\\&'],
  ['%', '\\%'],
  ['$', '\\$'],
  ['#', '\\#'],
  ['_', '\\_'],
]);
export const bibEscape = (text: string) =>
  oneLine(text).replace(/[\\{}~^&%$#_]/g, (char) => BIB_SPECIAL.get(char)!);

/** A DOI is read verbatim by biblatex, so it is not escaped; what could break out is dropped. */
export const bibVerbatim = (text: string) => oneLine(text).replace(/[{}\\\s]/g, '');

/** "Shao LX, Liao C, … Kwan AC" → BibTeX's "Shao, LX and Liao, C and others". */
function bibAuthors(authors: string): string {
  const names = authors.split(',').map((a) => a.trim());
  const list = names
    .map((n) => n.replace(/^…\s*/, ''))
    .filter(Boolean)
    .map((n) => {
      const parts = bibEscape(n).split(/\s+/);
      // A braced name keeps a literal " and " inside it from splitting it in two.
      const name =
        parts.length > 1 ? `${parts.slice(0, -1).join(' ')}, ${parts.at(-1)}` : parts[0]!;
      return / and /i.test(name) ? `{${name}}` : name;
    });
  return [...list, ...(authors.includes('…') ? ['others'] : [])].join(' and ');
}

export function bibtex(studies: Study[]): string {
  return studies
    .map((s) => {
      const fields = [
        ['author', bibAuthors(s.authors)],
        ['title', `{${bibEscape(s.title)}}`],
        ['journal', bibEscape(s.journal)],
        ['year', String(s.year)],
        ['note', s.citation ? bibEscape(s.citation) : undefined],
        ['doi', s.doi ? bibVerbatim(s.doi) : undefined],
        ['pmid', s.pmid ? bibVerbatim(s.pmid) : undefined],
      ].filter(([, v]) => v);
      return `@article{${s.id},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
    })
    .join('\n\n')
    .concat('\n');
}

export function ris(studies: Study[]): string {
  return studies
    .map((s) => {
      // Every value on one line: a line break would start a tag, or a record, of its own.
      const authors = s.authors
        .split(',')
        .map((a) => oneLine(a.replace(/^…\s*/, '')))
        .filter((a) => a && a !== '…');
      const lines = [
        'TY  - JOUR',
        ...authors.map((a) => `AU  - ${a}`),
        `TI  - ${oneLine(s.title)}`,
        `JO  - ${oneLine(s.journal)}`,
        `PY  - ${s.year}`,
        ...(s.citation ? [`N1  - ${oneLine(s.citation)}`] : []),
        ...(s.doi ? [`DO  - ${oneLine(s.doi)}`] : []),
        ...(s.pmid ? [`AN  - PMID:${oneLine(s.pmid)}`] : []),
        `ID  - ${oneLine(s.id)}`,
        'ER  - ',
      ];
      return lines.join('\r\n');
    })
    .join('\r\n')
    .concat('\r\n');
}

/** A file name that says what and when: plasticity-window-findings-2026-11-22.csv */
export function exportFileName(what: string, extension: string, date = new Date()): string {
  return `plasticity-window-${what}-${date.toISOString().slice(0, 10)}.${extension}`;
}
