export * from './command-error';
export * from './collections';
export * from './command';
export * from './reducer';
export * from './invert';
export * from './describe';
export { COMMAND_DEFS, COMMAND_TYPES, commandDefOf, touchesOf, keysOverlap, baseOf, splitKey, itemKey, partKey, type TouchKey, type AnyCommandDef } from './defs';
