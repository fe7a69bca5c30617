import { titleOf } from "./agents/ad-writer/brief.js";
import { romeTitle } from "./agents/ad-writer/rome-title.js";
const b = "Nous recrutons un vendeur en boulangerie à Lyon, CDI temps plein. Vous accueillerez la clientèle et préparerez les commandes.";
console.log(titleOf(b));
console.log(romeTitle(b, { start: 18, end: 40 }));
import { composeOfflineAd } from "./agents/ad-writer/offline.js";
console.log(romeTitle("vendeur en boulangerie"));
console.log(composeOfflineAd(b, [], []).title);
