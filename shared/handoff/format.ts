/** Marks a file as a hand-off package of this app. */
export const HANDOFF_FORMAT = 'masterplan-smart-city/paket-opd';

/** The package format this build writes; a package with a higher number is refused. */
export const HANDOFF_VERSION = 1;

/** Packages larger than this are refused before parsing. */
export const HANDOFF_MAX_CHARS = 20_000_000;

/** `untuk-opd`: facilitator → OPD head. `dari-opd`: OPD head → facilitator. */
export const HANDOFF_KINDS = ['untuk-opd', 'dari-opd'] as const;
export type HandoffKind = (typeof HANDOFF_KINDS)[number];

/** The checksum's text form: `sha256:<64 hex>`. */
export const CHECKSUM_PATTERN = /^sha256:[0-9a-f]{64}$/;
