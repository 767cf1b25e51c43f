import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed documents for the tests and the console, generated from the committed SDL (never a live server).
const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["schema/operations/*.graphql"],
  generates: {
    "api/generated/graphql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: { scalars: { Date: "string", DateTime: "string" }, enumsAsTypes: true, useTypeImports: true },
    },
  },
  hooks: {},
  silent: true,
};

export default config;
