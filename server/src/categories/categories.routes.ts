import { Hono } from 'hono';
import type { CategoriesService } from './categories.service.js';

export function categoriesRoutes(categories: CategoriesService) {
  return new Hono().get('/', async (c) => c.json(await categories.list()));
}
