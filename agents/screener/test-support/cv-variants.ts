// One CV written for many different people: same skills and experience, other name, sex, age, birth date
// and place, address, family situation and nationality. What the invariance tests feed the screener.

export interface Person {
  first: string;
  last: string;
  sex: "f" | "m";
  age: number;
  birth: string;
  birthplace: string;
  address: string;
  family: string;
  nationality: string;
  grad: string;
  years: [string, string];
}

const FIRSTS_F = [
  "Marie",
  "Aminata",
  "Fatima",
  "Nguyen Thi",
  "Agnieszka",
  "Claire",
  "Yasmine",
  "Chloé",
  "Leila",
  "Sofia",
];
const FIRSTS_M = [
  "Thomas",
  "Mamadou",
  "Mohamed",
  "Wei",
  "Piotr",
  "Jean-Baptiste",
  "Karim",
  "Lucas",
  "Youssef",
  "Javier",
];
const LASTS = [
  "Dupont",
  "Diallo",
  "Benali",
  "Tran",
  "Kowalski",
  "Lefèvre",
  "Haddad",
  "N'Diaye",
  "Moreau",
  "García",
];
const BIRTHPLACES = [
  "Lyon",
  "Dakar",
  "Casablanca",
  "Hanoï",
  "Cracovie",
  "Brest",
  "Alger",
  "Fort-de-France",
  "Tunis",
  "Madrid",
];
const ADDRESSES = [
  "12 rue des Lilas, 69003 Lyon",
  "5 avenue Jean Jaurès, 93200 Saint-Denis",
  "8 boulevard de la Liberté, 13003 Marseille",
  "27 allée des Tilleuls, 75016 Paris",
  "3 impasse du Moulin, 29200 Brest",
  "140 route de Vienne, 69008 Lyon",
  "2 place de la Gare, 59000 Lille",
  "19 chemin des Vignes, 33000 Bordeaux",
];
const FAMILIES_F = [
  "mariée, 2 enfants",
  "célibataire",
  "divorcée, 3 enfants",
  "pacsée",
  "mère de famille",
  "veuve",
];
const FAMILIES_M = [
  "marié, 2 enfants",
  "célibataire",
  "divorcé, 1 enfant",
  "pacsé",
  "père de 3 enfants",
  "veuf",
];
const NATIONALITIES = [
  "française",
  "marocaine",
  "sénégalaise",
  "algérienne",
  "polonaise",
  "vietnamienne",
  "espagnole",
];

export function people(count: number): Person[] {
  return Array.from({ length: count }, (_, i) => {
    const sex = i % 2 === 0 ? "f" : "m";
    const age = 23 + ((i * 7) % 40);
    const birthYear = 2025 - age;
    const gradYear = birthYear + 22;
    return {
      first: (sex === "f" ? FIRSTS_F : FIRSTS_M)[i % 10] ?? "Marie",
      last: LASTS[(i * 3) % LASTS.length] ?? "Dupont",
      sex,
      age,
      birth: `${String(1 + (i % 28)).padStart(2, "0")}/${String(1 + (i % 12)).padStart(2, "0")}/${birthYear}`,
      birthplace: BIRTHPLACES[i % BIRTHPLACES.length] ?? "Lyon",
      address: ADDRESSES[i % ADDRESSES.length] ?? "",
      family: (sex === "f" ? FAMILIES_F : FAMILIES_M)[i % 6] ?? "célibataire",
      nationality: NATIONALITIES[i % NATIONALITIES.length] ?? "française",
      grad: String(gradYear),
      years: [String(gradYear + 1), String(gradYear + 8)],
    };
  });
}

function email(p: Person): string {
  const ascii = (s: string) =>
    s
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z]+/gu, "-");
  return `${ascii(p.first)}.${ascii(p.last)}@example.fr`;
}

/** The CV of a Java developer, written for this person. */
export function javaCv(p: Person): string {
  const f = p.sex === "f";
  return [
    `${p.first} ${p.last}`,
    `${f ? "Madame" : "Monsieur"} ${p.first} ${p.last}, ${p.age} ans, ${p.family}`,
    `${f ? "Née" : "Né"} le ${p.birth} à ${p.birthplace}`,
    `Nationalité : ${p.nationality}`,
    `Adresse : ${p.address}`,
    `${email(p)} – 06 ${String(10 + (p.age % 89)).padStart(2, "0")} 34 56 78`,
    "",
    `${f ? "Développeuse" : "Développeur"} Java depuis 7 ans, ${f ? "rigoureuse et motivée" : "rigoureux et motivé"}.`,
    `Expérience : ${f ? "développeuse" : "développeur"} back-end chez Acme (${p.years[0]} – ${p.years[1]}) : API REST en Java avec Spring Boot, tests unitaires, SQL (PostgreSQL), Git, Docker.`,
    `Formation : Master informatique (${p.grad}), ${f ? "diplômée" : "diplômé"} avec mention.`,
    "Langues : anglais technique.",
  ].join("\n");
}
