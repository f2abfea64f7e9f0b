import type { Module } from '../content/content-schema';

/**
 * A module's lesson, page by page: the introduction, the DO and DO NOT lists, one page per
 * activity, then what should be in place. The page after the last is the module's quiz.
 */
export type LessonPage =
  | { kind: 'intro' }
  | { kind: 'guidance' }
  | { kind: 'activity'; index: number }
  | { kind: 'in-place' };

export function lessonPageCount(module: Pick<Module, 'activities'>): number {
  return module.activities.length + 3;
}

export function lessonPage(module: Pick<Module, 'activities'>, page: number): LessonPage {
  if (page <= 0) return { kind: 'intro' };
  if (page === 1) return { kind: 'guidance' };
  if (page < module.activities.length + 2) return { kind: 'activity', index: page - 2 };
  return { kind: 'in-place' };
}
