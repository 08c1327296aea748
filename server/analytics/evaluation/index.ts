// Evaluation waves: pure computations (no I/O): questions, aggregates under the privacy threshold, results, trends.
export * from './questions.ts';
export * from './aggregate.ts';
export * from './reported-observed.ts';
export * from './wave-results.ts';
export * from './trends.ts';
export * from './wave-network.ts';
