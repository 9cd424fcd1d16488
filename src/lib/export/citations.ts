/** The evidence as files: CSV of findings, and the studies as BibTeX and RIS. Pure. */
import type { EvidenceRow } from '../model/evidenceRows.ts';
import type { Study } from '../model/schema.ts';

const csvCell = (value: string | number | undefined) => {
  const text = String(value ?? '');
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

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

/** "Shao LX, Liao C, … Kwan AC" → BibTeX's "Shao, LX and Liao, C and others". */
function bibAuthors(authors: string): string {
  const names = authors.split(',').map((a) => a.trim());
  const list = names
    .map((n) => n.replace(/^…\s*/, ''))
    .filter(Boolean)
    .map((n) => {
      const parts = n.split(/\s+/);
      return parts.length > 1 ? `${parts.slice(0, -1).join(' ')}, ${parts.at(-1)}` : n;
    });
  return [...list, ...(authors.includes('…') ? ['others'] : [])].join(' and ');
}

const bibEscape = (text: string) => text.replace(/([{}&%$#_])/g, '\\$1');

export function bibtex(studies: Study[]): string {
  return studies
    .map((s) => {
      const fields = [
        ['author', bibAuthors(s.authors)],
        ['title', `{${bibEscape(s.title)}}`],
        ['journal', bibEscape(s.journal)],
        ['year', String(s.year)],
        ['note', s.citation ? bibEscape(s.citation) : undefined],
        ['doi', s.doi],
        ['pmid', s.pmid],
      ].filter(([, v]) => v);
      return `@article{${s.id},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
    })
    .join('\n\n')
    .concat('\n');
}

export function ris(studies: Study[]): string {
  return studies
    .map((s) => {
      const authors = s.authors
        .split(',')
        .map((a) => a.replace(/^…\s*/, '').trim())
        .filter((a) => a && a !== '…');
      const lines = [
        'TY  - JOUR',
        ...authors.map((a) => `AU  - ${a}`),
        `TI  - ${s.title}`,
        `JO  - ${s.journal}`,
        `PY  - ${s.year}`,
        ...(s.citation ? [`N1  - ${s.citation}`] : []),
        ...(s.doi ? [`DO  - ${s.doi}`] : []),
        ...(s.pmid ? [`AN  - PMID:${s.pmid}`] : []),
        `ID  - ${s.id}`,
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
