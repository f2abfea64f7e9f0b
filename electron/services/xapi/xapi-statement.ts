/**
 * The subset of the xAPI 1.0.3 statement shape this app writes. Kept as plain types (not a zod
 * schema) because statements are only ever produced by our own code; the LRS is the validator.
 */

export type LanguageMap = Record<string, string>;

export interface XapiAccountAgent {
  objectType: 'Agent';
  name?: string;
  account: { homePage: string; name: string };
}

/** A learner who signed in with an email address is identified by it, as xAPI expects. */
export interface XapiMboxAgent {
  objectType: 'Agent';
  name?: string;
  mbox: string;
}

export type XapiAgent = XapiAccountAgent | XapiMboxAgent;

export interface XapiInteractionComponent {
  id: string;
  description: LanguageMap;
}

export interface XapiStatementRef {
  objectType: 'StatementRef';
  id: string;
}

export interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition?: {
    name?: LanguageMap;
    description?: LanguageMap;
    type?: string;
    interactionType?: 'choice';
    choices?: XapiInteractionComponent[];
    correctResponsesPattern?: string[];
    extensions?: Record<string, unknown>;
  };
}

export interface XapiResult {
  score?: { scaled: number; raw?: number; min?: number; max?: number };
  success?: boolean;
  response?: string;
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
  actor: XapiAgent;
  verb: { id: string; display: LanguageMap };
  object: XapiActivity | XapiStatementRef;
  result?: XapiResult;
  context?: XapiContext;
  timestamp: string;
  version?: '1.0.3';
}

export const XAPI_VERSION = '1.0.3';

/** A whole-number percentage as xAPI's score: scaled 0–1, with the raw figure beside it. */
export function scaledScore(percent: number): Required<NonNullable<XapiResult['score']>> {
  return { scaled: percent / 100, raw: percent, min: 0, max: 100 };
}

/** Verb IRIs from the ADL registry and Activity Streams; displays in both shipped languages. */
export const VERBS = {
  completed: {
    id: 'http://adlnet.gov/expapi/verbs/completed',
    display: { 'en-GB': 'completed', cy: 'wedi cwblhau' },
  },
  passed: {
    id: 'http://adlnet.gov/expapi/verbs/passed',
    display: { 'en-GB': 'passed', cy: 'wedi llwyddo' },
  },
  failed: {
    id: 'http://adlnet.gov/expapi/verbs/failed',
    display: { 'en-GB': 'failed', cy: 'heb lwyddo' },
  },
  /** A session opened: started, or resumed with the learner's PIN. */
  initialized: {
    id: 'http://adlnet.gov/expapi/verbs/initialized',
    display: { 'en-GB': 'initialised', cy: 'wedi cychwyn' },
  },
  /** A session closed: saved and left, timed out, or finished by signing. */
  terminated: {
    id: 'http://adlnet.gov/expapi/verbs/terminated',
    display: { 'en-GB': 'terminated', cy: 'wedi terfynu' },
  },
  /** A module's lesson read to its end: the learner has reached its quiz. */
  experienced: {
    id: 'http://adlnet.gov/expapi/verbs/experienced',
    display: { 'en-GB': 'experienced', cy: 'wedi profi' },
  },
  answered: {
    id: 'http://adlnet.gov/expapi/verbs/answered',
    display: { 'en-GB': 'answered', cy: 'wedi ateb' },
  },
  /** Agreeing to the acceptable-use policy: Activity Streams 1.0's documented `accept`. */
  accepted: {
    id: 'http://activitystrea.ms/schema/1.0/accept',
    display: { 'en-GB': 'accepted', cy: 'wedi derbyn' },
  },
  voided: {
    id: 'http://adlnet.gov/expapi/verbs/voided',
    display: { 'en-GB': 'voided', cy: 'wedi dirymu' },
  },
} as const;
