/** The colours formatters use; the command decides whether they are real or plain. */
export interface Palette {
  enabled: boolean;
  error(text: string): string;
  warning(text: string): string;
  success(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  accent(text: string): string;
}

const same = (text: string): string => text;

export const plainPalette: Palette = {
  enabled: false,
  error: same,
  warning: same,
  success: same,
  dim: same,
  bold: same,
  accent: same,
};
