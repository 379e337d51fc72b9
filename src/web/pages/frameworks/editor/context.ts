import { createContext, useContext } from 'react';
import type { FrameworkIssue } from '../../../../shared/frameworks/validate';
import type { FrameworkFile } from '../../../../shared/schemas/framework-format';
import { edit, type Selection } from './draft';

export type EditorState = {
  framework: FrameworkFile;
  change: (next: FrameworkFile) => void;
  issues: FrameworkIssue[];
  selection: Selection;
  select: (selection: Selection) => void;
};

export const EditorContext = createContext<EditorState | null>(null);

export function useEditor() {
  const state = useContext(EditorContext);
  if (!state) throw new Error('useEditor outside the framework editor');
  return {
    ...state,
    /** Applies a change to a copy of the draft. */
    update: (change: (draft: FrameworkFile) => void) => state.change(edit(state.framework, change)),
    /** The messages for exactly this path (without the API's `definition.` prefix), for a field's `error`. */
    errorAt: (path: string) => {
      const messages = state.issues
        .filter((i) => i.path.replace(/^definition\./, '') === path)
        .map((i) => i.message);
      return messages.length ? messages.join(' ') : undefined;
    },
  };
}

/** Empty optional text is left out of the file rather than stored as "". */
export const optional = (value: string) => (value === '' ? undefined : value);
