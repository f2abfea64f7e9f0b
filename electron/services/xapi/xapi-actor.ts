import type { LearnerIdentity } from '../../../common/records/acceptance-record';
import type { XapiAccountAgent, XapiAgent } from './xapi-statement';

// The identifier is an email when it looks like one; anything else is a staff ID.
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/**
 * The learner as an xAPI agent: `mbox` for an email address, otherwise an account named by the
 * staff ID under the organisation's home page. The full name travels too: the LRS belongs to the
 * same organisation, and its reports are unreadable without names.
 */
export function learnerAgent(learner: LearnerIdentity, homePage: string): XapiAgent {
  const identifier = learner.identifier.trim();
  if (EMAIL.test(identifier)) {
    return {
      objectType: 'Agent',
      name: learner.fullName,
      mbox: `mailto:${identifier.toLowerCase()}`,
    };
  }
  return { objectType: 'Agent', name: learner.fullName, account: { homePage, name: identifier } };
}

/** Who voids statements on an erasure request: the organisation itself, never the learner. */
export function organisationAgent(homePage: string): XapiAccountAgent {
  return { objectType: 'Agent', account: { homePage, name: 'e-safety-induction' } };
}

/**
 * The texts in a statement's agent that identify a person (name, email, staff ID), so an LRS's
 * error that quotes them back can be told without them.
 */
export function personalTexts(agent: XapiAgent): string[] {
  const texts = agent.name ? [agent.name] : [];
  if ('mbox' in agent) texts.push(agent.mbox, agent.mbox.replace(/^mailto:/i, ''));
  else texts.push(agent.account.name);
  return texts;
}
