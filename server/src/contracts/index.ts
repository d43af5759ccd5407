export * from './common.js';
export * from './errors.js';
export * from './category.js';
export * from './unit.js';
export * from './report.js';
export * from './cells.js';
export * from './events.js';
export * from './map.js';
