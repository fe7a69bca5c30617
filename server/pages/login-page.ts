import { type Html, html, when } from "./html.js";
import { layout } from "./layout.js";

export function loginPage(options: { next: string; error?: string; open?: boolean }): Html {
  return layout(
    { title: "Connexion" },
    html`<h1>Connexion des relecteurs</h1>
      ${when(options.error, () => html`<p class="error" role="alert">${options.error}</p>`)}
      ${when(
        options.open,
        () => html`<p class="flash">Aucune clé n'existe encore : le service ne répond qu'aux clients de cette machine.
          Créez la première clé d'administration sur le serveur avec
          <code>npx garde-fou keys create --name NOM --role admin</code>.</p>`,
      )}
      <form class="card stack" method="post" action="/ui/login">
        <label for="key">Clé d'API</label>
        <input id="key" name="key" type="password" autocomplete="off" placeholder="gf_…" required />
        <input type="hidden" name="next" value="${options.next}" />
        <button type="submit">Se connecter</button>
        <p class="muted">La clé n'est gardée nulle part dans le navigateur : il ne reçoit qu'un identifiant de
          session (cookie HttpOnly), révoqué à la déconnexion.</p>
      </form>`,
  );
}
