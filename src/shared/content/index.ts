export * from './bemCells';
export * from './demo';
