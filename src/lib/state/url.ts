/**
 * The URL contract (see README): every selection can be linked, bookmarked and embedded.
 * Parsing is total: an unknown or malformed value is dropped with a notice naming the
 * parameter, and a fallback is used; nothing here throws.
 *
 *   ?compound=psilocybin&focus=node:bdnf&t=24h&view=diagram,timeline,table
 *    &evidence=human&theme=light|dark|projector&embed=1&step=3&present=notes&since=2026-11-01&lang=es
 */
import { isLanguage, LANGUAGES, type Language } from '../i18n/language.ts';
import type { Focus, FocusKind } from '../model/focus.ts';
import { byId } from '../model/graphIndex.ts';
import { isEvidenceLens, type EvidenceLens } from '../model/lens.ts';
import type { CoreDataset } from '../model/split.ts';
import { m } from '../../paraglide/messages.js';

export const VIEWS = ['diagram', 'timeline', 'table'] as const;
export const THEMES = ['light', 'dark', 'projector'] as const;
export type View = (typeof VIEWS)[number];
export type Theme = (typeof THEMES)[number];

export interface UrlState {
  compound: string | null;
  focus: Focus;
  /** Hours after the dose, or null when no time is chosen. */
  t: number | null;
  views: View[];
  /** 'human': every view shows human evidence only (the species lens, lens.ts). */
  evidence: EvidenceLens;
  /** null: follow the system's light or dark preference. */
  theme: Theme | null;
  embed: boolean;
  /** 1-based presenter step, or null outside the tour. */
  step: number | null;
  /** 'notes': this window is the presenter's speaker view, following the projected one. */
  present: 'notes' | null;
  /** YYYY-MM-DD: highlight what data/changelog.json records as changed on or after this day. */
  since: string | null;
  /** The language the link asks for; null: the reader's browser chooses (language.ts). */
  lang: Language | null;
}

export const DEFAULT_STATE: UrlState = {
  compound: null,
  focus: null,
  t: null,
  views: [...VIEWS],
  evidence: 'all',
  theme: null,
  embed: false,
  step: null,
  present: null,
  since: null,
  lang: null,
};

// Keyed lookups use Maps: a plain object would also "find" inherited keys such as
// `constructor` or `__proto__` when indexed by input (eslint forbids Record<string, …>).
const UNIT_HOURS = new Map([
  ['m', 1 / 60],
  ['h', 1],
  ['d', 24],
  ['w', 168],
]);

/** "90m", "24h", "3d", "2w" → hours; a bare number is hours. */
export function parseDuration(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)([mhdw]?)$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]) * UNIT_HOURS.get(match[2] || 'h')!;
  return Number.isFinite(hours) ? hours : null;
}

/** Hours → the shortest exact form: 0.5 → "30m", 24 → "1d", 336 → "2w". */
export function formatDuration(hours: number): string {
  for (const unit of ['w', 'd', 'h'] as const) {
    const value = hours / UNIT_HOURS.get(unit)!;
    if (value >= 1 && Math.abs(value - Math.round(value)) < 1e-9)
      return `${Math.round(value)}${unit}`;
  }
  const minutes = Math.round(hours * 60);
  return minutes >= 60 && minutes % 60 === 0 ? `${minutes / 60}h` : `${minutes}m`;
}

/** "2026-11-01" when it names a real calendar day (no 31 June), else null. */
export function parseDay(text: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

const quote = (value: string) =>
  JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);

export function parseUrlState(
  search: string,
  data: CoreDataset,
  maxStep: number,
): { state: UrlState; notices: string[] } {
  const params = new URLSearchParams(search);
  const state: UrlState = { ...DEFAULT_STATE, views: [...DEFAULT_STATE.views] };
  const notices: string[] = [];
  // Each parameter is named once: the first reason it was dropped.
  const ignored = new Set<string>();
  const ignore = (name: string, value: string, why: string) => {
    ignored.add(name);
    notices.push(m.url_ignored({ name, value: quote(value), why }));
  };

  const compound = params.get('compound');
  if (compound !== null && compound !== 'all') {
    if (byId(data.compounds).has(compound)) state.compound = compound;
    else ignore('compound', compound, m.url_why_compound());
  }

  const focus = params.get('focus');
  if (focus !== null) {
    const [kind, id = ''] = focus.split(':', 2);
    const known = new Map<string, { id: string }[]>([
      ['node', data.nodes],
      ['edge', data.edges],
      ['event', data.events],
      ['finding', data.findings],
    ]);
    const records = kind ? known.get(kind) : undefined;
    if (records && byId(records).has(id)) state.focus = { kind: kind as FocusKind, id };
    else ignore('focus', focus, m.url_why_focus());
  }

  const t = params.get('t');
  if (t !== null) {
    const hours = parseDuration(t);
    if (hours !== null && hours <= 24 * 365) state.t = hours;
    else ignore('t', t, m.url_why_t());
  }

  const view = params.get('view');
  if (view !== null) {
    const parts = view.split(',').map((v) => v.trim());
    const views = VIEWS.filter((v) => parts.includes(v));
    const unknown = parts.filter((p) => !(VIEWS as readonly string[]).includes(p));
    if (views.length > 0) state.views = views;
    if (unknown.length > 0 || views.length === 0)
      ignore('view', view, m.url_why_view({ views: VIEWS.join(', ') }));
  }

  const evidence = params.get('evidence');
  if (evidence !== null) {
    if (isEvidenceLens(evidence)) state.evidence = evidence;
    else ignore('evidence', evidence, m.url_why_evidence());
  }

  const theme = params.get('theme');
  if (theme !== null) {
    if ((THEMES as readonly string[]).includes(theme)) state.theme = theme as Theme;
    else ignore('theme', theme, m.url_why_theme({ themes: THEMES.join(', ') }));
  }

  const embed = params.get('embed');
  if (embed !== null) {
    if (embed === '1' || embed === '0') state.embed = embed === '1';
    else ignore('embed', embed, m.url_why_embed());
  }

  const step = params.get('step');
  if (step !== null) {
    const n = /^\d+$/.test(step) ? Number(step) : NaN;
    if (n >= 1 && n <= maxStep) state.step = n;
    else ignore('step', step, m.url_why_step({ max: maxStep }));
  }

  // One rule for links that name both: the tour step sets compound, selection and time.
  if (state.step !== null) {
    for (const name of ['compound', 'focus', 't'] as const) {
      const value = params.get(name);
      if (value === null) continue;
      if (!ignored.has(name)) ignore(name, value, m.url_why_step_sets({ step: state.step }));
      state[name] = null;
    }
  }

  const present = params.get('present');
  if (present !== null) {
    if (present === 'notes') state.present = 'notes';
    else ignore('present', present, m.url_why_present());
  }

  const since = params.get('since');
  if (since !== null) {
    const day = parseDay(since);
    if (day) state.since = day;
    else ignore('since', since, m.url_why_since());
  }

  const lang = params.get('lang');
  if (lang !== null) {
    if (isLanguage(lang)) state.lang = lang;
    else ignore('lang', lang, m.url_why_lang({ languages: LANGUAGES.join(', ') }));
  }

  return { state, notices };
}

/** The query string for a state; defaults are left out so links stay short. */
export function encodeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  // During the tour the step names the compound, selection and time (see parseUrlState).
  const own = state.step === null;
  if (own && state.compound) params.set('compound', state.compound);
  if (own && state.focus) params.set('focus', `${state.focus.kind}:${state.focus.id}`);
  if (own && state.t !== null) params.set('t', formatDuration(state.t));
  if (state.views.length !== VIEWS.length) params.set('view', state.views.join(','));
  if (state.evidence !== 'all') params.set('evidence', state.evidence);
  if (state.theme) params.set('theme', state.theme);
  if (state.embed) params.set('embed', '1');
  if (state.step !== null) params.set('step', String(state.step));
  if (state.present) params.set('present', state.present);
  if (state.since) params.set('since', state.since);
  if (state.lang) params.set('lang', state.lang);
  const query = params.toString().replaceAll('%3A', ':').replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}
