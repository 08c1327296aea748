import { describe, expect, it } from 'vitest';
import { en } from '../../web/src/lib/i18n/en.ts';
import { nl } from '../../web/src/lib/i18n/nl.ts';
import { fr } from '../../web/src/lib/i18n/fr.ts';
import { de } from '../../web/src/lib/i18n/de.ts';
import type { Message } from '../../web/src/lib/i18n/types.ts';
import {
  AUDIENCES,
  COMMUNES,
  DISCIPLINES,
  LOCALES,
  ORGANISATION_KINDS,
  ORGANISATION_SIZES,
  PARTNER_ROLES,
  PROJECT_KINDS,
  PROJECT_STATUSES,
  RESOURCES,
} from '../../server/domain/taxonomy.ts';
import { ROLES } from '../../server/domain/actor.ts';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '../../server/domain/audit.ts';
// The web's lists of the vocabularies kept elsewhere on the server; web/src/lib/taxonomy.ts makes
// any drift from the server's types a compile error.
import {
  ATTENDANCE_STATUSES,
  COMMON_LANGUAGES,
  INSIGHT_KINDS,
  INSIGHT_THEMES,
  MEETING_KINDS,
  MEMBER_ROLES,
  ORGANISATION_SORTS,
} from '../../web/src/lib/taxonomy.ts';
import { TIE_KINDS } from '../../server/analytics/collaboration-network.ts';

const CATALOGUES: Record<string, Readonly<Record<string, Message>>> = { en, nl, fr, de };

/** Each vocabulary the dashboard shows with i18n.label(group, value), and the group it uses. */
const LABELLED: [group: string, values: readonly string[]][] = [
  ['kind', ORGANISATION_KINDS],
  ['resource', RESOURCES],
  ['audience', AUDIENCES],
  ['size', ORGANISATION_SIZES],
  ['sort', ORGANISATION_SORTS],
  ['projectKind', PROJECT_KINDS],
  ['projectStatus', PROJECT_STATUSES],
  ['role', PARTNER_ROLES],
  ['memberRole', MEMBER_ROLES],
  ['meetingKind', MEETING_KINDS],
  ['meetingPeriod', ['upcoming', 'past', 'all']],
  ['attendance', ATTENDANCE_STATUSES],
  ['insightKind', INSIGHT_KINDS],
  ['insightKindHint', INSIGHT_KINDS],
  ['theme', INSIGHT_THEMES],
  ['tieKind', TIE_KINDS],
  ['tieKindHelp', TIE_KINDS],
  ['userRole', ROLES],
  ['auditAction', AUDIT_ACTIONS],
  ['entityType', AUDIT_ENTITY_TYPES],
];

const texts = (message: Message | undefined): string[] =>
  message === undefined ? [] : typeof message === 'string' ? [message] : Object.values(message).filter((t): t is string => t !== undefined);

/** The {name} placeholders of a message, over all its plural forms. */
const placeholders = (message: Message | undefined): string[] =>
  [...new Set(texts(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))].sort();

describe('taxonomy labels', () => {
  const cases = LABELLED.flatMap(([group, values]) => values.map((value) => [group, value] as const));

  it.each(LOCALES)('%s labels every value of every vocabulary', (locale) => {
    const catalogue = CATALOGUES[locale]!;
    const missing = cases.map(([group, value]) => `${group}.${value}`).filter((key) => !texts(catalogue[key]).some((t) => t.trim() !== ''));
    expect(missing).toEqual([]);
  });

  it('names every discipline in all four languages', () => {
    const missing = DISCIPLINES.flatMap((d) => LOCALES.filter((l) => !d.name[l]?.trim()).map((l) => `${d.id}.${l}`));
    expect(missing).toEqual([]);
  });

  it('names every commune in Dutch and French, the languages the dashboard shows them in', () => {
    const missing = COMMUNES.flatMap((c) => (['nl', 'fr'] as const).filter((l) => !c.name[l]?.trim()).map((l) => `${c.id}.${l}`));
    expect(missing).toEqual([]);
  });

  it.each(LOCALES)('%s has a name for each language offered in the organisation form', (locale) => {
    const names = new Intl.DisplayNames([locale], { type: 'language' });
    const unnamed = COMMON_LANGUAGES.filter((code) => !names.of(code) || names.of(code) === code);
    expect(unnamed).toEqual([]);
  });
});

describe('catalogue placeholders', () => {
  it.each(['nl', 'fr', 'de'])('%s uses the same placeholders as English in every message', (locale) => {
    const catalogue = CATALOGUES[locale]!;
    const differing = Object.keys(en)
      .filter((key) => placeholders(catalogue[key]).join() !== placeholders(en[key as keyof typeof en]).join())
      .map((key) => `${key}: ${placeholders(en[key as keyof typeof en]).join()} / ${placeholders(catalogue[key]).join()}`);
    expect(differing).toEqual([]);
  });

  it.each(['nl', 'fr', 'de'])('%s has the same keys as English, and plural messages where English has them', (locale) => {
    const catalogue = CATALOGUES[locale]!;
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    const shapeDiffers = Object.keys(en).filter((key) => typeof catalogue[key] !== typeof en[key as keyof typeof en]);
    expect(shapeDiffers).toEqual([]);
  });
});
