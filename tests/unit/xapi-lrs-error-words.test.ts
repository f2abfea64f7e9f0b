import { lrsResponseError } from '../../electron/services/xapi/lrs-error';

/**
 * The LRS's words about a failure, as the lead sees them and as the last problem keeps them on
 * disk: scrubbed of the credentials, of whatever names the learners in the statements sent, and
 * of any email address; bounded in length.
 */

const SECRETS = ['Pa55word-for-the-lrs'];
const PEOPLE = ['Siân Llŵyd', 'mailto:sian@example.org', 'sian@example.org', 'Ann', 'T-1001'];

async function words(body: string, status = 500): Promise<string> {
  const error = await lrsResponseError(new Response(body, { status }), SECRETS, PEOPLE);
  return String(error.details.message);
}

describe('the LRS’s words about a failure', () => {
  it.each([
    [
      'a quoted name',
      '{"message":"dup key: { name: \\"Siân Llŵyd\\" }"}',
      'dup key: { name: "***" }',
    ],
    ['the name in capitals', '{"message":"user SIÂN LLŴYD exists"}', 'user *** exists'],
    [
      'an email the real LRS echoes in a warning',
      `{"warnings":["Problem in 'statements.0.actor.mbox'. Received '\\"mailto:sian@example.org\\"'"]}`,
      `Problem in 'statements.0.actor.mbox'. Received '"***"'`,
    ],
    ['an email of someone not sent', '{"message":"held by tom@example.org"}', 'held by ***'],
    ['a staff ID', '{"message":"account T-1001 is locked"}', 'account *** is locked'],
    ['a short name only as a whole word', '{"message":"Annotation by Ann"}', 'Annotation by ***'],
    ['the secret, anywhere', 'bad credentials xPa55word-for-the-lrsx', 'bad credentials x***x'],
  ])('hide %s', async (_what, body, shown) => {
    expect(await words(body)).toBe(shown);
  });

  it('are cut short when the LRS says a great deal', async () => {
    const said = await words(JSON.stringify({ message: 'x'.repeat(5_000) }));
    expect(said.length).toBeLessThanOrEqual(501);
  });

  it('a 413 says the statement is too large, whatever page the proxy sent', async () => {
    const error = await lrsResponseError(
      new Response('<html><h1>413 Request Entity Too Large</h1></html>', { status: 413 }),
      SECRETS,
    );
    expect(error).toMatchObject({ code: 'xapi.tooLarge', details: { status: 413 } });
  });
});
