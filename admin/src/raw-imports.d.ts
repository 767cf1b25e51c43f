// Vite's `?raw` suffix imports a file's text (the console sends schema/operations/session.graphql as it is).
declare module "*.graphql?raw" {
  const text: string;
  export default text;
}
