/**
 * "Cite this view": the explorer as a citable source, with its version, the day it was seen
 * and the permalink of the selection, as text, BibTeX and RIS, and as the line an exported
 * image carries. Pure; the escaping is the evidence exports' own (citations.ts).
 */
import { byId } from '../model/graphIndex.ts';
import { focusLabel } from '../model/labels.ts';
import type { Dataset } from '../model/schema.ts';
import { timeInWords } from '../state/time.ts';
import { encodeUrlState, VIEWS, type UrlState, type View } from '../state/url.ts';
import { bibEscape, bibVerbatim, oneLine } from './citations.ts';
import { pageLanguage } from '../i18n/pageLanguage.ts';
import { m } from '../../paraglide/messages.js';

/** Title, author and release date from CITATION.cff, version from package.json (vite.config.ts). */
export interface ProjectFacts {
  title: string;
  author: string;
  version: string;
  /** YYYY-MM-DD, or '' when CITATION.cff gives none. */
  released: string;
}

/** The build's facts (see `define` in vite.config.ts); only code that loads on demand reads them. */
export const projectFacts = (): ProjectFacts => __APP_CITATION__;

/**
 * The address that opens this view for anyone: the page's own address without its query,
 * then the selection. Never embed mode or the speaker view, which are how this copy is shown.
 */
export function permalink(pageAddress: string, state: UrlState): string {
  const base = pageAddress.split(/[?#]/)[0]!;
  return `${base}${encodeUrlState({ ...state, embed: false, present: null })}`;
}

/** The day as YYYY-MM-DD in the reader's own time zone: the day they saw it. */
export function localDay(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

const VIEW_WORDS: Record<View, () => string> = {
  diagram: m.cite_view_diagram,
  timeline: m.cite_view_timeline,
  table: m.cite_view_table,
};

/** What the view shows, in words: "Psilocybin; BDNF; 1 day after the dose". */
export function describeView(data: Dataset, state: UrlState): string {
  const parts: string[] = [];
  if (state.step !== null) {
    const step = data.tour[state.step - 1];
    parts.push(
      step
        ? m.cite_view_step_title({ step: state.step, title: step.title })
        : m.cite_view_step({ step: state.step }),
    );
  } else {
    const compound = state.compound ? byId(data.compounds).get(state.compound) : undefined;
    if (compound) parts.push(compound.name);
    if (state.focus) parts.push(focusLabel(data, state.focus));
    if (state.t !== null) parts.push(m.cite_view_time({ time: timeInWords(state.t) }));
  }
  if (state.evidence === 'human') parts.push(m.cite_view_human());
  if (state.views.length < VIEWS.length) {
    const list = new Intl.ListFormat(pageLanguage(), { type: 'conjunction' });
    parts.push(m.cite_view_only({ views: list.format(state.views.map((v) => VIEW_WORDS[v]())) }));
  }
  if (state.since) parts.push(m.cite_view_since({ day: state.since }));
  return parts.length ? parts.join('; ') : m.cite_view_whole();
}

/** The line an exported figure carries: the same facts as the citation, in one line. */
export function figureCitation(facts: ProjectFacts, link: string, accessedOn: Date): string {
  return m.cite_figure({
    author: oneLine(facts.author),
    version: oneLine(facts.version),
    accessed: localDay(accessedOn),
    link: oneLine(link),
  });
}

export interface ViewCitation {
  /** One paragraph to paste into a reference list. */
  text: string;
  bibtex: string;
  ris: string;
  /** The short line an exported figure carries. */
  figureLine: string;
  permalink: string;
  accessed: string;
}

export function citeView(
  facts: ProjectFacts,
  view: { permalink: string; description: string },
  accessedOn: Date,
): ViewCitation {
  const accessed = localDay(accessedOn);
  const year = (facts.released || accessed).slice(0, 4);
  const link = oneLine(view.permalink);
  const description = oneLine(view.description);
  const text = m.cite_text({
    author: oneLine(facts.author),
    year,
    title: oneLine(facts.title),
    version: oneLine(facts.version),
    view: description,
    accessed,
    link,
  });
  const key = `plasticity-window-${bibVerbatim(facts.version).replace(/[^\w.-]/g, '')}-${accessed}`;
  const bib = [
    `@misc{${key},`,
    // Double braces: a group's name, which BibTeX must not split into first and last names.
    `  author = {{${bibEscape(facts.author)}}},`,
    `  title = {{${bibEscape(facts.title)}}},`,
    `  year = {${year}},`,
    `  version = {${bibEscape(facts.version)}},`,
    `  howpublished = {${bibEscape(m.cite_howpublished({ version: facts.version }))}},`,
    `  url = {${bibVerbatim(view.permalink)}},`,
    `  urldate = {${accessed}},`,
    `  note = {${bibEscape(m.cite_note({ view: description }))}}`,
    '}',
  ].join('\n');
  const ris = [
    'TY  - ELEC',
    `AU  - ${oneLine(facts.author)}`,
    `TI  - ${oneLine(facts.title)}`,
    `PY  - ${year}`,
    `ET  - ${oneLine(facts.version)}`,
    `UR  - ${link}`,
    `Y2  - ${accessed}`,
    `N1  - ${m.cite_note({ view: description })}`,
    'ER  - ',
  ].join('\r\n');
  return {
    text,
    bibtex: `${bib}\n`,
    ris: `${ris}\r\n`,
    figureLine: figureCitation(facts, view.permalink, accessedOn),
    permalink: link,
    accessed,
  };
}
