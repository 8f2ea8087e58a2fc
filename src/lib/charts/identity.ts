// The identities live with the figure model (src/lib/figure/identity.ts), which the charts, their
// legends and their exports all read; pages that import them from here keep working.
export * from '../figure/identity.ts';
