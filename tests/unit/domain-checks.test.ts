// The business checks the repositories call after their look-ups: pure, so tables of cases.
import { describe, expect, it } from 'vitest';
import { checkAdminsRemain, losesAdmin } from '../../server/domain/account.ts';
import { assertValid, ConflictError, InvalidInputError } from '../../server/domain/errors.ts';
import { attendanceErrors } from '../../server/domain/meeting.ts';
import { referenceErrors, requireReference } from '../../server/domain/references.ts';
import { checkNoOverlap } from '../../server/domain/working-group.ts';

describe('referenceErrors', () => {
  const found = new Set(['a']);
  it.each([
    { id: 'a', expected: [] },
    { id: null, expected: [] },
    { id: undefined, expected: [] },
    { id: 'b', expected: [{ field: 'organisationId', code: 'unknown-organisation', message: 'No organisation has the id b.' }] },
  ])('for $id gives $expected.length error(s)', ({ id, expected }) => {
    expect(referenceErrors('organisation', 'organisationId', id, found)).toEqual(expected);
  });

  it('names each kind by its own code', () => {
    expect(referenceErrors('working-group', 'workingGroupId', 'x', new Set())[0]!.code).toBe('unknown-working-group');
    expect(referenceErrors('meeting', 'meetingId', 'x', new Set())[0]!.code).toBe('unknown-meeting');
    expect(referenceErrors('user', 'coordinatorUserId', 'x', new Set())[0]!.message).toBe('No account has the id x.');
  });
});

describe('requireReference', () => {
  it('gives back what was found', () => {
    expect(requireReference('organisation', 'organisationId', 'a', { id: 'a' }, 'The organisation does not exist.')).toEqual({ id: 'a' });
  });

  it('refuses what was not, with the summary as message', () => {
    expect(() => requireReference('organisation', 'organisationId', 'a', undefined, 'The organisation does not exist.')).toThrow(
      expect.objectContaining({ code: 'validation', message: 'The organisation does not exist.', errors: [expect.objectContaining({ field: 'organisationId' })] }),
    );
  });
});

describe('assertValid', () => {
  it('lets no problems through', () => expect(() => assertValid([])).not.toThrow());

  it('joins the messages unless a summary is given', () => {
    const errors = [
      { field: 'a', code: 'x', message: 'A is wrong.' },
      { field: 'b', code: 'y', message: 'B is wrong.' },
    ];
    expect(() => assertValid(errors)).toThrow(new InvalidInputError('validation', 'A is wrong. B is wrong.', errors));
    expect(() => assertValid(errors, 'Both.')).toThrow('Both.');
  });
});

describe('attendanceErrors', () => {
  const known = new Set(['o1', 'o2', 'o3']);
  const invited = new Set(['o1', 'o2']);
  it.each([
    { records: ['o1', 'o2'], codes: [] },
    { records: ['zz'], codes: ['unknown-organisation'] },
    { records: ['o3'], codes: ['not-invited'] },
    { records: ['o1', 'o1'], codes: ['duplicate'] },
    { records: ['o1', 'zz', 'o3', 'o1'], codes: ['unknown-organisation', 'not-invited', 'duplicate'] },
  ])('$records → $codes', ({ records, codes }) => {
    const errors = attendanceErrors(records.map((organisationId) => ({ organisationId })), known, invited);
    expect(errors.map((e) => e.code)).toEqual(codes);
  });

  it('names the refused entry by its index', () => {
    expect(attendanceErrors([{ organisationId: 'o1' }, { organisationId: 'zz' }], known, invited)[0]!.field).toBe('1.organisationId');
  });
});

describe('checkNoOverlap', () => {
  const others = [{ joinedOn: '2024-01-01', leftOn: '2024-06-30' }];
  it.each([
    { period: { joinedOn: '2024-07-01', leftOn: null }, refused: false },
    { period: { joinedOn: '2023-01-01', leftOn: '2023-12-31' }, refused: false },
    { period: { joinedOn: '2024-06-30', leftOn: null }, refused: true },
    { period: { joinedOn: '2023-01-01', leftOn: null }, refused: true },
  ])('$period.joinedOn–$period.leftOn refused: $refused', ({ period, refused }) => {
    const check = () => checkNoOverlap({ name: 'Atelier' }, period, others);
    if (refused) expect(check).toThrow(new ConflictError('already-member', 'Atelier is already a member of this group then (since 2024-01-01, until 2024-06-30).'));
    else expect(check).not.toThrow();
  });
});

describe('the last admin', () => {
  it.each([
    { current: { role: 'admin', disabled: false }, update: { role: 'coordinator' }, loses: true },
    { current: { role: 'admin', disabled: false }, update: { role: 'admin', disabled: true }, loses: true },
    { current: { role: 'admin', disabled: false }, update: { role: 'admin', disabled: false }, loses: false },
    { current: { role: 'admin', disabled: true }, update: { role: 'coordinator' }, loses: false },
    { current: { role: 'coordinator', disabled: false }, update: { role: 'strategist' }, loses: false },
  ] as const)('$current.role → $update.role (disabled $update.disabled): loses an admin $loses', ({ current, update, loses }) => {
    expect(losesAdmin(current, update)).toBe(loses);
  });

  it('stays while another enabled admin remains', () => {
    expect(() => checkAdminsRemain(1)).not.toThrow();
    expect(() => checkAdminsRemain(0)).toThrow(expect.objectContaining({ code: 'last-admin' }));
  });
});
