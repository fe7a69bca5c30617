// documents → check (classify, extract, verify) → supervisor (guards on the extraction → release | revise:
// withhold what the guards objected to, bounded | review: a person, always when a check failed or an
// expected field is missing | block).
import { defineWorkflow } from "../define.js";
import { documentCheckExample } from "./example.js";
import { DocumentCheckInput } from "./input.js";
import { checkDocumentsNode, settleDocuments } from "./nodes.js";
import { DocumentCheckOutput } from "./output.js";
import { DocumentCheckChannels } from "./state.js";

export const documentCheck = defineWorkflow({
  id: "document_check",
  label: { fr: "Vérification de document", en: "Document check" },
  candidateData: true,
  description:
    "Candidate documents in (payslips, certificates, contracts, identity documents, diplomas): each classified, its fields extracted verbatim, identifiers, dates, expiry and names checked.",
  input: DocumentCheckInput,
  output: DocumentCheckOutput,
  example: documentCheckExample,
  state: DocumentCheckChannels,
  start: (input, jurisdiction) => ({ documents: input.documents, jurisdiction }),
  workers: [{ name: "check_documents", run: checkDocumentsNode }],
  settle: settleDocuments,
});
