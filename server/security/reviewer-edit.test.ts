// Point 3 of the security issue: a reviewer's correction goes through the same guards as a worker's draft,
// every text of it, against the workflow's output shape; a refused correction keeps what the reviewer
// typed; a released output says whether a person edited it; masks never replace the real text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, postJson, type TestApp } from "../test-support/app.js";
import { LEFTOVER_MASK, maskText, restoreMasked } from "../trace/mask.js";

const AGE_BRIEF =
  "Recherchons serveur pour brasserie à Paris. Candidats de 25 à 35 ans uniquement. CDD de 6 mois.";
const ORIGIN = "http://localhost";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ MAX_REVISIONS: "0" });
});
afterAll(() => t.close());

async function waitingRun(): Promise<string> {
  const res = await postJson(t.app, "/v1/runs", { workflow: "ad_writing", input: { brief: AGE_BRIEF } });
  const run = (await res.json()) as { runId: string; status: string };
  expect(run.status).toBe("needs_review");
  return run.runId;
}

const decide = (runId: string, body: unknown) => postJson(t.app, `/v1/review/${runId}/decision`, body);
const statusOf = async (runId: string) =>
  ((await (await t.app.request(`/v1/runs/${runId}`)).json()) as { status: string }).status;

interface ErrorAnswer {
  error: { message: string; details?: { field?: string; fields?: string[] } };
}

describe("a reviewer's corrected output", () => {
  it("with a field of the wrong type and discrimination in an unknown field, is a 400 naming both", async () => {
    const runId = await waitingRun();
    const res = await decide(runId, {
      decision: "edit_approve",
      reason: "corrigé",
      editedOutput: { text: 42, annonce: "Candidats de 25 à 35 ans uniquement." },
    });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as ErrorAnswer;
    expect(error.message).toContain("editedOutput.annonce: not a field of this workflow's output");
    expect(error.message).toContain("editedOutput.text: must be a string, got number");
    expect(await statusOf(runId)).toBe("needs_review");
  });

  it("is guarded in every text, not only `text`", async () => {
    const runId = await waitingRun();
    const res = await decide(runId, {
      decision: "edit_approve",
      reason: "corrigé",
      editedOutput: {
        title: "Serveur jeune et dynamique, 25 à 35 ans",
        text: "Brasserie parisienne recrute un serveur (H/F) en CDD de 6 mois.",
      },
    });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as ErrorAnswer;
    expect(error.message).toMatch(/guards block/);
    expect(error.details?.fields).toContain("editedOutput.title");
    expect(await statusOf(runId)).toBe("needs_review");
  });

  it("keeps the draft's fields the reviewer left out, and checks them too", async () => {
    const runId = await waitingRun();
    // Only the title is sent: the draft's text, with its age limit, would be released with it.
    const res = await decide(runId, {
      decision: "edit_approve",
      reason: "titre corrigé",
      editedOutput: { title: "Serveur (H/F)" },
    });
    expect(res.status).toBe(400);
    expect(await statusOf(runId)).toBe("needs_review");
  });

  it("once released, says a person edited it", async () => {
    const runId = await waitingRun();
    const res = await decide(runId, {
      decision: "edit_approve",
      reason: "âge retiré",
      editedOutput: {
        title: "Serveur (H/F)",
        text: "Brasserie parisienne recrute un serveur (H/F) en CDD de 6 mois.",
      },
    });
    expect(res.status).toBe(200);
    const run = (await (await t.app.request(`/v1/runs/${runId}`)).json()) as {
      output: { disclosure: { editedByPerson: boolean; text: string } };
    };
    expect(run.output.disclosure.editedByPerson).toBe(true);
    expect(run.output.disclosure.text).toContain("corrigé par une personne");
    const plain = await postJson(t.app, "/v1/runs", {
      workflow: "ad_writing",
      input: { brief: "Nous recrutons un électricien à Rennes, CDI." },
    });
    const released = (await plain.json()) as { output: { disclosure: { editedByPerson: boolean } } };
    expect(released.output.disclosure.editedByPerson).toBe(false);
  });

  it("refused on the page, keeps the reviewer's text and reason in the form", async () => {
    const runId = await waitingRun();
    const typed = "Poste réservé aux candidats de 25 à 35 ans, texte du relecteur.";
    const res = await t.app.request(`/ui/runs/${runId}/decision`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN },
      body: new URLSearchParams({
        decision: "edit_approve",
        reason: "mon motif",
        editedText: typed,
      }).toString(),
    });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain(typed);
    expect(page).toContain("mon motif</textarea>");
    expect(page).toMatch(/value="edit_approve"\s+checked/);
  });
});

describe("masked text in the correction form", () => {
  const original = "Contact : claire.martin@example.fr ou 06 12 34 56 78, Claire Martin.";

  it("is restored to the real data before release", () => {
    const shown = maskText(original);
    expect(shown).not.toContain("claire.martin@example.fr");
    const edited = `${shown} Poste à pourvoir.`;
    expect(restoreMasked(edited, original)).toBe(`${original} Poste à pourvoir.`);
    expect(LEFTOVER_MASK.test(restoreMasked(edited, original))).toBe(false);
  });

  it("leaves a cut mask visible, so that it is refused", () => {
    const shown = maskText(original).replace(/•+/, "•");
    expect(LEFTOVER_MASK.test(restoreMasked(shown, original))).toBe(true);
  });
});
