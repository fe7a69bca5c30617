// Common first names in France and abroad, written for this project. Names that are also everyday words
// in French or English job texts (France, Grace, Rose, Victoire, Bill, Mark, Will, Max...) are left out:
// a false person would be pseudonymised away from a summary.
const NAMES = `
Adam Adrien Ahmed Aïcha Alain Alexandre Alexis Alice Amandine Ambre Amélie Amina Anaïs André Andrea Anne
Anthony Antoine Arnaud Arthur Aurélie Axel Baptiste Benjamin Benoît Bernard Brigitte Bruno Camille Carlos
Caroline Catherine Cécile Céline Charles Charlotte Chloé Christian Christine Christophe Claire Clara Claude
Clément Corinne Damien Daniel David Delphine Denis Didier Dominique Dylan Élise Élodie Emma Emmanuel Éric
Estelle Étienne Eva Fabien Fabrice Fanny Fatima Fatoumata Florence Florian François Françoise Frédéric
Gabriel Gaël Georges Gérard Guillaume Hélène Henri Hugo Inès Isabelle Jacques Jean Jean-Pierre Jean-Luc
Jean-Marc Jean-Baptiste Jeanne Jérémy Jérôme Joël Jonathan Jordan Joseph Julie Julien Justine Karim Karine
Kevin Laetitia Laura Laure Laurence Laurent Léa Léo Léon Lina Louis Louise Luc Lucas Lucie Ludovic Manon
Marc Marie Marine Marion Martin Mathieu Mathilde Matthieu Maxime Mehdi Mélanie Michel Michèle Mohamed
Morgane Nadia Natacha Nathalie Nicolas Nicole Noah Océane Olivier Pascal Patrick Paul Pauline Philippe
Pierre Quentin Raphaël Rachid Rémi Romain Sabrina Samia Samuel Sandrine Sarah Sébastien Séverine Simon
Sophie Stéphane Stéphanie Sylvain Sylvie Thierry Thomas Théo Valérie Vanessa Véronique Vincent Virginie
Xavier Yannick Yasmine Yann Youssef Zoé
Aaron Abigail Alan Alex Alexander Alexandra Amanda Amy Andrew Angela Anna Ashley Barbara Betty Brian
Carol Catherine Charles Christopher Daniel Deborah Dennis Donald Dorothy Edward Elizabeth Emily Emma Eric
Ethan Frank Gary George Hannah Helen Jacob James Jason Jeffrey Jennifer Jessica John Jonathan Joshua Karen
Kenneth Kevin Kimberly Laura Linda Lisa Margaret Maria Mary Matthew Melissa Michael Michelle Nancy Olivia
Patricia Paul Rebecca Richard Robert Ronald Ryan Samantha Sandra Sarah Scott Sharon Stephen Steven Susan
Thomas Timothy William Ahmad Ali Aisha Anil Chen Deepak Fatma Hiroshi Ibrahim Javier Jorge Juan Kenji Li
Lucia Luis Mei Miguel Mohammed Muhammad Omar Pablo Priya Rahul Raj Sofia Wei Yuki Giulia Marco Luca Katarzyna
Piotr Olga Ivan Dmitri Agnieszka Sven Lars Ingrid Hans Klaus Stefan Sebastian Lukas Jonas Leila Nour Amir
`;

export const FIRST_NAMES: ReadonlySet<string> = new Set(
  NAMES.split(/\s+/)
    .filter((n) => n.length > 0)
    .map((n) => n.toLowerCase()),
);

export function isFirstName(word: string): boolean {
  return FIRST_NAMES.has(word.toLowerCase());
}
