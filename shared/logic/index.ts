export * from './new-workshop';
export * from './worksheets';
export * from './progress';
export * from './readiness-stats';
export * from './roadmap-buckets';
export * from './quick-win-score';
export * from './rupiah';
export * from './program-code';
