import { Hono } from 'hono';
import { validate } from '../../validation';
import { currentHandler, versionHandler } from './checklists.handlers';
import { ChecklistVersionParam } from './checklists.routes';

/** GET /api/checklists/current and GET /api/checklists/:version: the checklist with its kk/ru/en texts. */
export function checklistsRoutes() {
  return new Hono().get('/current', currentHandler()).get('/:version', validate('param', ChecklistVersionParam), versionHandler());
}
