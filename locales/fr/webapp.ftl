# La version navigateur comme application sur le téléphone du patient : l’ajouter à l’écran d’accueil,
# et une nouvelle version qui attend de démarrer.

install-heading = Gardez Scarwise sur votre téléphone
install-about = Ajoutez-le à votre écran d’accueil. Il s’ouvre comme une application et fonctionne sans internet. Votre progression reste sur cet appareil.
install-button = Ajouter Scarwise à votre écran d’accueil
install-dismiss = Non merci
install-ios-steps = Sur un iPhone ou un iPad, touchez le bouton Partager en bas de Safari. Puis touchez « Sur l’écran d’accueil ».
install-ios-share = Le bouton Partager : un carré avec une flèche vers le haut
install-ios-add = « Sur l’écran d’accueil » : un carré avec un signe plus
update-ready = Une nouvelle version de Scarwise est prête. Redémarrez pour l’utiliser. Votre progression est gardée.
update-restart = Redémarrer
update-later = Plus tard
