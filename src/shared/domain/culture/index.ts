export * from './records';
export * from './scores';
