/**
 * A feature's own strings, Indonesian first; English must have exactly the same keys.
 * Each worksheet keeps its messages beside its code (features/<worksheet>/messages.ts),
 * and i18n/catalogue.ts merges them, so features never edit one shared dictionary.
 */
export const defineMessages = <const T extends Record<string, string>>(id: T, en: { [K in keyof T]: string }) => ({ id, en });
