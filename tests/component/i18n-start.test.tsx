// @vitest-environment jsdom
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_PAINT_NAMESPACES } from '../../common/i18n/first-paint';
import { initI18n } from '../../renderer/i18n/i18n';
import { loadText, localeBackend } from '../../renderer/i18n/resources';

describe('starting the interface language', () => {
  afterEach(() => vi.restoreAllMocks());

  // Left to itself i18next also asks for 'en' text for 'en-GB' (none exists) at start-up.
  it('in British English, asks for no more text than the first screen was given', async () => {
    const read = vi.spyOn(localeBackend, 'read');
    await initI18n('en-GB', await loadText('en-GB', FIRST_PAINT_NAMESPACES));
    expect(read).not.toHaveBeenCalled();
    expect(i18next.t('welcome:title')).not.toBe('title');
  });

  it('in Welsh, shows British English for a key the Welsh text lacks, and loads both later', async () => {
    const read = vi.spyOn(localeBackend, 'read');
    const text = await loadText('cy', FIRST_PAINT_NAMESPACES);
    // A key the Welsh text lacks is shown in British English.
    const english = text['en-GB']?.welcome as Record<string, unknown>;
    const welsh = { ...(text.cy?.welcome as Record<string, unknown>) };
    delete welsh.title;
    await initI18n('cy', { ...text, cy: { ...text.cy, welcome: welsh } });

    expect(i18next.t('welcome:title')).toBe(english.title);
    expect(i18next.t('welcome:lede')).not.toBe(english.lede);
    expect(document.documentElement.lang).toBe('cy');
    expect(read).not.toHaveBeenCalled();
    await i18next.loadNamespaces('errors');
    expect(read.mock.calls.map(([language]) => language).sort()).toEqual(['cy', 'en-GB']);
  });
});
