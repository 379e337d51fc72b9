import { createTheme, type MantineColorsTuple } from '@mantine/core';

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

export const theme = createTheme({
  primaryColor: 'throughline',
  primaryShade: { light: 7, dark: 4 },
  colors: { throughline },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  defaultRadius: 'sm',
  // Dimmed text in Mantine's default gray fails contrast on white.
  other: {},
});
