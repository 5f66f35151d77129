export * from './ltem';
export * from './isolation';
export * from './roi';
export * from './cohorts';
export * from './benefit';
export * from './results';
export * from './csv';
export * from './observation';
