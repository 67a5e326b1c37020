/**
 * The built-in 2020 KPI definitions as test data for the pure domain's tests. src/kpi/ imports
 * nothing from the feed (lint enforces it); its tests take the definitions from here, the test
 * support layer, which reads them through the feed's own catalogue schema.
 */
export { BUILT_IN_CATALOGUE, builtInDefinition } from '../src/feed/built-in-catalogue';
