/** What one selection can point at: a diagram node, an arrow, a timeline event or a finding. */
export type FocusKind = 'node' | 'edge' | 'event' | 'finding';
export type Focus = { kind: FocusKind; id: string } | null;
