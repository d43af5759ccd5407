import { CategoryList } from '../contracts/category.js';
import { json, route, routes } from '../http/route.js';
import type { CategoriesService } from './categories.service.js';

const list = route({
  method: 'get',
  path: '/',
  tags: ['reference'],
  summary: 'Report categories',
  responses: { 200: json(CategoryList, 'Every active category') },
});

export function categoriesRoutes(categories: CategoriesService) {
  return routes().openapi(list, async (c) => c.json(await categories.list(), 200));
}
