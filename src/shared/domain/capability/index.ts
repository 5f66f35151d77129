export * from './records';
export * from './gaps';
export * from './objective';
export * from './transfer';
export * from './plans';
export * from './assessmentCsv';
export * from './assessmentRounds';
