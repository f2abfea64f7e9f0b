import type { LanguageMap, XapiActivity } from './xapi-statement';

/**
 * The activities every statement points at, minted under the organisation's base IRI in one
 * place: the LRS joins a module's answers, passes and completions only because they all name
 * the same IRI.
 */

/** The base IRI without trailing slashes, so `${root}/course` never holds `//`. */
export function activityRoot(activityBase: string): string {
  return activityBase.replace(/\/+$/, '');
}

export const COURSE_NAME: LanguageMap = {
  'en-GB': 'E-safety induction',
  cy: 'Cyflwyniad e-ddiogelwch',
};

export function moduleIri(root: string, moduleId: string): string {
  return `${root}/modules/${encodeURIComponent(moduleId)}`;
}

export function courseActivity(root: string): XapiActivity {
  return activity(`${root}/course`, COURSE_NAME, 'course');
}

/** A module, named in every language given; its id stands in when no name is known. */
export function moduleActivity(
  root: string,
  moduleId: string,
  names: LanguageMap | undefined,
): XapiActivity {
  return activity(moduleIri(root, moduleId), names ?? { 'en-GB': moduleId }, 'module');
}

function activity(id: string, name: LanguageMap, type: 'course' | 'module'): XapiActivity {
  return {
    objectType: 'Activity',
    id,
    definition: { name, type: `http://adlnet.gov/expapi/activities/${type}` },
  };
}
