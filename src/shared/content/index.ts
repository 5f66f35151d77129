export * from './bemCells';
export * from './demo';
export * from './interventionCatalogue';
export * from './quickPath';
export * from './catalogueSearch';
export * from './templates';
export * from './cultureLevers';
export * from './demoCapabilities';
