export * from './compare.ts';
export * from './evaluate.ts';
export * from './status.ts';
export * from './target-choice.ts';
