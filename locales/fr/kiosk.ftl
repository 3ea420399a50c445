## La borne de la salle d’attente : écran d’accueil, alerte d’inactivité et écran d’administration du cabinet.

kiosk-attract-heading = Découvrez les cicatrices d’acné et le traitement au laser pendant votre attente
kiosk-touch-to-start = Touchez pour commencer
kiosk-still-there = Êtes-vous toujours là ?
kiosk-ending-in = { $seconds ->
    [one] Cette visite se termine dans { $seconds } seconde, et tout ce que vous avez fait ici sera effacé.
   *[other] Cette visite se termine dans { $seconds } secondes, et tout ce que vous avez fait ici sera effacé.
}
kiosk-still-here = Je suis toujours là
kiosk-end-visit = Terminer ma visite et l’effacer
kiosk-admin-heading = Administration du cabinet
kiosk-pin-prompt = Saisissez le code administrateur.
kiosk-pin-wrong = Ce code n’est pas le bon.
kiosk-pin-wait = Mauvais code. Réessayez dans { $seconds } s.
kiosk-admin-cancel = Annuler
kiosk-admin-status = Visites terminées jusqu’ici : { $visits }. Une visite se termine après { $timeout } s sans contact, avec une alerte { $warning } s avant.
kiosk-admin-config = Fichier de réglages du cabinet
kiosk-admin-config-ok = Aucun problème trouvé.
kiosk-admin-back = Retour à la borne
kiosk-admin-disabled = La sortie du personnel est désactivée : cette borne n’a pas de code PIN d’administration. Pour en créer un, lancez `scarwise --hash-pin` sur un ordinateur, copiez ce qu’il affiche dans clinic.ron sous admin_pin_hash, puis redémarrez la borne.
kiosk-admin-quit = Quitter Scarwise
