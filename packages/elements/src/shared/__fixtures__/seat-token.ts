/** An unsigned embed token for a seat and user (the write stub and the elements read its payload). */
export function seatToken(seat: 'viewer' | 'contributor' | 'practitioner', sub = 'u-ben'): string {
  const encode = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  const payload = { sub, tenant: 't-1', seat, exp: Math.floor(Date.now() / 1000) + 600 };
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}.sig`;
}
