export * from './records';
export * from './gaps';
export * from './chain';
export * from './sentence';
export * from './gapTable';
