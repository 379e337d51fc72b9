import { z } from 'zod';
import { frameworkSource, frameworkSourceRef } from './framework-format';

/** The improvement-cycle steps, in order; cycle pages look their coaching questions up by these keys. */
export const coachingSteps = [
  'set-direction',
  'assess-needs',
  'create-plan',
  'implement',
  'monitor-adjust',
  'tell-story',
] as const;
export type CoachingStep = (typeof coachingSteps)[number];

const text = z.string().trim().min(1);

/** frameworks/coaching-questions.json: Tool B's coaching techniques and questions for each step. */
export const coachingQuestions = z
  .object({
    formatVersion: z.literal(1),
    key: z.literal('coaching-questions'),
    title: text,
    source: frameworkSource,
    techniques: z.array(z.object({ title: text, text, source: frameworkSourceRef.optional() }).strict()),
    steps: z.array(
      z
        .object({
          step: z.enum(coachingSteps),
          title: text,
          questions: z.array(text).min(1),
          source: frameworkSourceRef.optional(),
        })
        .strict(),
    ),
  })
  .strict()
  .refine((file) => new Set(file.steps.map((s) => s.step)).size === file.steps.length, {
    path: ['steps'],
    message: 'Each step appears once.',
  });
export type CoachingQuestions = z.infer<typeof coachingQuestions>;
