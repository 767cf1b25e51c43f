import { isObjectType, type GraphQLObjectType } from "graphql";
import { buildSchema } from "../../api/graphql/schema";
import { getDatamodel } from "../../api/generated/pothos-types";

interface ModelField {
  name: string;
  isId?: boolean;
  isUpdatedAt?: boolean;
}

const models = getDatamodel().datamodel.models as unknown as Record<string, { fields: ModelField[] }>;

/** Every GraphQL object type built from a Prisma model (prismaObject / prismaNode), with its model. */
function prismaBackedTypes(): { type: GraphQLObjectType; model: string }[] {
  return Object.values(buildSchema().getTypeMap()).flatMap((type) => {
    const model = isObjectType(type) ? (type.extensions as { pothosPrismaModel?: string }).pothosPrismaModel : undefined;
    return isObjectType(type) && model ? [{ type, model }] : [];
  });
}

describe("object types backed by a table", () => {
  it("are found (the walk itself works)", () => {
    const names = prismaBackedTypes().map(({ type }) => type.name);
    expect(names).toEqual(expect.arrayContaining(["Station", "Deputy", "ContactAssignment", "ContactVisit", "DeputyStatusChange"]));
  });

  it("carry a global id (are Nodes) when their table has an id", () => {
    const missing = prismaBackedTypes()
      .filter(({ model }) => models[model].fields.some((field) => field.isId))
      .filter(({ type }) => !type.getFields().id || !type.getInterfaces().some((i) => i.name === "Node"))
      .map(({ type, model }) => `${type.name} (${model})`);
    expect(missing).toEqual([]);
  });

  it("carry updatedAt when their table keeps one, and createdAt when their table is a log of records", () => {
    const missing = prismaBackedTypes().flatMap(({ type, model }) => {
      const fields = models[model].fields;
      const wanted = [
        ...(fields.some((field) => field.isUpdatedAt) ? ["updatedAt"] : []),
        // A table with createdAt but no updatedAt is append-only: when a record was made is its only time stamp.
        ...(fields.some((field) => field.name === "createdAt") && !fields.some((field) => field.isUpdatedAt) ? ["createdAt"] : []),
      ];
      return wanted.filter((name) => !type.getFields()[name]).map((name) => `${type.name}.${name}`);
    });
    expect(missing).toEqual([]);
  });
});
