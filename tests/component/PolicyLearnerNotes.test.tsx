// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { OrgNote } from '../../renderer/components/learning/OrgNote';
import { ResignNotice } from '../../renderer/screens/signing/ResignNotice';
import cyCommon from '../../common/locales/cy/common.json';
import cyLearner from '../../common/locales/cy/learner.json';
import cySigning from '../../common/locales/cy/signing.json';
import enCommon from '../../common/locales/en-GB/common.json';
import enLearner from '../../common/locales/en-GB/learner.json';
import enSigning from '../../common/locales/en-GB/signing.json';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    lng: 'en-GB',
    resources: {
      'en-GB': { common: enCommon, learner: enLearner, signing: enSigning },
      cy: { common: cyCommon, learner: cyLearner, signing: cySigning },
    },
  });
});

describe("the organisation's own words, as the learner meets them", () => {
  it("a module shows the organisation's note under its own heading", async () => {
    await i18next.changeLanguage('en-GB');
    render(<OrgNote note={{ text: 'The webcam is in the office cupboard.', language: 'en-GB' }} />);
    expect(screen.getByRole('complementary', { name: 'From your organisation' })).toHaveTextContent(
      'The webcam is in the office cupboard.',
    );
    expect(screen.queryByText(/not been translated/)).toBeNull();
  });

  it('a note not yet in Welsh is shown in English, marked as English, and says so in Welsh', async () => {
    await i18next.changeLanguage('cy');
    render(<OrgNote note={{ text: 'The webcam is in the office cupboard.', language: 'en-GB' }} />);
    expect(screen.getByText('The webcam is in the office cupboard.')).toHaveAttribute(
      'lang',
      'en-GB',
    );
    // Welsh names English "Saesneg" inside a sentence; "English" is only the language switch's label.
    expect(
      screen.getByText(
        "Nid yw'r nodyn hwn wedi'i gyfieithu eto, felly mae'n cael ei ddangos yn Saesneg.",
      ),
    ).toBeTruthy();
  });

  it('no note, nothing shown', () => {
    const { container } = render(<OrgNote note={undefined} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('a re-signing learner is told the version they signed and sees the removed clauses', async () => {
    await i18next.changeLanguage('en-GB');
    render(
      <ResignNotice
        resign={{
          signedVersion: '2026.2-org.1',
          removed: [
            { id: 'org-old', text: 'I will keep the old rule.' },
            { id: 'org-gone', text: null },
          ],
        }}
      />,
    );
    expect(screen.getByText(/since you signed version 2026\.2-org\.1/)).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'I will keep the old rule.',
      'Clause org-gone (its text is not kept on this device)',
    ]);
  });
});
