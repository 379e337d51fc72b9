import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type CoachingQuestions, coachingQuestions } from '../../shared/schemas/coaching-questions';
import { shippedFrameworksDir } from './shipped';

/** Tool B's coaching questions, or null while the file is not there; a malformed file is a server fault. */
export async function loadCoachingQuestions(dir = shippedFrameworksDir): Promise<CoachingQuestions | null> {
  let text: string;
  try {
    text = await readFile(join(dir, 'coaching-questions.json'), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return coachingQuestions.parse(JSON.parse(text));
}
