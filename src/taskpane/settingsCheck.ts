import type { SettingsCheck, SettingsForm } from "../core/settings";

/*
 * The generate form's check (a zod schema, src/core/settings.ts) is in the "analysis" chunk,
 * requested after the first paint: the form is drawn without it, its messages appear once it is
 * there (a moment later), and a Generate clicked before that waits for it. Once loaded it stays
 * for the page's life, so a tab mounted later checks from its first render.
 */

export type CheckSettings = (form: SettingsForm) => SettingsCheck;

let loaded: CheckSettings | null = null;

/** The check, when it has loaded. */
export function settingsCheckIfLoaded(): CheckSettings | null {
  return loaded;
}

export function loadSettingsCheck(): Promise<CheckSettings> {
  if (loaded) return Promise.resolve(loaded);
  return import(/* webpackChunkName: "analysis" */ "../core/settings").then((m) => {
    loaded = m.checkSettings;
    return loaded;
  });
}
