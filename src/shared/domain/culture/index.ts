export * from './records';
export * from './scores';
export * from './flags';
export * from './csv';
export * from './sentence';
