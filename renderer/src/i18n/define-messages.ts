/**
 * A feature's own strings. Each worksheet keeps its Indonesian beside its code
 * (features/<worksheet>/messages.ts) and its English in a sibling module (messages.en.ts), and
 * i18n/catalogue.ts and i18n/catalogue-en.ts merge them, so features never edit one shared dictionary.
 * The English is a module of its own so the facilitator's app loads it only when English is chosen
 * (about a tenth of the first screen's code).
 */
export const defineMessages = <const T extends Record<string, string>>(id: T) => ({ id });

/** The English of a feature's messages: exactly the keys of its Indonesian (a missing or extra key is a compile error). */
export const englishFor = <M extends { id: Record<string, string> }>(en: { [K in keyof M['id']]: string }): { [K in keyof M['id']]: string } => en;
