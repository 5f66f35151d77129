export * from './bemCells';
export * from './demo';
export * from './interventionLibrary';
export * from './quickPath';
