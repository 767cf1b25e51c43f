// The server's own ceiling: Apollo Server 5 on Node's HTTP server answering `{ hello }`, nothing else.
import http from "node:http";
import { ApolloServer, HeaderMap } from "@apollo/server";

const server = new ApolloServer({ typeDefs: "type Query { hello: String! }", resolvers: { Query: { hello: () => "world" } } });

async function main(): Promise<void> {
  await server.start();
  const httpServer = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
    const result = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? "POST", headers, search: "", body: JSON.parse(Buffer.concat(chunks).toString() || "{}") },
      context: async () => ({}),
    });
    res.writeHead(result.status ?? 200, Object.fromEntries(result.headers));
    res.end(result.body.kind === "complete" ? result.body.string : "");
  });
  httpServer.listen(Number(process.env.PORT), "127.0.0.1", () => process.stdout.write("ready\n"));
}

void main();
