/**
 * Common given names in Sweden (and some in English-language reports), so that "Anna Berg" reads as a person
 * and "Campus Strängnäs" or "Tillväxt Norra Bohuslän" do not. Not complete; a name outside it is simply not
 * known to be a person's.
 */
const NAMES = `
Adam Agneta Agnes Alexander Alice Alva Amanda Anders Andreas Anette Anita Ann Anna Anne Anneli Annelie Annika Anton
Arne Astrid Axel Barbro Bengt Benny Birgitta Bjorn Björn Bo Bodil Britt Britta Camilla Carina Carl Caroline Catarina
Catharina Cecilia Charlotte Christer Christian Christina Claes Conny Dan Daniel David Dennis Ebba Elin Elisabeth Elisabet
Ella Ellen Emil Emelie Emilia Emma Erik Eva Evelina Filip Fredrik Frida Gabriel Gunilla Gunnar Gustav Gustaf Göran Hanna
Hannes Hans Hampus Harald Helen Helena Helene Henrik Hugo Ida Inga Inger Ingrid Isabelle Jakob Jan Jenny Jens Jessica Jimmy
Joakim Johan Johanna Johannes John Jonas Jonathan Josefin Josefine Julia Jörgen Kajsa Karin Karl Katarina Kenneth Kent
Kerstin Kim Kjell Klara Kristian Kristin Kristina Lars Lena Lennart Leif Lina Linda Linn Linnea Lisa Lotta Louise Lovisa
Magnus Maja Malin Marcus Margareta Maria Marie Marianne Markus Martin Mats Mattias Max Mette Mikael Michael Moa Monica
Mona Märta Niklas Nils Nina Ola Olle Olof Oscar Oskar Patrik Per Peter Petra Pia Rasmus Rebecka Robert Roger Rolf Rune
Sandra Sara Sebastian Simon Sofia Sofie Stefan Sten Stina Susanne Sven Therese Thomas Tobias Tomas Tommy Tor Torbjörn
Tove Ulf Ulla Ulrika Valter Veronica Veronika Viktor Viktoria Wilhelm William Yvonne Åsa Åke Örjan Östen Madeleine Madelene
Marita Maud Mia Mikaela Minna Märit Jeanette Jeanett Janne Lars-Erik Per-Olof Karl-Erik Ann-Sofie Ann-Christin Anna-Karin
Eva-Lena Britt-Marie Lise Liselotte Lotten Gun Gunnel Gudrun Hillevi Ingela Irene Kicki Louice Malena Marlene Mathilda
Matilda Nathalie Paula Pernilla Ronja Sanna Siv Stella Tina Tuva Vera Viveka Wilma Agnetha Elsa Ester Greta Hedda Iris
Jennie Jenni Josephine Lena-Maria Linnéa Marianna Mira Nora Olivia Selma Sigrid Svea Tilda Ylva Ove Pontus Ragnar Rickard
Richard Ronny Sören Thord Tord Urban Uno Vilhelm Birger Bertil Bror Curt Dag Einar Folke Gert Gösta Helge Holger Ingvar
Ivar Jerker Kurt Lage Morgan Njål Pär Staffan Stig Sune Sture Tage Torsten Tryggve Wiktor Ali Mohammed Ahmed Fatima
Paul Mark James Robert Susan Sarah Jane Mary Elizabeth George Edward Anthony Andrew Catherine Kate Laura Rachel Emily
`;

export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  NAMES.split(/\s+/)
    .filter(Boolean)
    .map((n) => n.toLowerCase()),
);

/** True when a short name opens with a known given name ("Anna Berg", "Per-Olof Ek"). */
export function startsWithGivenName(name: string): boolean {
  const first = name.trim().split(/\s+/)[0] ?? '';
  return GIVEN_NAMES.has(first.toLowerCase());
}

/**
 * A place or organisation named after a person, with the person's name in the genitive: "Astrid Lindgrens Hembygd",
 * "Carl Larssons Gård". The middle of three parts ends in a genitive -s and is no given name (as "Nils" or "Mats" in
 * "Per Nils Ek" is).
 */
export function namedAfterPerson(name: string): boolean {
  const parts = name.split(' ');
  if (parts.length !== 3) return false;
  const mid = parts[1]!;
  return /\p{Ll}s$/u.test(mid) && !/(?:ss|us|as|is|es|os)$/u.test(mid) && !GIVEN_NAMES.has(mid.toLowerCase());
}
