import { connectionTypes, fields, isDeputyManager, publicRead } from "../../auth/rules";

// Which suggestions a staff member may publish is the service's business (the suggestion's congress or above).
export const disclosureRules = {
  Query: { disclosedSuggestions: publicRead, disclosedSuggestion: publicRead, disclosurePreview: isDeputyManager },
  Mutation: { publishSuggestion: isDeputyManager, unpublishSuggestion: isDeputyManager },
  DisclosedSuggestion: fields(
    "id", "title", "body", "congress", "year", "number", "category", "leadUnit", "units", "replyClass", "replyText", "repliedOn", "publishedAt", "version",
  ),
  DisclosurePreview: fields("suggestionVersion", "title", "body", "replyText"),
  RedactedText: fields("text", "redactions"),
  Redaction: fields("kind", "start", "end", "original"),
  ...connectionTypes("DisclosedSuggestion"),
};
