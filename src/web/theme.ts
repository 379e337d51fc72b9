import { type CSSVariablesResolver, createTheme, type MantineColorsTuple, rem } from '@mantine/core';

// A deep teal whose shades 7–9 reach 4.5:1 on white; Mantine's default primary shade fails WCAG AA contrast.
const throughline: MantineColorsTuple = [
  '#e6f6f7',
  '#cdeaec',
  '#9dd4d8',
  '#69bdc3',
  '#42a9b1',
  '#2a9ca5',
  '#1a7f87',
  '#0f666d',
  '#0a5258',
  '#053c41',
];

/** Text colours that must stay above 4.5:1 on white and on the gray-0 page background. */
export const textColors = {
  secondary: 'gray.7',
  error: 'red.9',
} as const;

export const theme = createTheme({
  // People who ask their system for less motion get no transitions.
  respectReducedMotion: true,
  primaryColor: 'throughline',
  primaryShade: { light: 7, dark: 4 },
  colors: { throughline },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: {
    fontWeight: '650',
    sizes: {
      h1: { fontSize: rem(28), lineHeight: '1.25' },
      h2: { fontSize: rem(20), lineHeight: '1.3' },
      h3: { fontSize: rem(17), lineHeight: '1.35' },
    },
  },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    Card: { defaultProps: { withBorder: true, radius: 'md', padding: 'lg' } },
    Paper: { defaultProps: { radius: 'md' } },
    Button: { defaultProps: { radius: 'md' } },
    Badge: { defaultProps: { radius: 'sm', variant: 'light' } },
    Modal: { defaultProps: { radius: 'md', centered: true } },
    Anchor: { defaultProps: { underline: 'hover' } },
    NavLink: { styles: { root: { paddingBlock: rem(4) } } },
    Fieldset: {
      defaultProps: { variant: 'unstyled' },
      styles: { legend: { fontWeight: 650, fontSize: rem(16), marginBottom: rem(8), padding: 0 } },
    },
  },
});

/**
 * Mantine's light-scheme dimmed, placeholder and error colours (gray.6, gray.5, red.6) fall below 4.5:1 on
 * white, so they are darkened here for every component that uses them.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': '#6c757d',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-anchor': 'var(--mantine-color-throughline-7)',
  },
  dark: {},
});
