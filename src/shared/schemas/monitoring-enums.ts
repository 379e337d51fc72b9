/** Plain value lists for implementation and monitoring, importable by the database schema without zod. */
export const actionStatuses = [
  'not_started',
  'on_track',
  'at_risk',
  'behind',
  'completed',
  'cancelled',
] as const;
export type ActionStatus = (typeof actionStatuses)[number];

/** A cause and an adjustment are required whenever an action slips. */
export const slippingStatuses: readonly ActionStatus[] = ['at_risk', 'behind'];

export const metricKinds = ['leading', 'lagging'] as const;
export type MetricKind = (typeof metricKinds)[number];

export const metricDirections = ['higher', 'lower'] as const;
export type MetricDirection = (typeof metricDirections)[number];

export const metricUnits = ['percent', 'count', 'score', 'rate', 'days', 'dollars', 'other'] as const;
export type MetricUnit = (typeof metricUnits)[number];

export const observationSources = ['manual', 'import', 'api'] as const;
export type ObservationSource = (typeof observationSources)[number];

export const supportStatuses = ['requested', 'accepted', 'declined', 'provided', 'closed'] as const;
export type SupportStatus = (typeof supportStatuses)[number];

export const importStatuses = ['committed', 'failed'] as const;
export type ImportStatus = (typeof importStatuses)[number];
