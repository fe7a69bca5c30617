// The login page.
export const fr = {
  "login.title": "Connexion",
  "login.heading": "Connexion des relecteurs",
  "login.unknownKey": "Clé inconnue ou révoquée.",
  "login.open":
    "Aucune clé n'existe encore : le service ne répond qu'aux clients de cette machine. Créez la première clé d'administration sur le serveur avec",
  "login.key": "Clé d'API",
  "login.submit": "Se connecter",
  "login.cookieNote":
    "La clé n'est gardée nulle part dans le navigateur : il ne reçoit qu'un identifiant de session (cookie HttpOnly), révoqué à la déconnexion.",
} as const;

export const en: Record<keyof typeof fr, string> = {
  "login.title": "Log in",
  "login.heading": "Reviewers' login",
  "login.unknownKey": "Unknown or revoked key.",
  "login.open":
    "No key exists yet: the service only answers clients on this machine. Create the first admin key on the server with",
  "login.key": "API key",
  "login.submit": "Log in",
  "login.cookieNote":
    "The key is kept nowhere in the browser: it only receives a session id (HttpOnly cookie), revoked when you log out.",
};
