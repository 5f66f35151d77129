export * from './records';
export * from './scores';
export * from './sentence';
