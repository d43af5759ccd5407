export * from './h3-cells.js';
