/** Every rule table, for the fields that read them and for the test that runs every row's examples. */
import { DOCUMENT_TYPE_RULES } from './document-type.rules.js';
import type { Rule } from './engine.js';
import { FUNDER_RULES } from './funders.rules.js';
import {
  FINDINGS_END_RULES,
  FINDINGS_RULES,
  LESSON_INTRO_RULES,
  LESSON_LIST_RULES,
  LESSON_RULES,
  NOT_A_LESSON_ITEM_RULES,
  NOT_A_LESSON_RULES,
  SIGNATURE_RULES,
} from './lessons.rules.js';
import { NOT_A_NAME_RULES } from './not-a-name.rules.js';
import { OWNER_RULES } from './owner.rules.js';
import { PERIOD_RULES } from './period.rules.js';
import { PROGRAMME_RULES } from './programme.rules.js';
import { PROJECT_NAME_RULES } from './project-name.rules.js';

export {
  DOCUMENT_TYPE_RULES,
  FINDINGS_END_RULES,
  FINDINGS_RULES,
  FUNDER_RULES,
  LESSON_INTRO_RULES,
  LESSON_LIST_RULES,
  LESSON_RULES,
  NOT_A_LESSON_ITEM_RULES,
  NOT_A_LESSON_RULES,
  NOT_A_NAME_RULES,
  OWNER_RULES,
  PERIOD_RULES,
  PROGRAMME_RULES,
  PROJECT_NAME_RULES,
  SIGNATURE_RULES,
};

export const ALL_RULES: Rule<unknown>[] = [
  ...PROJECT_NAME_RULES,
  ...NOT_A_NAME_RULES,
  ...OWNER_RULES,
  ...DOCUMENT_TYPE_RULES,
  ...FUNDER_RULES,
  ...PROGRAMME_RULES,
  ...PERIOD_RULES,
  ...LESSON_RULES,
  ...LESSON_LIST_RULES,
  ...NOT_A_LESSON_RULES,
  ...NOT_A_LESSON_ITEM_RULES,
  ...LESSON_INTRO_RULES,
  ...FINDINGS_RULES,
  ...FINDINGS_END_RULES,
  ...SIGNATURE_RULES,
];
