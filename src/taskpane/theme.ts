import { type Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

/** The part of Office.context.officeTheme the pane reads (absent outside Office and on some hosts). */
export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
}

/** Relative luminance (0–1) of a #RRGGBB colour, or undefined when it is not one. */
function luminance(hex: string): number | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Follows Office's dark themes (dark grey, black); light otherwise. */
export function themeFor(officeTheme: OfficeThemeColors | null | undefined): Theme {
  const bg = officeTheme?.bodyBackgroundColor;
  const l = bg ? luminance(bg) : undefined;
  return l !== undefined && l < 0.2 ? webDarkTheme : webLightTheme;
}
