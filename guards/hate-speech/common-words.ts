// Frequent words that sit one keystroke away from a lexicon word ("trains" / "trans", "illegal" /
// "illegals", "ont" / "font", "premier" / "pire"): they are never "repaired" nor split.
const EN_COMMON = `
a about above act acting pd pds bounty macaque romano mongol mongols gogol est estate reputation dispute computer action actor after again against age ago agree air alive all almost alone along also
always am among an and anger angry animal another answer any anyone anything are area arm around art as ask at
away back bad bank bat batch be beat became because become bed been before began begin behind being believe best
better between big bill bit black blame blind blue board boat body book both bottom box boy bring brother brown
build bunch burden business but buy by call came camp campus can car care carry case cat catch cause center change
check child choose city class clear close coat cold come common company cook cool corner cost could count country
course cover cut dad dark date day dead deal death decide deep die did diet different dire do doctor does dog door
down draw dream drink drive drop during each ear early earth easy eat edge effect eight either else end enough even
ever every everyone eye face fact fair fall family far farm fast fat father fear feel feet felt few field fight
figure fill final find fine fire first fish five floor fly follow food foot for force form four free friend from
front full fun game garage gate gave get girl give glad go god gold gone good got great green ground group grow
guess gun had hair half hall hand hang happen hard has hat hate have he head hear heart heat held help her here
high hill him his hit hold hole home hope horse hot hour house how hug human hundred hunt hurt idea if illegal in
inside into is island it item its job join just keep kept key kid kill kind king kiss knew know lad lady land large
last late laugh law lay lead learn least leave led left leg less let letter level lie life light like line list
listen little live long look lost lot love low made main make man many map mark market mate matter may me mean
meat meet member men mind miss moment money month moon more most mother mouth move much music must my name near
neat need never new news next nice night nine no none nor north not note nothing now number of off offer office
often oil old on once one only open or order other our out over own page paint pair paper park part party pass
past pay pen people person pet pick pie piece place plan plant play please point poor post power press pretty
price print problem pull push put question quick quiet race rain ran rap rate rather reach read ready real reason
red rest ride right ring rise river road rock role room rope rose round rule run said sale same sat save saw say
school sea seat second see seem sell send sense sent set seven shall she ship shirt shift shoe shop short should
show side sign since sing sister sit six size skin sky sleep slow small snow so some son song soon sort sound south
space speak special spot stale stand star start state stay step still stone stop store story street strong study
such sun sure table take talk tall team tell ten test than thank that the their them then there these they thing
think this those though three through time to today together told too took top total toward town train trains
tree tried trip true try turn two under until up upon us use user very visit voice wait walk wall want war warm
was watch watched water way we wear week well went were what when where which while white who whole why wide wife
will win wind window wish with within woman wood word work world would write year yes yet you young your
`;

const FR_COMMON = `
a abord absolument accord acheter adresse affaire afin age agir aide aides ailleurs aime aine ainsi air aller alors
ami ans apres arbre argent arriver attendre au aucun aujourd aussi autre autres avant avec avenir avis avoir bas
battre battu beau beaucoup besoin bete bien bientot blanc blanche bon bonne bons bout bras bureau ca cadre camp
campagne campus car cas casse ce cela celle celui cent certain ces cet cette chacun chaque chasser chant chants
chemin cher chercher cheval chez chien chine choisir chose ciel classe clair coeur combien comme comment commettre
compte compter con connaitre connaissez contre corps cote coup cour courir cours court couteau croire cuisine dame
dans de debut deja demain demander depuis der dernier des dessous dessus deux devant devenir devoir dieu dire
donc donner dont dormir dos droit droite droites du eau ecole ecrire egal elle elles en encore enfant enfer
ensemble ensuite entendre entre entrer envie envoye envoyer equipe ere es espece est et etat ete etre etes eux
exemple face facile faim faire fait faut femme fenetre fer fete feu fil fille fils fin fleur fois fond force
forme fort frere froid gagner garder gauche gens gout grand gros grosse groupe guerre habiter haut heure heureux
hier histoire homme hommes hui ici idee il ils jamais jardin je jeu jeune joie jouer jour journal juillet juste la
laisse laisser laissez lait langue le lecons lequel les lettre leur leurs lever libre lieu lire lit livre loin
long lui lumiere ma madame main maintenant mais maison mal malgre maman manger marche mari mater matin mauvais me
medecin medecins meilleur meilleurs meme mer mere mes mettre midi mieux milieu moi moins mois moment mon monde
monsieur mot mots mourir nature ne neige ni noi noir nom non nos notre nous nouveau nuit nus oeil offrir oiseau on
ont or ordre ordres ou oui outre ouvrir page pain papier papiers par parce parfait parler part partir pas passer
pays pendant penser perdre pere permettre personne personnel personnels petit peu peur peut peuvent pied piege
pierre place plaide plein plus plusieurs poche point porte porter poser pour pourquoi pouvoir prendre prends
premier premiere premiers pres presque presse present presente president pret prete preuve prie priere prieres
prix propre puis quand quatre que quel quelque qui quoi raison recevoir regarder rendre rentre repondre rester
retour reve rever rien rire robe roi rouge route rue sa sac sais salle salles sans sauve sauveur savoir se sel
selon semaine sens sept seul si signe signes sien soeur soir soleil son sont sort sortir sous souvent suis suite
supporters sur tard te tel temps tenir terre tes tete toi ton tot toujours tour tous tout toute toutes travail
travailler travailleur travailleurs tres triste trois trop trouver tu un une va valeurs vendre venir vent ventre
verre vers vie vieille vieux ville vin vingt visage vite vivre voici voir voiture vol vole vos votre vous vrai vu
yeux casting castings retard retards tard train trains depute deputes deputee deputees tyrans tyran flemme salut saluts pue puent stupidite reputation dispute disputes computer
`;

const words = (list: string) => list.split(/\s+/).filter((w) => w.length > 0);

export const COMMON_WORDS = { en: words(EN_COMMON), fr: words(FR_COMMON) } as const;
