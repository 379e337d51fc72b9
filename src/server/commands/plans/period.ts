import { yearLabel } from '../../../shared/plans/period';
import { conflict } from '../../http/errors';

/** One live plan per organization and start year: a second would split the work between two documents. */
export function periodTaken(startYear: number) {
  return conflict(`This organization already has a plan starting in ${yearLabel(startYear)}.`);
}
