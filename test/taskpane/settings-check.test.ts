import { checkSettings } from "../../src/core/settings";
import type * as SettingsCheck from "../../src/taskpane/settingsCheck";

// The form's check arrives after the first paint (its chunk); a fresh page has none until then.
test("the form's check is absent until loaded, then the core's checkSettings for the page's life", async () => {
  await jest.isolateModulesAsync(async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fresh = require("../../src/taskpane/settingsCheck") as typeof SettingsCheck;
    expect(fresh.settingsCheckIfLoaded()).toBeNull();
    const loaded = await fresh.loadSettingsCheck();
    expect(fresh.settingsCheckIfLoaded()).toBe(loaded);
    const form = {
      tahun: "1999",
      namaPerangkatDaerah: "Dinas",
      sheetName: "IKU",
      mode: "iku" as const,
    };
    expect(loaded(form)).toEqual(checkSettings(form));
  });
});
