// The steps of a first start's demo generation, in order, as the core reports them in a
// demo job's `stage` and the unlock screen lists them. 'start' is every job's stage before
// its first report (the generator is still loading); 'done' comes after the last step.
export const DEMO_STAGES = ['start', 'territory', 'buildings', 'residents', 'party', 'tenants', 'staff', 'cases', 'care', 'devices', 'partyLists', 'accounts', 'done'] as const;
export type DemoStage = (typeof DEMO_STAGES)[number];

export function isDemoStage(stage: string): stage is DemoStage {
  return (DEMO_STAGES as readonly string[]).includes(stage);
}
