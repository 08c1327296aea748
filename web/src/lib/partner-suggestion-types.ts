// The partner finder's answers as the dashboard reads them (types from the server's schemas).
import type { Static } from '@sinclair/typebox';
import type {
  AcceptSuggestion,
  DismissSuggestion,
  PartnerSuggestionItem,
  PartnerSuggestionListSchema,
  PartnerSuggestionQuery,
  SuggestionDecision,
  SuggestionFeedbackStats,
  SuggestionReasonSchema,
} from '../../../server/schemas/partner-suggestion.ts';

export type PartnerSuggestion = PartnerSuggestionItem;
export type PartnerSuggestionList = Static<typeof PartnerSuggestionListSchema>;
export type SuggestionReason = Static<typeof SuggestionReasonSchema>;
export type { AcceptSuggestion, DismissSuggestion, PartnerSuggestionQuery, SuggestionDecision, SuggestionFeedbackStats };
export type SuggestionSubjectType = 'organisation' | 'project';
