// All purpose phrases, one table (see types.ts for the rule).
import { DE } from './de.ts';
import { EN } from './en.ts';
import { ES } from './es.ts';
import { FR } from './fr.ts';
import { IT } from './it.ts';
import { NL } from './nl.ts';
import { PT } from './pt.ts';

export type { PurposePhrase } from './types.ts';
export const PURPOSE_PHRASES = [...EN, ...FR, ...DE, ...ES, ...IT, ...NL, ...PT];
