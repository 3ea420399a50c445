# La page web autour de l’application : ce qu’elle affiche pendant que l’application se télécharge et démarre,
# avant que les mots de l’application soient là. Texte brut (sans balises) ; { $reason } reprend les mots du navigateur lui-même.

page-title = Scarwise : découvrir les cicatrices d’acné et le traitement au laser
page-text-link = Scarwise : les leçons en texte simple
page-loading = Chargement…
page-loading-size = Chargement… { $received } sur { $total } Ko
page-starting = Démarrage…
page-no-webgl = Scarwise a besoin de WebGL2, que ce navigateur n’offre pas. Essayez une version à jour de Chrome, Edge, Firefox ou Safari.
page-download-failed = Scarwise n’a pas pu être téléchargé ({ $reason }). Vérifiez votre connexion et réessayez.
page-start-failed = Scarwise n’a pas pu démarrer ({ $reason }). Réessayez.
page-graphics-lost = Les graphismes ont cessé de fonctionner. Rechargez la page pour continuer. Votre progression est gardée.
page-retry = Réessayer
