export * from './common';
export * from './engagement';
export * from './outcome';
export * from './analysis';
export * from './goalSentence';
export * from './detail';
