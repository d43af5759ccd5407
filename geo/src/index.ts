export * from './h3-cells.js';
export * from './areas.js';
export * from './hotspots.js';
export * from './stats.js';
export * from './aggregate.js';
export * from './proximity.js';
export * from './mann-kendall.js';
export * from './emerging.js';
