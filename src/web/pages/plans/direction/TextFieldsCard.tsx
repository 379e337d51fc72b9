import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { limits } from '../../../../shared/limits';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { changedFields } from './changes';
import { DirectionCard, ReadText } from './DirectionCard';
import { useDirectionWrite } from './useDirectionWrite';

type TextKey = 'vision' | 'mission' | 'purposeIf' | 'purposeThen' | 'purposeAnd';

type Props = {
  plan: PlanTree;
  title: string;
  help?: string;
  fields: { key: TextKey; label: string }[];
};

/** Free-text parts of the direction (vision and mission, or the purpose statement) saved together. */
export function TextFieldsCard({ plan, title, help, fields }: Props) {
  const saved = Object.fromEntries(fields.map((f) => [f.key, plan.direction[f.key] ?? ''])) as Record<
    TextKey,
    string
  >;
  // Only the fields the reader changed are kept and sent, so the others follow the saved direction.
  const [edits, setEdits] = useState<Partial<Record<TextKey, string>>>({});
  const value = { ...saved, ...edits };
  const changes = changedFields(saved, value);
  const dirty = Object.keys(changes).length > 0;
  const write = useDirectionWrite(plan);
  const keys: string[] = fields.map((f) => f.key);

  return (
    <DirectionCard
      plan={plan}
      title={title}
      help={help}
      write={write}
      dirty={dirty}
      onSave={() => write.save(changes, () => setEdits({}))}
      onDiscard={() => {
        setEdits({});
        write.reset();
      }}
      fields={(path) => keys.includes(path)}
      editing
    >
      {fields.map((field) =>
        plan.abilities.edit ? (
          <Textarea
            key={field.key}
            label={field.label}
            autosize
            minRows={2}
            maxRows={12}
            maxLength={limits.longTextMax}
            value={value[field.key]}
            onChange={(e) => {
              const text = e.currentTarget.value;
              setEdits((current) => ({ ...current, [field.key]: text }));
            }}
            error={write.fieldError(field.key)}
          />
        ) : (
          <ReadText key={field.key} label={field.label} value={plan.direction[field.key]} />
        ),
      )}
    </DirectionCard>
  );
}
