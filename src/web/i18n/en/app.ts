export const app = {
  name: 'Throughline',
  tagline: 'Strategic performance management for public education',
  skipToContent: 'Skip to main content',
  loading: 'Loading…',
  error: 'Something went wrong: {{message}}',
  notFound: 'This page does not exist.',
};
