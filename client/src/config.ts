/** Client configuration. The only reader of import.meta.env. */
export const clientConfig = Object.freeze({
  isProduction: import.meta.env.PROD,
});
