// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import cyErrors from '../../common/locales/cy/errors.json';
import enErrors from '../../common/locales/en-GB/errors.json';
import { ApiError } from '../../renderer/app/api';
import { ErrorNotice } from '../../renderer/components/ErrorNotice';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    lng: 'en-GB',
    resources: { 'en-GB': { errors: enErrors }, cy: { errors: cyErrors } },
    interpolation: { escapeValue: false },
  });
});

describe('telling the user what went wrong', () => {
  it('a typed failure from main is shown as its translated sentence, with its details', () => {
    render(
      <ErrorNotice
        error={
          new ApiError({
            code: 'invalid-argument',
            i18nKey: 'errors.ipc.invalidArgument',
            details: { path: 'locale', problem: 'Invalid option' },
          })
        }
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The app sent information in the wrong shape (at “locale”), so it was refused. Nothing was changed.',
    );
  });

  it('a wrong shape never brings the schema’s own English into the Welsh sentence', async () => {
    await i18next.changeLanguage('cy');
    try {
      render(
        <ErrorNotice
          error={
            new ApiError({
              code: 'invalid-argument',
              i18nKey: 'errors.ipc.invalidArgument',
              details: { path: 'page', problem: 'Too big: expected number to be <=100' },
            })
          }
        />,
      );
      const alert = screen.getByRole('alert');
      expect(alert).toHaveTextContent(/^Anfonodd yr ap wybodaeth ar y ffurf anghywir/);
      expect(alert).not.toHaveTextContent(/Too big|expected/);
    } finally {
      await i18next.changeLanguage('en-GB');
    }
  });

  it('an unknown error gets the reassuring generic message, never a stack trace', () => {
    render(<ErrorNotice error={new Error('ENOENT: /home/lead/secret')} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/Nothing you entered has been lost/);
    expect(alert).not.toHaveTextContent(/ENOENT/);
  });

  it('a failure whose key has no translation falls back to the generic message', () => {
    render(
      <ErrorNotice
        error={new ApiError({ code: 'x', i18nKey: 'errors.nope.missing', details: {} })}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(/Something went wrong/);
  });

  it('nothing is shown when there is no error', () => {
    const { container } = render(<ErrorNotice error={null} />);
    expect(container).toBeEmptyDOMElement();
  });
});
