export * from './records';
export * from './gaps';
