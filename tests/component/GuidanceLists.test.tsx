// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import path from 'node:path';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, type ContentPack } from '../../common/content/content-schema';
import { loadContentPack } from '../../electron/services/content/load-content-pack';
import { GuidanceLists } from '../../renderer/components/learning/GuidanceLists';
import cyLearner from '../../common/locales/cy/learner.json';
import enLearner from '../../common/locales/en-GB/learner.json';

const packs = new Map<string, ContentPack>();

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    lng: 'en-GB',
    resources: { 'en-GB': { learner: enLearner }, cy: { learner: cyLearner } },
  });
  for (const locale of LOCALES) {
    packs.set(locale, await loadContentPack(path.resolve('content'), locale));
  }
});

describe('every DO and DO NOT of the shipped course reaches the learner', () => {
  for (const locale of LOCALES) {
    it(`each module's lists show every item, in words and not by colour alone (${locale})`, async () => {
      await i18next.changeLanguage(locale);
      const pack = packs.get(locale)!;
      expect(pack.modules).toHaveLength(10);
      for (const module of pack.modules) {
        const { unmount } = render(<GuidanceLists module={module} />);
        const [doList, dontList] = screen.getAllByRole('list');
        expect(
          within(doList!)
            .getAllByRole('listitem')
            .map((li) => li.textContent),
        ).toEqual(module.dos.map((item) => item.text));
        expect(
          within(dontList!)
            .getAllByRole('listitem')
            .map((li) => li.textContent),
        ).toEqual(module.donts.map((item) => item.text));
        const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
        expect(headings).toEqual(
          locale === 'cy' ? [cyLearner.lesson.do, cyLearner.lesson.dont] : ['DO', 'DO NOT'],
        );
        unmount();
      }
    });
  }
});
