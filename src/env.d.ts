// Build-time values that astro.config.mjs defines (src/integrations/build-version.mjs); absent under vitest.
interface ImportMetaEnv {
  readonly ITP_BUILT?: string;
  readonly ITP_COMMIT?: string;
}
