import type { en } from './en.ts';

/** A message is a string with {placeholders}, or plural forms chosen by the `count` parameter. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;

/** English is the reference catalogue; every other locale must have exactly its keys. */
export type MessageKey = keyof typeof en;
export type Messages = { readonly [K in MessageKey]: Message };
export type MessageParams = Record<string, string | number>;
