import { ApolloClient, InMemoryCache, createHttpLink, from, gql } from "@apollo/client";
import { setContext } from "@apollo/client/link/context";
import { HttpError } from "react-admin";
import { describeError, fieldErrorsOf, graphQLErrorsOf } from "./errors";
import { i18nProvider } from "./i18n";
import { accessToken } from "./session";
import buildGraphQLProvider, { type BuildQuery, type BuildQueryResult } from "ra-data-graphql";
import { RESOURCES, type ResourceApi } from "./resources";

type Data = Record<string, any>;

/** Apollo Client adds `__typename` everywhere; react-admin would show it as a column. */
function clean<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clean) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== "__typename").map(([k, v]) => [k, clean(v)])) as T;
  }
  return value;
}

export function definedOnly(value: Data): Data {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== ""));
}

function listQuery(api: ResourceApi, params: Data): BuildQueryResult {
  const { page = 1, perPage = 25 } = params.pagination ?? {};
  const declared = ["$first: Int", "$offset: Int"];
  const passed = ["first: $first", "offset: $offset"];
  const variables: Data = { first: perPage, offset: (page - 1) * perPage };
  if (api.filterType) {
    declared.push(`$filter: ${api.filterType}`);
    passed.push("filter: $filter");
    variables.filter = definedOnly(api.filter(params.filter ?? {}));
  }
  if (api.orderType) {
    declared.push(`$sortBy: ${api.orderType}`, "$sortDirection: SortDirection");
    passed.push("sortBy: $sortBy", "sortDirection: $sortDirection");
    variables.sortBy = params.sort?.field ? api.sort[params.sort.field] : undefined;
    variables.sortDirection = params.sort?.order === "DESC" ? "DESC" : "ASC";
  }
  for (const [name, type] of Object.entries(api.extraArgs ?? {})) {
    declared.push(`$${name}: ${type}`);
    passed.push(`${name}: $${name}`);
    variables[name] = params.filter?.[name];
  }
  return {
    query: gql`query List(${declared.join(", ")}) {
      items: ${api.list}(${passed.join(", ")}) { totalCount edges { node { ${api.fields} } } }
    }`,
    variables,
    parseResponse: (response) => ({
      data: clean(response.data.items.edges.map((e: Data) => e.node)),
      total: response.data.items.totalCount,
    }),
  };
}

const buildQuery = (): BuildQuery => (fetchType, resource, params) => {
  const api = RESOURCES[resource];
  if (!api) throw new Error(`Unknown resource ${resource}`);
  switch (fetchType) {
    case "GET_LIST":
      return listQuery(api, params);
    case "GET_MANY_REFERENCE":
      return listQuery(api, { ...params, filter: { ...params.filter, [params.target]: params.id } });
    case "GET_ONE":
      return {
        query: gql`query One($id: ID!) { node(id: $id) { ... on ${resource} { ${api.fields} } } }`,
        variables: { id: params.id },
        parseResponse: (response) => {
          if (!response.data.node) throw new Error("ra.notification.item_doesnt_exist");
          return { data: clean(response.data.node) };
        },
      };
    case "GET_MANY":
      return {
        query: gql`query Many($ids: [ID!]!) { nodes(ids: $ids) { ... on ${resource} { ${api.fields} } } }`,
        variables: { ids: params.ids },
        parseResponse: (response) => ({ data: clean(response.data.nodes.filter(Boolean)) }),
      };
    case "CREATE": {
      if (!api.create) throw new Error(`${resource} cannot be created here`);
      return {
        query: gql`mutation Create($input: ${api.create.inputType}!) { data: ${api.create.mutation}(input: $input) { ${api.fields} } }`,
        variables: { input: api.create.input(params.data) },
        parseResponse: (response) => ({ data: clean(response.data.data) }),
      };
    }
    case "UPDATE": {
      if (!api.update) throw new Error(`${resource} cannot be edited here`);
      return {
        query: gql`mutation Update($id: ID!, $input: ${api.update.inputType}!) { data: ${api.update.mutation}(id: $id, input: $input) { ${api.fields} } }`,
        variables: { id: params.id, input: api.update.input({ ...params.previousData, ...params.data }) },
        parseResponse: (response) => ({ data: clean(response.data.data) }),
      };
    }
    case "DELETE": {
      if (!api.remove) throw new Error(`${resource} cannot be deleted here`);
      return {
        query: gql`mutation Delete($id: ID!) { id: ${api.remove}(id: $id) }`,
        variables: { id: params.id },
        parseResponse: (response) => ({ data: { ...params.previousData, id: response.data.id } }),
      };
    }
    default:
      throw new Error(`${fetchType} is not supported for ${resource}`);
  }
};

const withToken = setContext(async (_request, { headers }) => {
  const token = await accessToken();
  return { headers: { ...headers, "accept-language": i18nProvider.getLocale(), ...(token ? { authorization: `Bearer ${token}` } : {}) } };
});

/** The console's GraphQL client: every request carries the signed-in account's access token. */
export const client = new ApolloClient({
  link: from([withToken, createHttpLink({ uri: new URL("../graphql", window.location.href).toString() })]),
  cache: new InMemoryCache(),
  defaultOptions: {
    query: { fetchPolicy: "network-only" },
    watchQuery: { fetchPolicy: "network-only" },
    mutate: { fetchPolicy: "no-cache" },
  },
});

/** The data provider; its errors carry a localized message and keep `graphQLErrors` for the auth check. */
export function createDataProvider() {
  const provider = buildGraphQLProvider({ client, introspection: false, buildQuery });
  return new Proxy(provider, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      if (typeof value !== "function") return value;
      return async (...args: unknown[]) => {
        try {
          return await value.apply(target, args);
        } catch (error) {
          const status = (error as { status?: number }).status;
          const errors = fieldErrorsOf(error);
          // react-admin's server-side validation: `body.errors` puts each message under its form field.
          throw Object.assign(new HttpError(describeError(error), status ?? 200, errors ? { errors } : undefined), { graphQLErrors: graphQLErrorsOf(error) });
        }
      };
    },
  });
}
