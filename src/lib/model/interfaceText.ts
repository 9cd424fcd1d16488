/**
 * The app's own claims, read from `data/interface.json` (validated at build time, so each
 * lookup below finds its record). Pure.
 */
import type { EdgeStatus, InterfaceText, Level } from './schema.ts';

type Kind = InterfaceText['kind'];
type Of<K extends Kind> = Extract<InterfaceText, { kind: K }>;

function all<K extends Kind>(data: { interface: InterfaceText[] }, kind: K): Of<K>[] {
  return data.interface.filter((t): t is Of<K> => t.kind === kind);
}
function one<K extends Kind>(data: { interface: InterfaceText[] }, kind: K, id?: string): Of<K> {
  const found = all(data, kind).find((t) => id === undefined || t.id === id);
  if (!found) throw new Error(`data/interface.json has no "${kind}"${id ? ` "${id}"` : ''}`);
  return found;
}

export const keyIdea = (data: { interface: InterfaceText[] }) => one(data, 'key-idea');
export const aboutText = (data: { interface: InterfaceText[] }) => one(data, 'about');
export const levelName = (data: { interface: InterfaceText[] }, level: Level) =>
  one(data, 'level', level).name;
export const dimensionName = (data: { interface: InterfaceText[] }, dimension: string) =>
  one(data, 'dimension', dimension).name;
export const statusLegend = (data: { interface: InterfaceText[] }, status: EdgeStatus) =>
  one(data, 'status', status).legend;
export const legendNote = (data: { interface: InterfaceText[] }, id: string) =>
  one(data, 'legend-note', id).text;
export const notCovered = (data: { interface: InterfaceText[] }) => all(data, 'not-covered');
