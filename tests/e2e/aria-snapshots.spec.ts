import type { Page } from '@playwright/test';
import { leadSections, signedInLead } from './lead-support';
import { arrangeSetUpDevice, BEST, expect, test } from './learner-harness';
import { playLesson, startTraining } from './learner-journey';
import { acknowledgeAll, arrangeCompletedSession, resumeToSigning, SIAN } from './signing-helpers';

/*
 * What a screen reader is given, read from the accessibility tree: landmarks, headings in order,
 * every control with its name, live regions. The templates are partial (a list names the nodes
 * that must be there, in order), so wording elsewhere may change without breaking them.
 */

/** The frame every screen shares: skip link, banner with the language, main, footer. */
async function expectFrame(app: Page) {
  await expect(app.locator('body')).toMatchAriaSnapshot(`
    - link "Skip to main content"
    - banner:
      - combobox "Language"
    - main
    - contentinfo:
      - button "About and accessibility"
  `);
}

test('the welcome screen, a lesson page and a quiz question with its feedback read in order to a screen reader', async ({
  app,
  services,
}) => {
  await arrangeSetUpDevice(app, services);
  await expectFrame(app);
  await expect(app.getByRole('main')).toMatchAriaSnapshot(`
    - region "Stay safe online, keep young people safe":
      - heading "Stay safe online, keep young people safe" [level=1]
    - region "What you will cover":
      - heading "What you will cover" [level=2]
      - list
      - button "Start or resume my training"
      - button "E-safety lead area"
  `);

  await app.getByRole('button', { name: 'Start or resume my training' }).click();
  await startTraining(app, 'mouse', { name: 'Alex Learner', id: 'alex@example.org' });
  await expect(app.getByText('Page 1 of 5')).toBeVisible();
  await expectFrame(app);
  await expect(app.getByRole('main')).toMatchAriaSnapshot(`
    - button "Save and leave"
    - paragraph: "Module 1 of 10: Topic 1"
    - 'progressbar "Module 1 of 10: Topic 1"'
    - paragraph: /This module takes about \\d+ minutes?\\. About \\d+ minutes left in all, signing included\\./
    - region "Topic 1":
      - paragraph: Page 1 of 5
      - heading "Topic 1" [level=1]
      - button "Next"
  `);

  // Through the pages, each activity done and waited for, into the quiz.
  await playLesson(app, 'mouse');
  const best = new RegExp(`^(${BEST.join('|')})$`);
  await app
    .getByRole('radio', { name: best })
    .or(app.getByRole('checkbox', { name: best }))
    .first()
    .click();
  await app.getByRole('button', { name: 'Check my answer' }).click();
  await expect(app.getByRole('button', { name: 'Continue' })).toBeFocused();
  // The feedback is in a polite live region; the locked options say why they are locked.
  await expect(app.getByRole('main')).toMatchAriaSnapshot(`
    - region:
      - paragraph: /Question 1 of 3/
      - heading [level=1]
      - group:
        - paragraph: "You have answered this question: read the feedback, then continue."
      - status:
        - paragraph: /^(Best answer|Not the best answer)$/
      - button "Continue"
  `);
  const options = app.getByRole('group').getByRole('radio').or(app.getByRole('checkbox'));
  for (const option of await options.all()) await expect(option).toBeDisabled();
  await expect(
    app.getByRole('status').filter({ hasText: /Best answer|Not the best answer/ }),
  ).toHaveAttribute('aria-live', 'polite');
});

test('signing and the certificate read as topics, each with one labelled acknowledgement, then the signature', async ({
  app,
  services,
}) => {
  await arrangeCompletedSession(services);
  await app.reload();
  await resumeToSigning(app, SIAN.identifier);
  await expectFrame(app);
  await expect(app.getByRole('main')).toMatchAriaSnapshot(`
    - button "Save and leave"
    - region:
      - heading [level=1]
      - paragraph: /Policy version/
    - region "The clauses":
      - heading "The clauses" [level=2]
      - region:
        - heading [level=3]
        - list:
          - listitem: /^Clause \\d+ /
        - checkbox /^I have read the (clause|\\d+ clauses) on “.+” above and will follow (it|them)$/
      - status: /^0 of \\d+ groups confirmed$/
    - region "Sign the agreement":
      - heading "Sign the agreement" [level=2]
      - checkbox
      - group "How would you like to sign?":
        - radio /Draw my signature/
        - radio /Type my signature/ [checked]
      - textbox "Your signature": ${SIAN.fullName}
      - 'checkbox "This is my signature: I am ${SIAN.fullName} and I sign this agreement."'
      - button "Sign the agreement"
      - status
  `);

  await acknowledgeAll(app);
  await app.getByRole('button', { name: 'Sign the agreement' }).click();
  await expect(
    app.getByRole('heading', { level: 1, name: 'You have signed the agreement' }),
  ).toBeVisible();
  await expectFrame(app);
  await expect(app.getByRole('main')).toMatchAriaSnapshot(`
    - region "You have signed the agreement":
      - heading "You have signed the agreement" [level=1]
    - region "Your certificate":
      - heading "Your certificate" [level=2]
      - term: Name
      - definition: ${SIAN.fullName}
      - term: Certificate code
      - definition: /^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/
      - button "Save certificate (PDF)"
      - button "Print certificate"
      - button "Finish"
  `);
  // Saving and printing report through a live region, there (empty) before anything happens.
  await expect(app.locator('#certificate-outcome')).toHaveRole('status');
});

test('the lead dashboard reads as a heading, its section navigation, then the figures with their names', async ({
  app,
  services,
}) => {
  await signedInLead(app, services);
  await expect(app.getByTestId('tile-current')).toContainText('1');
  await expectFrame(app);
  await expect(app.getByRole('main')).toMatchAriaSnapshot(`
    - 'heading "E-safety lead area: Dashboard" [level=1]'
    - button "Lock the lead area"
    - navigation "Lead area sections":
      - list:
        - listitem:
          - button "Dashboard"
        - listitem:
          - button "Records"
        - listitem:
          - button "Exports"
  `);
});

test('the lead records, a person’s record with its erase confirmation, exports and settings read as labelled regions with named controls', async ({
  app,
  services,
}) => {
  await signedInLead(app, services);
  await expect(app.getByTestId('tile-current')).toContainText('1');
  const tabs = leadSections(app);

  await tabs.getByRole('button', { name: 'Records' }).click();
  await expect(app.getByRole('heading', { level: 2, name: 'Records' })).toBeVisible();
  await expect(app.getByRole('status').filter({ hasText: '3 of 3 records' })).toBeVisible();
  await expectFrame(app);
  await expect(app.getByRole('main')).toMatchAriaSnapshot(`
    - heading /E-safety lead area/ [level=1]
    - navigation "Lead area sections"
    - region "Records":
      - heading "Records" [level=2]
      - group "Search and filter":
        - searchbox "Search"
        - button "Clear filters" [disabled]
        - combobox "Role"
        - combobox "Status"
        - combobox "Type"
        - textbox "Completed from"
        - textbox "Completed to"
      - status: 3 of 3 records
      - button "Export these records as CSV (3)"
      - button "Print their certificates (one PDF)"
      - table "Completion records":
        - rowgroup:
          - row:
            - columnheader "Name":
              - button "Name"
            - columnheader "Email or staff ID"
        - rowgroup:
          - row /^Open Ana Price ana@example\\.org Staff Induction/:
            - cell "Open Ana Price":
              - button "Open Ana Price"
  `);

  // Erasing is confirmed in place, not in a pop-up: a labelled box and a button that says why it waits.
  await app.getByRole('button', { name: 'Open Ben Hall' }).click();
  await expect(app.getByRole('heading', { level: 2, name: 'Ben Hall' })).toBeVisible();
  await expect(app.getByRole('main')).toMatchAriaSnapshot(`
    - heading /E-safety lead area/ [level=1]
    - navigation "Lead area sections"
    - region "Ben Hall":
      - button "Back to records"
      - heading "Ben Hall" [level=2]
      - heading "History" [level=3]
      - region "History":
        - table "History":
          - rowgroup:
            - row:
              - columnheader "Completed"
              - columnheader "Certificate code"
          - rowgroup:
            - row:
              - cell:
                - button /^Save certificate PDF [A-Z0-9-]+$/
    - region "Erase this person's data":
      - heading "Erase this person's data" [level=2]
      - 'textbox "To confirm, type this person''s email or staff ID: ben@example.org"'
      - status
      - button "Erase permanently" [disabled]
  `);
  // On a person's record there is one box: the reason says to type what is shown above it.
  await expect(app.getByRole('button', { name: 'Erase permanently' })).toHaveAccessibleDescription(
    "Type the person's email or staff ID exactly as shown above to confirm.",
  );

  await tabs.getByRole('button', { name: 'Exports' }).click();
  await expect(app.getByRole('heading', { level: 2, name: 'Exports' })).toBeVisible();
  await expect(app.getByRole('main')).toMatchAriaSnapshot(`
    - heading /E-safety lead area/ [level=1]
    - navigation "Lead area sections"
    - region "Exports":
      - heading "Exports" [level=2]
      - status
      - region "Spreadsheet (CSV)":
        - heading "Spreadsheet (CSV)" [level=3]
        - button "Export CSV"
      - region "Certificates":
        - heading "Certificates" [level=3]
        - button "Save certificates to a folder"
        - button "Save one combined PDF"
      - region "Full backup":
        - heading "Full backup" [level=3]
        - button "Create backup"
      - region "xAPI (learning record store)":
        - heading "xAPI (learning record store)" [level=3]
        - textbox "Your organisation's web address"
        - region "Save as a file":
          - heading "Save as a file" [level=4]
          - button "Save statements as .json"
        - region "Send straight to your LRS":
          - heading "Send straight to your LRS" [level=4]
          - textbox "LRS endpoint"
          - textbox "LRS username (key)"
          - textbox "LRS password (secret)"
          - button "Send to LRS" [disabled]
  `);

  await tabs.getByRole('button', { name: 'Settings' }).click();
  await expect(app.getByRole('heading', { level: 2, name: 'Settings' })).toBeVisible();
  await expect(app.getByLabel('Organisation name')).toHaveValue('Riverside Youth Club');
  await expect(app.getByRole('main')).toMatchAriaSnapshot(`
    - heading /E-safety lead area/ [level=1]
    - navigation "Lead area sections"
    - region "Settings":
      - heading "Settings" [level=2]
      - group "Organisation":
        - textbox "Organisation name": Riverside Youth Club
        - textbox "E-safety lead's name"
        - textbox "E-safety lead's contact (phone or email)"
        - textbox "Safeguarding lead's name"
        - textbox "Safeguarding lead's contact (phone or email)"
      - group "Training":
        - spinbutton "Refresher interval (months)"
        - spinbutton "Pass mark (%)"
        - combobox "Default language for new learners"
        - combobox "Time zone for training dates"
      - group "Security and retention":
        - spinbutton "Lock the lead area after this many minutes without activity"
        - spinbutton "Keep records for (years)"
      - status
      - button "Save settings"
    - region "Change the lead passphrase":
      - heading "Change the lead passphrase" [level=2]
      - textbox "Current passphrase"
      - textbox "New passphrase"
      - textbox "Type the new passphrase again"
      - status
      - button "Change passphrase"
  `);
});
