export * from './records';
export * from './gaps';
export * from './chain';
