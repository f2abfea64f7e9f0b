/**
 * The subset of the xAPI 1.0.3 statement shape this app writes. Kept as plain types (not a zod
 * schema) because statements are only ever produced by our own code; the LRS is the validator.
 */

export type LanguageMap = Record<string, string>;

export interface XapiAccountAgent {
  objectType: 'Agent';
  name: string;
  account: { homePage: string; name: string };
}

export interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition?: {
    name?: LanguageMap;
    type?: string;
    extensions?: Record<string, unknown>;
  };
}

export interface XapiResult {
  score?: { scaled: number; raw?: number; min?: number; max?: number };
  success?: boolean;
  completion?: boolean;
  duration?: string;
  extensions?: Record<string, unknown>;
}

export interface XapiContext {
  registration?: string;
  platform?: string;
  language?: string;
  contextActivities?: { parent?: XapiActivity[]; grouping?: XapiActivity[] };
  extensions?: Record<string, unknown>;
}

export interface XapiStatement {
  id: string;
  actor: XapiAccountAgent;
  verb: { id: string; display: LanguageMap };
  object: XapiActivity;
  result?: XapiResult;
  context?: XapiContext;
  timestamp: string;
  version?: '1.0.3';
}

export const XAPI_VERSION = '1.0.3';

export const VERBS = {
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-GB': 'completed' } },
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-GB': 'passed' } },
  failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { 'en-GB': 'failed' } },
  accepted: {
    id: 'http://activitystrea.ms/schema/1.0/accept',
    display: { 'en-GB': 'accepted' },
  },
} as const;
