import { z } from 'zod';
import { isoDate, quantity } from '../common';
import { cohorts } from './cohorts';

export const cohort = z.enum(cohorts);

/** One reading of a measure, as a user enters it, a CSV import writes it and a .causeway file carries it. */
export const observationFields = z.strictObject({ date: isoDate, value: quantity, cohort });
export type ObservationFields = z.infer<typeof observationFields>;
