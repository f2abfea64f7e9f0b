import type { Resource } from 'i18next';
import enAbout from '../locales/en-GB/about.json' with { type: 'json' };
import enCertificate from '../locales/en-GB/certificate.json' with { type: 'json' };
import enCommon from '../locales/en-GB/common.json' with { type: 'json' };
import enErrors from '../locales/en-GB/errors.json' with { type: 'json' };
import enEvidence from '../locales/en-GB/evidence.json' with { type: 'json' };
import enLead from '../locales/en-GB/lead.json' with { type: 'json' };
import enLearner from '../locales/en-GB/learner.json' with { type: 'json' };
import enLrs from '../locales/en-GB/lrs.json' with { type: 'json' };
import enMenu from '../locales/en-GB/menu.json' with { type: 'json' };
import enPolicy from '../locales/en-GB/policy.json' with { type: 'json' };
import enQuiz from '../locales/en-GB/quiz.json' with { type: 'json' };
import enSetup from '../locales/en-GB/setup.json' with { type: 'json' };
import enSigning from '../locales/en-GB/signing.json' with { type: 'json' };
import enWelcome from '../locales/en-GB/welcome.json' with { type: 'json' };
import cyAbout from '../locales/cy/about.json' with { type: 'json' };
import cyCertificate from '../locales/cy/certificate.json' with { type: 'json' };
import cyCommon from '../locales/cy/common.json' with { type: 'json' };
import cyErrors from '../locales/cy/errors.json' with { type: 'json' };
import cyEvidence from '../locales/cy/evidence.json' with { type: 'json' };
import cyLead from '../locales/cy/lead.json' with { type: 'json' };
import cyLearner from '../locales/cy/learner.json' with { type: 'json' };
import cyLrs from '../locales/cy/lrs.json' with { type: 'json' };
import cyMenu from '../locales/cy/menu.json' with { type: 'json' };
import cyPolicy from '../locales/cy/policy.json' with { type: 'json' };
import cyQuiz from '../locales/cy/quiz.json' with { type: 'json' };
import cySetup from '../locales/cy/setup.json' with { type: 'json' };
import cySigning from '../locales/cy/signing.json' with { type: 'json' };
import cyWelcome from '../locales/cy/welcome.json' with { type: 'json' };
import type { Locale } from './locales';

/**
 * Every namespace of every locale, imported statically so main's bundle carries them and its
 * translator is ready at once (the renderer loads the same files with Vite's glob).
 * `locale-resources.test.ts` fails if a JSON file in common/locales is missing here.
 */
export const LOCALE_RESOURCES: Record<Locale, Resource[string]> = {
  'en-GB': {
    about: enAbout,
    certificate: enCertificate,
    common: enCommon,
    errors: enErrors,
    evidence: enEvidence,
    lead: enLead,
    learner: enLearner,
    lrs: enLrs,
    menu: enMenu,
    policy: enPolicy,
    quiz: enQuiz,
    setup: enSetup,
    signing: enSigning,
    welcome: enWelcome,
  },
  cy: {
    about: cyAbout,
    certificate: cyCertificate,
    common: cyCommon,
    errors: cyErrors,
    evidence: cyEvidence,
    lead: cyLead,
    learner: cyLearner,
    lrs: cyLrs,
    menu: cyMenu,
    policy: cyPolicy,
    quiz: cyQuiz,
    setup: cySetup,
    signing: cySigning,
    welcome: cyWelcome,
  },
};
