import { z } from 'zod';
import { LOCALES } from '../../../common/content/content-schema';
import { learnerIdentitySchema, RECORD_TYPES } from '../../../common/records/acceptance-record';
import { lockoutStateSchema } from '../lead-auth/lockout';
import { storedHashSchema } from '../lead-auth/scrypt-hash';

/**
 * A learner's saved place, one file per learner (`progress/<learnerKey>.json`), rewritten
 * atomically after every step. Only content ids are stored, never text, so the learner can switch
 * language at any point and carry on from the same place.
 */

const isoUtc = z.iso.datetime({ offset: false });

/**
 * The options chosen in one step: one, or several on a multi-answer step. Files written before
 * multi-answer steps existed hold a single `optionId`; they are read as a one-item list.
 */
export const stepAnswerSchema = z.preprocess(
  (value) => {
    if (typeof value !== 'object' || value === null || 'optionIds' in value) return value;
    const { optionId, ...rest } = value as { optionId?: unknown };
    return optionId === undefined ? value : { ...rest, optionIds: [optionId] };
  },
  z.object({ stepId: z.string(), optionIds: z.array(z.string()).min(1) }),
);

/** Scenario id → step id → option ids in the order the learner was shown them. */
export const optionOrderSchema = z.record(z.string(), z.record(z.string(), z.array(z.string())));
export type OptionOrder = z.infer<typeof optionOrderSchema>;

export const quizAttemptSchema = z.object({
  /** 1 for the first attempt at this quiz, 2 for the first retake… */
  number: z.number().int().min(1),
  /** The scenarios presented, in the order presented (alternates already chosen). */
  scenarioIds: z.array(z.string()).min(1),
  /** Scenario id → the answers given on its path. */
  answers: z.record(z.string(), z.array(stepAnswerSchema)),
  /**
   * The order each step's options are shown in, shuffled per attempt and kept so a resumed
   * attempt shows the same order. Missing only in files written before options were shuffled.
   */
  optionOrder: optionOrderSchema.optional(),
  finishedAt: isoUtc.optional(),
  /** Set when finished: the scenarios answered best all along their path. */
  correctIds: z.array(z.string()).optional(),
  percent: z.number().int().min(0).max(100).optional(),
  passed: z.boolean().optional(),
  /** The learner has seen the results screen for this attempt and moved on. */
  acknowledged: z.boolean(),
});
export type QuizAttempt = z.infer<typeof quizAttemptSchema>;

export const moduleProgressSchema = z.object({
  /** Lesson page reached: intro, DO/DO NOT, each activity, what should be in place, then the quiz. */
  page: z.number().int().min(0),
  sort: z.record(z.string(), z.enum(['do', 'dont'])),
  revealed: z.array(z.string()),
  attempts: z.array(quizAttemptSchema),
});
export type ModuleProgress = z.infer<typeof moduleProgressSchema>;

/**
 * The learner's PIN as a salted scrypt hash (never the PIN), with its own count of wrong tries.
 * Absent when the e-safety lead has reset it (or the training began before PINs): the learner
 * then chooses a new one before carrying on.
 */
export const learnerPinSchema = z.object({ hash: storedHashSchema, lockout: lockoutStateSchema });
export type LearnerPin = z.infer<typeof learnerPinSchema>;

export const learnerProgressSchema = z.object({
  version: z.literal(1),
  sessionId: z.uuid(),
  learnerKey: z.string().regex(/^[0-9a-f]{64}$/),
  learner: learnerIdentitySchema,
  pin: learnerPinSchema.optional(),
  recordType: z.enum(RECORD_TYPES),
  /** The language the learner last used; the record is signed in it. */
  locale: z.enum(LOCALES),
  /** The modules to take, in order: every module for an induction, those to review in a refresher. */
  plan: z.array(z.string()),
  modules: z.record(z.string(), moduleProgressSchema),
  /** The refresher's mixed check: scenario id → the module it came from. */
  check: z
    .object({ moduleOf: z.record(z.string(), z.string()), attempt: quizAttemptSchema })
    .optional(),
  startedAt: isoUtc,
  updatedAt: isoUtc,
  completedAt: isoUtc.optional(),
  signedRecordId: z.string().optional(),
});
export type LearnerProgress = z.infer<typeof learnerProgressSchema>;

/**
 * The progress as the learner's screen receives it: without their name, email or PIN hash, which
 * the screen never needs, so nothing personal crosses to the renderer before signing.
 */
export type LearnerProgressView = Omit<LearnerProgress, 'learner' | 'pin' | 'learnerKey'>;
