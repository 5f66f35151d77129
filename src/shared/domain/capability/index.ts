export * from './records';
export * from './gaps';
export * from './compare';
export * from './heatmap';
