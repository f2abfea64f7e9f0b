import { checkLrsEndpoint, lrsEndpointSchema } from '../../common/xapi/lrs-endpoint';

describe('which LRS addresses records may be sent to', () => {
  it.each([
    ['https://lrs.example.org/xAPI', 'https://lrs.example.org/xAPI'],
    ['https://lrs.example.org/xAPI/', 'https://lrs.example.org/xAPI'],
    ['  https://lrs.example.org:8443/data/xAPI  ', 'https://lrs.example.org:8443/data/xAPI'],
    ['http://localhost:18080/xAPI', 'http://localhost:18080/xAPI'],
    ['http://LOCALHOST/xAPI', 'http://localhost/xAPI'],
    ['http://127.0.0.1:18080/xAPI', 'http://127.0.0.1:18080/xAPI'],
    ['http://[::1]:8080/xAPI', 'http://[::1]:8080/xAPI'],
  ])('%s is accepted', (input, normalised) => {
    expect(checkLrsEndpoint(input)).toEqual({ ok: true, url: normalised });
    expect(lrsEndpointSchema.parse(input.trim())).toBe(normalised);
  });

  it.each([
    ['lrs.example.org', 'not-a-url'],
    ['', 'not-a-url'],
    ['ftp://lrs.example.org/xAPI', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    ['http://lrs.example.org/xAPI', 'insecure'],
    ['http://localhost.evil.example/xAPI', 'insecure'],
    ['http://127.0.0.1.nip.io/xAPI', 'insecure'],
    ['http://192.168.1.10/xAPI', 'insecure'],
    ['https://admin:secret@lrs.example.org/xAPI', 'credentials'],
    ['https://lrs.example.org/xAPI?key=1', 'query'],
    ['https://lrs.example.org/xAPI#x', 'query'],
  ])('%s is refused (%s)', (input, reason) => {
    expect(checkLrsEndpoint(input)).toEqual({ ok: false, reason });
    expect(lrsEndpointSchema.safeParse(input).success).toBe(false);
  });
});

describe('an LRS address copied with its statements resource', () => {
  it.each([
    ['https://lrs.example.org/data/xAPI/statements', 'https://lrs.example.org/data/xAPI'],
    ['https://lrs.example.org/data/xAPI/statements/', 'https://lrs.example.org/data/xAPI'],
    ['http://127.0.0.1:18080/xAPI/statements', 'http://127.0.0.1:18080/xAPI'],
  ])('%s is taken as the LRS base, so /statements is not added twice', (input, base) => {
    expect(checkLrsEndpoint(input)).toEqual({ ok: true, url: base });
  });

  it('a base that merely ends in the letters "statements" is kept as it is', () => {
    expect(checkLrsEndpoint('https://lrs.example.org/mystatements')).toEqual({
      ok: true,
      url: 'https://lrs.example.org/mystatements',
    });
  });
});
