/** The time cursor's stops and words. Pure but for the page's language. */
import { pageLanguage } from '../i18n/pageLanguage.ts';
import { m } from '../../paraglide/messages.js';
import type { TimelineEvent } from '../model/schema.ts';

const H = 1;
const D = 24;
const W = 168;

/** Stops from five minutes to eight weeks, spaced roughly evenly on a log scale. */
export const TIME_STOPS: number[] = [
  5 / 60,
  10 / 60,
  15 / 60,
  0.5,
  0.75,
  1 * H,
  1.5,
  2,
  3,
  4,
  6,
  8,
  12,
  18,
  1 * D,
  1.5 * D,
  2 * D,
  3 * D,
  4 * D,
  5 * D,
  1 * W,
  10 * D,
  2 * W,
  3 * W,
  4 * W,
  5 * W,
  6 * W,
  7 * W,
  8 * W,
];

/** Index of the stop nearest to `hours` on a log scale. */
export function nearestStop(hours: number): number {
  let best = 0;
  for (let i = 1; i < TIME_STOPS.length; i++) {
    if (Math.abs(Math.log(TIME_STOPS[i]! / hours)) < Math.abs(Math.log(TIME_STOPS[best]! / hours)))
      best = i;
  }
  return best;
}

type Unit = 'minutes' | 'hours' | 'days' | 'weeks';
const words = {
  minutes: [m.time_minutes_one, m.time_minutes_other],
  hours: [m.time_hours_one, m.time_hours_other],
  days: [m.time_days_one, m.time_days_other],
  weeks: [m.time_weeks_one, m.time_weeks_other],
} satisfies Record<Unit, [(inputs: { n: string }) => string, (inputs: { n: string }) => string]>;
const pluralRules = new Map<string, Intl.PluralRules>();
/**
 * "1.5 hours" or "1,5 horas". Not Intl.NumberFormat: its first use loads the number data, which
 * cost a phone ~0.1 s of the page's opening; the numbers here have at most one decimal.
 */
function plural(n: number, unit: Unit): string {
  const language = pageLanguage();
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  const [one, other] = words[unit];
  const digits = language === 'es' ? String(n).replace('.', ',') : String(n);
  return (rules.select(n) === 'one' ? one : other)({ n: digits });
}
const tidy = (n: number) => Math.round(n * 10) / 10;

/**
 * "30 minutes", "1.5 hours", "3 days", "2 weeks". Rounded before the unit is chosen, so a
 * time dragged to just under a tick reads as the tick ("1 hour", not "60 minutes").
 */
export function timeInWords(hours: number): string {
  const minutes = Math.round(hours * 60);
  if (minutes < 60) return plural(minutes, 'minutes');
  if (tidy(hours) < D) return plural(tidy(hours), 'hours');
  const days = tidy(hours / D);
  if (!Number.isInteger(days / 7) && days < 14) return plural(days, 'days');
  return plural(tidy(hours / W), 'weeks');
}

/** When a phase runs, in words: "from 1 hour to 3 days (end uncertain)". */
export function eventSpan(
  e: Pick<TimelineEvent, 'startHours' | 'endHours' | 'startUncertain' | 'endUncertain'>,
): string {
  const end = timeInWords(e.endHours);
  const span =
    e.startHours === 0
      ? m.timeline_span_from_dose({ end })
      : m.timeline_span({ start: timeInWords(e.startHours), end });
  if (e.startUncertain && e.endUncertain) return m.timeline_uncertain_both({ span });
  if (e.startUncertain) return m.timeline_uncertain_start({ span });
  if (e.endUncertain) return m.timeline_uncertain_end({ span });
  return span;
}
