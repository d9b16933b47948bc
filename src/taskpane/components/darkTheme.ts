/** Fluent's dark web theme, on its own so it can be a chunk of its own (theme.ts). */
export { webDarkTheme } from '@fluentui/react-components';
