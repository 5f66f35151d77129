export * from './records';
export * from './gaps';
export * from './assessmentCsv';
export * from './assessmentRounds';
