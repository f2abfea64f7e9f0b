// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioOption } from '../../common/content/content-schema';
import cyQuiz from '../../common/locales/cy/quiz.json';
import enQuiz from '../../common/locales/en-GB/quiz.json';
import { AnswerFeedback } from '../../renderer/components/learning/AnswerFeedback';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    lng: 'en-GB',
    resources: { 'en-GB': { quiz: enQuiz }, cy: { quiz: cyQuiz } },
  });
});

const option = (id: string, best: boolean): ScenarioOption => ({
  id,
  text: `Option ${id}`,
  feedback: `Why ${id}`,
  best,
});
/** Shown order: c, a, d, b. Single answer: a is best. */
const single = [option('c', false), option('a', true), option('d', false), option('b', false)];
/** Multi answer: a and b are best. */
const multi = [option('c', false), option('a', true), option('d', false), option('b', true)];

const items = () =>
  screen.queryAllByRole('listitem').map((li) =>
    within(li)
      .getAllByText(/./)
      .map((p) => p.textContent),
  );

describe('feedback after an answer', () => {
  it('the best answer gets the verdict and its reason, nothing more', () => {
    render(<AnswerFeedback best options={single} chosenIds={['a']} multiAnswer={false} />);
    expect(screen.getByText('Best answer')).toBeInTheDocument();
    expect(screen.getByText('Why a')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('after a wrong choice the learner sees their answer and the best answer, each with why', () => {
    render(<AnswerFeedback best={false} options={single} chosenIds={['d']} multiAnswer={false} />);
    expect(screen.getByText('Not the best answer')).toBeInTheDocument();
    expect(items()).toEqual([
      ['The best answer', 'Option a', 'Why a'],
      ['Your answer', 'Option d', 'Why d'],
    ]);
  });

  it('on a multi-answer step every option chosen or missed is named, in the order shown', () => {
    render(<AnswerFeedback best={false} options={multi} chosenIds={['a', 'c']} multiAnswer />);
    expect(items()).toEqual([
      ['You chose this, but it is not one of the best answers', 'Option c', 'Why c'],
      ['You chose this, rightly', 'Option a', 'Why a'],
      ['You did not choose this, but it is one of the best answers', 'Option b', 'Why b'],
    ]);
  });

  it('speaks Welsh in Welsh', async () => {
    await i18next.changeLanguage('cy');
    render(<AnswerFeedback best={false} options={single} chosenIds={['d']} multiAnswer={false} />);
    expect(screen.getByText("Nid dyma'r ateb gorau")).toBeInTheDocument();
    expect(screen.getByText("Dyma'r ateb gorau")).toBeInTheDocument();
    expect(screen.getByText('Eich ateb')).toBeInTheDocument();
    await i18next.changeLanguage('en-GB');
  });
});
