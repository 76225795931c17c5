import * as React from "react";
import { afterFirstPaint } from "../office/host";
import type { RenstraSectionProps } from "./RenstraSection";

/**
 * The Target Renstra section, loaded after the pane's first paint with the "analysis" chunk (its
 * words, zod and the core's period reading stay out of the first script, as the Katalog
 * section's do). Nothing shows until it is there.
 */
const Section = React.lazy(() =>
  afterFirstPaint()
    .then(() => import(/* webpackChunkName: "analysis" */ "./RenstraSection"))
    .then((m) => ({ default: m.RenstraSection }))
);

export function RenstraSectionLazy(props: RenstraSectionProps): React.ReactElement {
  return (
    <React.Suspense fallback={null}>
      <Section {...props} />
    </React.Suspense>
  );
}
