import { Code } from '@mantine/core';

/** Descriptions in the OpenAPI document mark code with backticks, as Markdown does. */
export function InlineCode({ text }: { text: string }) {
  return (
    <>
      {text.split('`').map((part, index) =>
        index % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string never reorder
          <Code key={index} c="dark.9">
            {part}
          </Code>
        ) : (
          part
        ),
      )}
    </>
  );
}
