export * from './compare.ts';
export * from './evaluate.ts';
export * from './explain.ts';
export * from './status.ts';
export * from './target-choice.ts';
