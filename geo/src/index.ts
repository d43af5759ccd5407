export * from './h3-cells.js';
export * from './areas.js';
export * from './hotspots.js';
export * from './stats.js';
