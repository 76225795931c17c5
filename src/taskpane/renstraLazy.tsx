import * as React from "react";
import { afterFirstPaint } from "../office/host";
import type { RenstraSectionProps } from "./RenstraSection";

/**
 * The Target Renstra section, loaded after the pane's first paint with the "analysis" chunk (its
 * words, zod and the core's period reading stay out of the first script, as the Katalog
 * section's do; see checkTabs.tsx). Nothing shows until it is there; once loaded it renders at
 * once.
 */
type Section = React.ComponentType<RenstraSectionProps>;

let loaded: Section | null = null;
let loading: Promise<Section> | null = null;

/** The section's module, requested once; a failed load is tried again at the next use. */
export function loadRenstraSection(): Promise<Section> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= import(/* webpackChunkName: "analysis" */ "./RenstraSection").then(
    (m) => (loaded = m.RenstraSection),
    (e: unknown) => {
      loading = null;
      throw e;
    }
  );
  return loading;
}

export function RenstraSectionLazy(props: RenstraSectionProps): React.ReactElement | null {
  const [section, setSection] = React.useState<Section | null>(() => loaded);
  React.useEffect(() => {
    if (section) return undefined;
    let live = true;
    afterFirstPaint()
      .then(loadRenstraSection)
      .then(
        (s) => {
          if (live) setSection(() => s);
        },
        // Not loaded (offline chunk failure): the section stays away; the next render tries again.
        () => undefined
      );
    return () => {
      live = false;
    };
  }, [section]);
  const Loaded = section;
  return Loaded ? <Loaded {...props} /> : null;
}
