// Words of the audit, evidence and value pages (issue 15, points 3 to 5).
export const fr = {
  "audit.csv.title":
    "# garde-fou, audit de biais (loi locale 144 de New York) ; candidats {candidates} ; tris {runs} ; du {from} au {to} ; score médian {median} ; sexe inconnu {unknownSex} ; origine inconnue {unknownRace}",
  "audit.csv.col.dimension": "Dimension",
  "audit.csv.col.aboveMedian": "Au-dessus de la médiane",
  "audit.csv.col.excluded": "Exclue (moins de 2 %)",
  "audit.csv.col.small": "Échantillon de moins de 30",
  "audit.csv.col.adverse": "Impact défavorable (règle des quatre cinquièmes)",
  "audit.csv.yes": "oui",
  "audit.export.json": "Exporter en JSON",
  "audit.csv.no": "non",
  // What each workflow does, for the documentation page (the definition's own description is English: it
  // also serves the OpenAPI document). A workflow added without one shows its name only, never English.
  "audit.doc.workflow.ad_writing":
    "Une demande de recruteur en entrée, une annonce en français en sortie, vérifiée par chaque garde.",
  "audit.doc.workflow.screening":
    "Une offre et des CV en entrée, un classement en sortie : attributs protégés et instructions injectées retirés avant la notation, un score calculé avec une justification par CV, et l'examen d'une personne avant tout rejet.",
  "audit.doc.workflow.document_check":
    "Des pièces de candidature en entrée (bulletins de paie, attestations, contrats, pièces d'identité, diplômes) : chacune classée, ses champs extraits tels quels, identifiants, dates, échéances et noms vérifiés.",
  "audit.doc.workflow.summary":
    "Des notes d'entretien ou un CV en entrée, une synthèse en sortie : compétences, expérience, formation, langues et motivation, fidèle aux sources et sans attribut protégé.",
  "audit.bias.title": "Audit de biais (loi locale 144 de New York)",
  "audit.bias.intro":
    "Taux de sélection (part des candidats que l'outil propose de retenir) et taux de score (part des candidats au-dessus du score médian de l'échantillon) par catégorie auto-déclarée, et leurs ratios d'impact (taux de la catégorie ÷ taux de la catégorie la plus favorisée).",
  "audit.bias.declared":
    "Les catégories sont déclarées par les candidats, facultatives, et ne sont jamais transmises à l'outil de tri ni à un modèle : elles sont lues ici seulement. En France, un employeur ne peut pas collecter l'origine raciale ou ethnique (loi 78-17, art. 6) : ces champs servent aux déployeurs tenus de déposer un audit LL144.",
  "audit.bias.exclusion":
    "Une catégorie qui représente moins de 2 % des candidats audités est exclue du calcul des ratios d'impact, comme la LL144 le permet (6 RCNY § 5-301) ; elle reste listée.",
  "audit.bias.sample":
    "Sous 30 candidats, une catégorie est trop petite pour conclure : son ratio est affiché, jamais qualifié d'impact défavorable. La valeur p (test exact de Fisher, comparée à la catégorie la plus retenue) dit si l'écart pourrait tenir au hasard.",
  "audit.bias.figures":
    "{candidates} candidats dans {runs} tris, du {from} au {to} ; score médian {median} ; sexe non déclaré : {unknownSex} ; origine non déclarée : {unknownRace}.",
  "audit.bias.empty": "Aucun tri de CV enregistré pour l'instant.",
  "audit.bias.adverse":
    "Impact défavorable possible : au moins un ratio sous 0,8 sur un échantillon suffisant.",
  "audit.bias.noAdverse": "Aucun ratio sous 0,8 sur un échantillon suffisant.",
  "audit.bias.export": "Exporter en CSV",
  "audit.bias.print": "Version imprimable",
  "audit.bias.dimension.sex": "Sexe",
  "audit.bias.dimension.raceEthnicity": "Origine (catégories LL144)",
  "audit.bias.dimension.intersection": "Sexe × origine",
  "audit.bias.col.category": "Catégorie",
  "audit.bias.col.candidates": "Candidats",
  "audit.bias.col.share": "Part",
  "audit.bias.col.selected": "Retenus",
  "audit.bias.col.selectionRate": "Taux de sélection",
  "audit.bias.col.selectionRatio": "Ratio d'impact (sélection)",
  "audit.bias.col.scoringRate": "Taux de score",
  "audit.bias.col.scoringRatio": "Ratio d'impact (score)",
  "audit.bias.col.pValue": "p (Fisher)",
  "audit.bias.col.finding": "Constat",
  "audit.bias.finding.excluded": "exclue (moins de 2 %)",
  "audit.bias.finding.small": "trop peu pour conclure (moins de 30)",
  "audit.bias.finding.adverse": "impact défavorable possible (ratio < 0,8)",
  "audit.bias.finding.none": "pas de signal",
  "audit.category.female": "Femme",
  "audit.category.male": "Homme",
  "audit.category.hispanic_latino": "Hispanique ou latino",
  "audit.category.white": "Blanc",
  "audit.category.black_african_american": "Noir ou afro-américain",
  "audit.category.native_hawaiian_pacific_islander": "Hawaïen natif ou autre insulaire du Pacifique",
  "audit.category.asian": "Asiatique",
  "audit.category.native_american_alaska_native": "Amérindien ou natif d'Alaska",
  "audit.category.two_or_more_races": "Deux origines ou plus",
  "audit.cf.title": "Cohérence contrefactuelle sur le trafic réel",
  "audit.cf.intro":
    "Un échantillon de tris réels, dont les CV sont encore conservés, est re-noté après avoir échangé dans les CV les attributs protégés (prénoms, marqueurs de sexe, âges et dates de naissance, adresses). Part des candidats dont le rang ne bouge pas :",
  "audit.cf.result":
    "{stable} candidats sur {candidates} ({share}) gardent leur rang, dans {runs} tris ; plus grand écart de score : {maxDelta}. Mesuré le {at} par {actor}.",
  "audit.cf.none": "Aucune mesure encore.",
  "audit.cf.run": "Mesurer sur les {sample} derniers tris",
  "audit.cf.moved": "Candidats dont le rang a bougé",
  "audit.explain.title": "Explication de la décision : candidature {candidate}",
  "audit.explain.role.title": "Le rôle de l'IA",
  "audit.explain.role":
    "Un outil d'aide au tri a comparé le CV aux exigences de l'offre et proposé un classement de {count} candidatures. Il ne décide pas seul : une personne examine toute proposition de rejet avant qu'elle ait un effet (RGPD art. 22).",
  "audit.explain.engine": "Moteur : {provider}, modèle {model}{offline}.",
  "audit.explain.offlineNote": " (moteur hors ligne, déterministe, sans modèle de langage)",
  "audit.explain.elements.title": "Les principaux éléments",
  "audit.explain.score": "Score : {score} sur 1 ; rang {rank} sur {count}.",
  "audit.explain.advance": "Proposition de l'outil : candidature proposée pour la suite du recrutement.",
  "audit.explain.reject":
    "Proposition de l'outil : candidature non retenue à ce stade, sous réserve de la décision d'une personne.",
  "audit.explain.matched": "Exigences de l'offre trouvées dans le CV : {list}.",
  "audit.explain.missing": "Exigences de l'offre non trouvées dans le CV : {list}.",
  "audit.explain.none": "aucune",
  "audit.explain.rationale": "Justification rédigée par l'outil (vérifiée par les garde-fous) :",
  "audit.explain.notUsed.title": "Ce qui n'a pas été pris en compte",
  "audit.explain.notUsed":
    "Avant l'analyse, l'outil retire du CV ce qui touche aux critères protégés (nom, âge, date de naissance, adresse, situation familiale, photo…). Retiré de ce CV : {removed}. Les catégories éventuellement déclarées pour l'audit de biais ne lui sont jamais transmises.",
  "audit.explain.review.title": "Le contrôle humain",
  "audit.explain.review.decided": "Décision de {reviewer} le {at} : {decision}.",
  "audit.explain.review.reason": "Motif : {reason}",
  "audit.explain.review.waiting":
    "En attente de l'examen d'une personne : aucune décision n'a encore d'effet.",
  "audit.explain.review.none": "Publié sans examen humain : les garde-fous n'ont demandé aucun examen.",
  "audit.explain.decision.approve": "proposition approuvée",
  "audit.explain.decision.edit_approve": "proposition corrigée puis approuvée",
  "audit.explain.decision.reject": "proposition rejetée",
  "audit.explain.rights.title": "Vos droits",
  "audit.explain.rights":
    "Vous pouvez demander qu'une personne réexamine votre candidature, présenter votre point de vue et contester la décision (RGPD art. 22), et obtenir une explication du rôle de l'IA (AI Act art. 86).",
  "audit.explain.purged":
    "Les éléments détaillés de ce tri ont été effacés au terme de leur durée de conservation ; seuls le score, le rang et la décision restent.",
  "audit.doc.title": "Documentation technique (esprit de l'annexe IV de l'AI Act)",
  "audit.doc.intro": "Générée à partir de la configuration en service au {at} ; version {version}.",
  "audit.doc.purpose.title": "Finalité et flux",
  "audit.doc.purpose":
    "Agents d'aide au recrutement (tri de CV, rédaction d'annonces, vérification de documents, synthèse) dont chaque sortie est contrôlée par des garde-fous (discrimination en droit français, critères culturellement inappropriés, hallucination, discours haineux, données personnelles, injection) avant d'être remise ; ce que les garde-fous signalent attend la décision d'une personne.",
  "audit.doc.models.title": "Modèles",
  "audit.doc.prompts.title": "Prompts et versions",
  "audit.doc.policies.title": "Règles (policy packs) et versions",
  "audit.doc.guards.title": "Garde-fous",
  "audit.doc.eval.title": "Dernière évaluation",
  "audit.doc.eval.none": "Aucune évaluation enregistrée (garde-fou eval --db).",
  "audit.doc.eval.result":
    "{passed} cas réussis sur {total} ({failed} en échec), mode {mode}, fournisseur {provider}, le {at}.",
  "audit.doc.logs.title": "Journalisation et conservation",
  "audit.doc.logs":
    "Le journal des décisions (runs, traces masquées, constats, décisions, audit, scores du tri) est conservé {logDays} jours après la fin d'un run (AI Act art. 26 : au moins six mois) ; les données des candidats (CV, documents, plongements, checkpoints) sont effacées {candidateDays} jours après la fin d'un run.",
  "audit.doc.limits.title": "Limites connues",
  "audit.doc.limit.offline":
    "Le moteur hors ligne est déterministe et n'emploie aucun modèle de langage : ses justifications sont des gabarits.",
  "audit.doc.limit.detectors":
    "Les détecteurs reposent sur des vocabulaires : une formulation absente des listes peut leur échapper ; le juge (modèle) ne tranche que là où ils sont incertains.",
  "audit.doc.limit.redaction":
    "Le retrait des attributs protégés des CV est fondé sur des motifs : la cohérence contrefactuelle (page d'audit) mesure ce qui passe encore.",
  "audit.doc.limit.knownFailures": "Cas d'évaluation en échec connus : {count}.",
  "audit.value.title": "Valeur mesurée",
  "audit.value.intro":
    "Ce que les runs réels disent de l'outil, par flux : sorties acceptées sans modification, corrigées, rejetées ; réécritures nécessaires ; délai de la demande à la décision ; jetons et coût des modèles ; et une estimation du temps de recruteur économisé, à partir d'un temps de référence par tâche fixé par le déployeur.",
  "audit.value.col.workflow": "Flux",
  "audit.value.col.runs": "Runs",
  "audit.value.col.accepted": "Acceptées sans modification",
  "audit.value.col.edited": "Corrigées",
  "audit.value.col.rejected": "Rejetées ou bloquées",
  "audit.value.col.waiting": "En attente",
  "audit.value.col.revisions": "Réécritures (moyenne)",
  "audit.value.col.delay": "Délai médian demande → décision",
  "audit.value.col.tokens": "Jetons (entrée / sortie)",
  "audit.value.col.cost": "Coût",
  "audit.value.col.saved": "Temps économisé (estimation)",
  "audit.value.baseline":
    "Temps de référence (VALUE_BASELINE_MINUTES) : {baseline}. Estimation = (acceptées + corrigées) × temps de la tâche sans l'outil − runs examinés × temps d'un examen (VALUE_REVIEW_MINUTES = {review} min).",
  "audit.value.noBaseline":
    "Aucun temps de référence fixé : réglez VALUE_BASELINE_MINUTES (par exemple screening=45,ad_writing=30) pour obtenir une estimation du temps économisé.",
  "audit.value.unset": "non fixé",
  "audit.value.costNote":
    "Coût au prix catalogue des modèles (0 pour le moteur hors ligne et ollama ; un modèle non listé compte 0).",
  "audit.nav.bias": "Audit de biais",
  "audit.dashboard.sample": "Échantillon",
  "audit.dashboard.small": "trop petit pour conclure (moins de 30)",
  "audit.dashboard.enough": "suffisant",
  "audit.dashboard.sampleNote":
    "Un groupe de moins de 30 candidats n'est jamais signalé : trop peu pour conclure. L'audit complet (catégories LL144, intersections, export CSV) :",
  "audit.nav.documentation": "Documentation",
  "audit.nav.value": "Valeur",
} as const;

export const en: Record<keyof typeof fr, string> = {
  "audit.csv.title":
    "# garde-fou bias audit (NYC Local Law 144); candidates {candidates}; runs {runs}; from {from} to {to}; median score {median}; unknown sex {unknownSex}; unknown race/ethnicity {unknownRace}",
  "audit.csv.col.dimension": "Dimension",
  "audit.csv.col.aboveMedian": "Above the median",
  "audit.csv.col.excluded": "Excluded (under 2 %)",
  "audit.csv.col.small": "Sample under 30",
  "audit.csv.col.adverse": "Adverse impact (four-fifths rule)",
  "audit.csv.yes": "yes",
  "audit.export.json": "Export as JSON",
  "audit.csv.no": "no",
  "audit.doc.workflow.ad_writing": "A recruiter's brief in, a French job ad out, checked by every guard.",
  "audit.doc.workflow.screening":
    "A job and CVs in, a ranking out: protected attributes and injected instructions taken out before scoring, a computed score with a rationale per CV, and a person's review before any rejection.",
  "audit.doc.workflow.document_check":
    "Candidate documents in (payslips, certificates, contracts, identity documents, diplomas): each classified, its fields extracted verbatim, identifiers, dates, expiry and names checked.",
  "audit.doc.workflow.summary":
    "Interview notes or a CV in, a synthesis out: skills, experience, education, languages and motivation, faithful to the sources and free of protected attributes.",
  "audit.bias.title": "Bias audit (New York City Local Law 144)",
  "audit.bias.intro":
    "Selection rate (share of candidates the tool proposes to advance) and scoring rate (share of candidates above the sample's median score) per self-declared category, and their impact ratios (the category's rate ÷ the most favoured category's rate).",
  "audit.bias.declared":
    "Categories are declared by candidates, optional, and never given to the screening tool or a model: they are read here only. In France an employer may not collect racial or ethnic origin (loi 78-17, art. 6): these fields serve deployers who must file an LL144 audit.",
  "audit.bias.exclusion":
    "A category under 2 % of the audited candidates is excluded from the impact ratios, as LL144 allows (6 RCNY § 5-301); it stays listed.",
  "audit.bias.sample":
    "Under 30 candidates a category is too small to conclude: its ratio is shown, never called adverse impact. The p-value (Fisher's exact test against the most selected category) says whether the gap could be chance.",
  "audit.bias.figures":
    "{candidates} candidates in {runs} screenings, from {from} to {to}; median score {median}; sex not declared: {unknownSex}; race/ethnicity not declared: {unknownRace}.",
  "audit.bias.empty": "No CV screening recorded yet.",
  "audit.bias.adverse": "Possible adverse impact: at least one ratio under 0.8 on a large enough sample.",
  "audit.bias.noAdverse": "No ratio under 0.8 on a large enough sample.",
  "audit.bias.export": "Export as CSV",
  "audit.bias.print": "Printable version",
  "audit.bias.dimension.sex": "Sex",
  "audit.bias.dimension.raceEthnicity": "Race/ethnicity (LL144 categories)",
  "audit.bias.dimension.intersection": "Sex × race/ethnicity",
  "audit.bias.col.category": "Category",
  "audit.bias.col.candidates": "Candidates",
  "audit.bias.col.share": "Share",
  "audit.bias.col.selected": "Selected",
  "audit.bias.col.selectionRate": "Selection rate",
  "audit.bias.col.selectionRatio": "Impact ratio (selection)",
  "audit.bias.col.scoringRate": "Scoring rate",
  "audit.bias.col.scoringRatio": "Impact ratio (scoring)",
  "audit.bias.col.pValue": "p (Fisher)",
  "audit.bias.col.finding": "Finding",
  "audit.bias.finding.excluded": "excluded (under 2 %)",
  "audit.bias.finding.small": "too few to conclude (under 30)",
  "audit.bias.finding.adverse": "possible adverse impact (ratio < 0.8)",
  "audit.bias.finding.none": "no signal",
  "audit.category.female": "Female",
  "audit.category.male": "Male",
  "audit.category.hispanic_latino": "Hispanic or Latino",
  "audit.category.white": "White",
  "audit.category.black_african_american": "Black or African American",
  "audit.category.native_hawaiian_pacific_islander": "Native Hawaiian or Pacific Islander",
  "audit.category.asian": "Asian",
  "audit.category.native_american_alaska_native": "Native American or Alaska Native",
  "audit.category.two_or_more_races": "Two or more races",
  "audit.cf.title": "Counterfactual consistency on live traffic",
  "audit.cf.intro":
    "A sample of real screenings whose CVs are still kept is re-scored with the protected attributes swapped in the CVs (first names, sex markers, ages and birth dates, addresses). Share of candidates whose rank does not move:",
  "audit.cf.result":
    "{stable} of {candidates} candidates ({share}) keep their rank, in {runs} screenings; largest score change: {maxDelta}. Measured on {at} by {actor}.",
  "audit.cf.none": "No measurement yet.",
  "audit.cf.run": "Measure on the last {sample} screenings",
  "audit.cf.moved": "Candidates whose rank moved",
  "audit.explain.title": "Explanation of the decision: application {candidate}",
  "audit.explain.role.title": "The AI's role",
  "audit.explain.role":
    "A screening aid compared the CV with the job's requirements and proposed a ranking of {count} applications. It does not decide alone: a person examines every proposed rejection before it has any effect (GDPR art. 22).",
  "audit.explain.engine": "Engine: {provider}, model {model}{offline}.",
  "audit.explain.offlineNote": " (offline engine, deterministic, no language model)",
  "audit.explain.elements.title": "The main elements",
  "audit.explain.score": "Score: {score} out of 1; rank {rank} of {count}.",
  "audit.explain.advance": "The tool's proposal: application proposed for the next step.",
  "audit.explain.reject":
    "The tool's proposal: application not retained at this stage, subject to a person's decision.",
  "audit.explain.matched": "Job requirements found in the CV: {list}.",
  "audit.explain.missing": "Job requirements not found in the CV: {list}.",
  "audit.explain.none": "none",
  "audit.explain.rationale": "Rationale written by the tool (checked by the guards):",
  "audit.explain.notUsed.title": "What was not taken into account",
  "audit.explain.notUsed":
    "Before the analysis, the tool removes from the CV what touches protected criteria (name, age, birth date, address, family situation, photo…). Removed from this CV: {removed}. Categories declared for the bias audit are never given to it.",
  "audit.explain.review.title": "Human oversight",
  "audit.explain.review.decided": "Decision by {reviewer} on {at}: {decision}.",
  "audit.explain.review.reason": "Reason: {reason}",
  "audit.explain.review.waiting": "Waiting for a person's review: no decision has any effect yet.",
  "audit.explain.review.none": "Released without human review: the guards asked for none.",
  "audit.explain.decision.approve": "proposal approved",
  "audit.explain.decision.edit_approve": "proposal corrected, then approved",
  "audit.explain.decision.reject": "proposal rejected",
  "audit.explain.rights.title": "Your rights",
  "audit.explain.rights":
    "You may ask for a person to re-examine your application, state your point of view and contest the decision (GDPR art. 22), and obtain an explanation of the AI's role (AI Act art. 86).",
  "audit.explain.purged":
    "The detailed elements of this screening were erased at the end of their retention period; only the score, rank and decision remain.",
  "audit.doc.title": "Technical documentation (in the spirit of AI Act Annex IV)",
  "audit.doc.intro": "Generated from the configuration in service at {at}; version {version}.",
  "audit.doc.purpose.title": "Purpose and workflows",
  "audit.doc.purpose":
    "Recruiting aids (CV screening, job ad writing, document checking, summaries) whose every output is checked by guards (discrimination under French law, culturally inappropriate criteria, hallucination, hate speech, personal data, injection) before it is handed over; what the guards flag waits for a person's decision.",
  "audit.doc.models.title": "Models",
  "audit.doc.prompts.title": "Prompts and versions",
  "audit.doc.policies.title": "Rules (policy packs) and versions",
  "audit.doc.guards.title": "Guards",
  "audit.doc.eval.title": "Latest evaluation",
  "audit.doc.eval.none": "No evaluation stored (garde-fou eval --db).",
  "audit.doc.eval.result":
    "{passed} of {total} cases passed ({failed} failed), mode {mode}, provider {provider}, on {at}.",
  "audit.doc.logs.title": "Logging and retention",
  "audit.doc.logs":
    "The decision log (runs, masked traces, findings, decisions, audit entries, screening scores) is kept {logDays} days after a run ends (AI Act art. 26: at least six months); candidate data (CVs, documents, embeddings, checkpoints) is erased {candidateDays} days after a run ends.",
  "audit.doc.limits.title": "Known limits",
  "audit.doc.limit.offline":
    "The offline engine is deterministic and uses no language model: its rationales are templates.",
  "audit.doc.limit.detectors":
    "Detectors rest on vocabularies: wording missing from the lists can escape them; the judge (a model) decides only where they are unsure.",
  "audit.doc.limit.redaction":
    "Removing protected attributes from CVs rests on patterns: counterfactual consistency (audit page) measures what still gets through.",
  "audit.doc.limit.knownFailures": "Known failing evaluation cases: {count}.",
  "audit.value.title": "Value, measured",
  "audit.value.intro":
    "What real runs say of the tool, per workflow: outputs accepted without edit, edited, rejected; rewrites needed; time from request to decision; model tokens and cost; and an estimate of recruiter time saved, from a per-task baseline set by the deployer.",
  "audit.value.col.workflow": "Workflow",
  "audit.value.col.runs": "Runs",
  "audit.value.col.accepted": "Accepted without edit",
  "audit.value.col.edited": "Edited",
  "audit.value.col.rejected": "Rejected or blocked",
  "audit.value.col.waiting": "Waiting",
  "audit.value.col.revisions": "Rewrites (mean)",
  "audit.value.col.delay": "Median time request → decision",
  "audit.value.col.tokens": "Tokens (in / out)",
  "audit.value.col.cost": "Cost",
  "audit.value.col.saved": "Time saved (estimate)",
  "audit.value.baseline":
    "Baseline (VALUE_BASELINE_MINUTES): {baseline}. Estimate = (accepted + edited) × the task's time without the tool − reviewed runs × a review's time (VALUE_REVIEW_MINUTES = {review} min).",
  "audit.value.noBaseline":
    "No baseline set: set VALUE_BASELINE_MINUTES (for example screening=45,ad_writing=30) to get an estimate of the time saved.",
  "audit.value.unset": "not set",
  "audit.value.costNote":
    "Cost at the models' list prices (0 for the offline engine and ollama; a model not listed counts 0).",
  "audit.nav.bias": "Bias audit",
  "audit.dashboard.sample": "Sample",
  "audit.dashboard.small": "too small to conclude (under 30)",
  "audit.dashboard.enough": "large enough",
  "audit.dashboard.sampleNote":
    "A group under 30 candidates is never flagged: too few to conclude. The full audit (LL144 categories, intersections, CSV export):",
  "audit.nav.documentation": "Documentation",
  "audit.nav.value": "Value",
};
