/**
 * Indexes over the dataset's links, built once per dataset and kept beside it, so every
 * query answers in time proportional to its result rather than to the size of the data.
 * The records are shared with the data (the prose merge fills them in place), so an index
 * built from the first view's data stays right once the prose has arrived.
 */
import type { CoreDataset } from './split.ts';

type Finding = CoreDataset['findings'][number];
type Edge = CoreDataset['edges'][number];
type Event = CoreDataset['events'][number];

export interface GraphIndex {
  /** Edges leaving a node or compound, in data order. */
  edgesFrom: Map<string, Edge[]>;
  /** Edges that start or end at a node, in data order. */
  edgesAt: Map<string, Edge[]>;
  /** Events during which a node is active, in data order. */
  eventsAt: Map<string, Event[]>;
  /** Findings naming an edge, a node (directly or through one of its edges), or an event; in data order. */
  findingsForEdge: Map<string, Finding[]>;
  findingsForNode: Map<string, Finding[]>;
  findingsForEvent: Map<string, Finding[]>;
}

const cache = new WeakMap<object, GraphIndex>();
const idMaps = new WeakMap<
  readonly { id: string }[],
  { length: number; map: ReadonlyMap<string, unknown> }
>();

/**
 * A collection's records by id, built on first use and kept beside the collection: a map read
 * where a search of the list was, and never a key every object inherits (`__proto__`).
 * Records are filled in place, and a collection changes only when the prose merge fills it
 * from empty, so a map is rebuilt when its collection's length has changed.
 */
export function byId<T extends { id: string }>(records: readonly T[]): ReadonlyMap<string, T> {
  const cached = idMaps.get(records);
  if (cached?.length === records.length) return cached.map as ReadonlyMap<string, T>;
  const map = new Map(records.map((record) => [record.id, record]));
  idMaps.set(records, { length: records.length, map });
  return map;
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  // A record is listed once per key even when it names the key twice (a node and its edge).
  if (!list) map.set(key, [item]);
  else if (list.at(-1) !== item) list.push(item);
}

/** The index of `data`, built on first use. */
export function graphIndex(data: CoreDataset): GraphIndex {
  const cached = cache.get(data.findings);
  if (cached && cache.get(data.edges) === cached && cache.get(data.events) === cached)
    return cached;
  const index: GraphIndex = {
    edgesFrom: new Map(),
    edgesAt: new Map(),
    eventsAt: new Map(),
    findingsForEdge: new Map(),
    findingsForNode: new Map(),
    findingsForEvent: new Map(),
  };
  for (const e of data.edges) {
    push(index.edgesFrom, e.from, e);
    push(index.edgesAt, e.from, e);
    push(index.edgesAt, e.to, e);
  }
  for (const event of data.events) for (const n of event.nodes) push(index.eventsAt, n, event);
  const edgeById = byId(data.edges);
  for (const f of data.findings) {
    for (const n of f.supports.nodes) push(index.findingsForNode, n, f);
    for (const id of f.supports.edges) {
      push(index.findingsForEdge, id, f);
      const edge = edgeById.get(id);
      if (!edge) continue;
      push(index.findingsForNode, edge.from, f);
      push(index.findingsForNode, edge.to, f);
    }
    for (const id of f.supports.events) push(index.findingsForEvent, id, f);
  }
  cache.set(data.findings, index);
  cache.set(data.edges, index);
  cache.set(data.events, index);
  return index;
}
