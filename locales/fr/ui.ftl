## Écrans, boutons et libellés communs à toute l’application.

loading = Préparation en cours…

nav-map = ← Parcours
nav-settings = Réglages
nav-about = À propos
nav-back = ← Retour

title-tagline = Comprendre vos cicatrices d’acné avant d’en parler à votre médecin
title-intro = Découvrez les sortes de cicatrices d’acné, comment fonctionne un laser picoseconde (pico), à quoi ressemblent les jours qui suivent une séance et comment prendre soin de votre peau. Des leçons courtes, des images et des quiz. Prenez votre temps : il n’y a pas de chrono.
title-start = Commencer
title-disclaimer = Scarwise explique. Il ne pose pas de diagnostic et ne remplace pas les conseils de votre médecin.

journey-heading = Votre parcours
journey-total-points = { $points ->
    [one] Vous avez { $points } point pour l’instant.
   *[other] Vous avez { $points } points pour l’instant.
}
journey-module-number = Module { $number }
journey-status-locked = Verrouillé
journey-status-open = Prêt
journey-status-done = Terminé
journey-unlock-hint = S’ouvre quand vous finissez « { $module } ».
journey-coming-soon = Les leçons de ce module sont encore en cours d’écriture.
journey-continue = Reprenez là où vous en étiez : « { $module } », page { $page }.
journey-continue-open = Reprendre la lecture
journey-begin = Commencer
journey-revisit = Relire ou refaire le quiz
journey-best-result = Meilleur résultat : { $correct } sur { $total }.

lesson-page-of = Page { $page } sur { $pages }
lesson-previous = ← Précédente
lesson-next = Suivante →
lesson-start-quiz = Commencer le quiz
sources-label = Sources :

quiz-question-of = Question { $number } sur { $total }
quiz-true = Vrai
quiz-false = Faux
quiz-right = C’est juste !
quiz-wrong = Pas tout à fait.
quiz-select-all = Choisissez toutes les bonnes réponses, puis vérifiez.
quiz-check = Vérifier ma réponse
quiz-hotspot-or-buttons = Touchez la cicatrice sur le dessin, ou choisissez sa lettre :
quiz-hotspot-letter = Cicatrice { $letter }
quiz-order-hint = Utilisez les flèches pour monter ou descendre chaque étape, puis vérifiez.
quiz-order-up = Monter
quiz-order-down = Descendre
quiz-right-order = Le bon ordre :
quiz-next = Question suivante →
quiz-see-results = Voir mes résultats →

results-heading = Vous avez fini « { $module } » !
results-score = { $total ->
    [one] Vous avez { $correct } bonne réponse sur { $total } question.
   *[other] Bonnes réponses : { $correct } sur { $total } questions.
}
points-earned = { $points ->
    [one] { $points } point
   *[other] { $points } points
}
results-unlocked = Nouveau module ouvert : « { $module } ».
results-encouragement = Chaque réponse vous aide à apprendre, juste ou fausse. Vous pouvez refaire le quiz quand vous voulez.
results-continue = Aller au module suivant →
results-retry = Refaire le quiz

settings-heading = Réglages
settings-language = Langue
settings-text-size = Taille du texte
settings-text-size-sample = Voici la taille qu’aura le texte.
settings-sound = Sons après chaque réponse
settings-reduced-motion = Réduire les animations
settings-reduced-motion-hint = Arrête les images qui bougent et les célébrations.
settings-high-contrast = Contraste élevé (noir sur blanc, bords marqués)
settings-reading-speed = Vitesse de lecture à voix haute
settings-reading-slower = Plus lente
settings-reading-normal = Normale

about-heading = À propos de Scarwise
about-what = Scarwise est une application gratuite pour apprendre, faite pour les personnes qui ont des cicatrices d’acné. Elle explique les sortes de cicatrices, comment agit le traitement au laser picoseconde, à quoi s’attendre après une séance et comment prendre soin de votre peau. Vous pourrez ainsi mieux en parler avec votre médecin.
about-disclaimer-heading = Ce n’est pas un avis médical
about-disclaimer = Scarwise donne des informations générales. Il ne peut pas dire ce dont votre peau a besoin. Les résultats varient d’une personne à l’autre, et aucun traitement ne donne une peau parfaite. Demandez à votre médecin ce qui convient à votre peau et à votre traitement.
about-privacy = Vos réponses restent sur cet appareil. Scarwise n’envoie rien nulle part.
about-references = Références
about-references-intro = Les faits sur l’acné, les cicatrices, les taches de couleur et le traitement au laser, dans les leçons et les quiz, viennent de ces sources. Les étiquettes correspondent aux lignes « Sources » sous chaque page. Quelques faits de base relèvent de la culture générale, donc aucune source n’est donnée pour eux : les noms des couches de la peau, et la couleur de chaque sorte de lumière laser.

content-error-heading = Certains fichiers de leçons n’ont pas pu être chargés
content-error-explain = Scarwise a trouvé des problèmes dans ses fichiers de leçons et s’est arrêté avant d’afficher quoi que ce soit de faux. Voici ce qu’il a trouvé :
content-error-fix = Si vous vous occupez de cette application, corrigez les fichiers ci-dessus et relancez-la. Si vous êtes patient ou patiente, merci de le signaler au cabinet.

notice-save-set-aside = Votre progression enregistrée n’a pas pu être lue, alors Scarwise a recommencé à zéro. L’ancien fichier a été gardé.
notice-memory-only = La progression ne peut pas être enregistrée sur cet appareil. Elle sera gardée seulement jusqu’à la fermeture de Scarwise.
notice-open-elsewhere = Scarwise est déjà ouvert dans une autre fenêtre. Vous pouvez regarder ici, mais rien de ce que vous faites ici ne sera enregistré. Continuez dans l’autre fenêtre.
notice-save-from-newer = Votre progression a été enregistrée par une version plus récente de Scarwise. Elle est en sécurité et n’a pas été changée. Mettez Scarwise à jour. D’ici là, ce que vous faites ici sera gardé seulement jusqu’à la fermeture de Scarwise.
notice-save-unreadable = Scarwise n’a pas pu ouvrir votre progression enregistrée pour le moment. Elle est en sécurité et n’a pas été changée. Ce que vous faites maintenant sera gardé seulement jusqu’à la fermeture de Scarwise. Rouvrez Scarwise plus tard.
notice-save-failed = Scarwise n’a pas pu enregistrer votre progression à l’instant.
notice-unknown-locale = Il n’y a pas encore de traduction « { $name } », alors une autre langue est affichée.
notice-language-failed = La langue { $language } n’a pas pu être chargée, elle n’a donc pas changé. Vérifiez la connexion à Internet et réessayez. ({ $reason })
notice-dismiss = OK
notice-changed-elsewhere = Votre progression a été modifiée dans un autre onglet ou une autre fenêtre. Pour la retrouver ici, rechargez cette page. D’ici là, rien de ce que vous faites dans cet onglet n’est enregistré.
notice-reload = Recharger

layer-epidermis = Couche du dessus (épiderme)
layer-dermis = Couche du milieu (derme)
layer-fat = Couche de graisse
layer-scar-tissue = Tissu de cicatrice
layer-tether = Brides qui tirent la peau vers le bas
layer-pigment = Pigment en trop (tache brune)
layer-vessels = Vaisseaux sanguins élargis (tache rouge)
label-original-spot = là où était le bouton
label-red-mark = Tache rouge
label-brown-mark = Tache brune
label-one-mm = 1 mm
scar-name-icepick = En pic à glace
scar-name-boxcar = En cuvette
scar-name-rolling = Ondulée
scar-name-hypertrophic = Hypertrophique
scar-name-keloid = Chéloïde
scar-name-colour-mark = Taches de couleur (pas des cicatrices)

badges-heading = Vos badges
badges-count = { $earned ->
    [one] { $earned } badge gagné sur { $total }
   *[other] { $earned } badges gagnés sur { $total }
}
badge-earned-mark = Gagné
badge-not-yet = Pas encore
badge-dented-three = Connaît les trois principales cicatrices en creux
badge-dented-three-about = Vous savez distinguer les cicatrices en pic à glace, en cuvette et ondulées.
badge-scar-spotter = Détective des cicatrices
badge-scar-spotter-about = Vous avez trouvé une cicatrice en pic à glace et une cicatrice ondulée sur un dessin.
badge-scar-types-expert = Expert des types de cicatrices
badge-scar-types-expert-about = Vous avez atteint 90 % de maîtrise du module sur les types de cicatrices.
badge-pulse-pro = Pro des impulsions
badge-pulse-pro-about = Vous savez comment les impulsions très courtes d’un laser pico agissent sur la peau.
badge-downtime-ready = Récupération sans surprise
badge-downtime-ready-about = Vous savez ce qui est normal après une séance, et quand appeler le cabinet.
badge-sun-safe = À l’abri du soleil
badge-sun-safe-about = Vous savez protéger du soleil une peau qui guérit.
badge-ready = Consultation bien préparée
badge-ready-about = Vous avez fini le module qui vous prépare à votre rendez-vous.

review-heading = L’heure de réviser
review-due = { $count ->
    [one] { $count } question que vous aviez manquée est prête à être revue.
   *[other] { $count } questions que vous aviez manquées sont prêtes à être revues.
}
review-start = Commencer la révision
review-results-heading = Révision terminée !
journey-mastery = { $stars ->
    [one] { $stars } étoile sur 3 · { $mastery } % de maîtrise
   *[other] { $stars } étoiles sur 3 · { $mastery } % de maîtrise
}
results-bonus = +{ $points } points pour avoir fini le module
results-new-badge = Nouveau badge : { $badge }
results-review-hint = Les questions manquées reviennent les jours suivants pour être révisées, jusqu’à ce que vous les sachiez.
settings-reset-heading = Tout recommencer
settings-reset = Effacer ma progression
settings-reset-confirm = Cela efface vos points, étoiles, badges et questions à réviser sur cet appareil. Impossible de revenir en arrière.
settings-reset-from-link = Le lien que vous avez ouvert demande d’effacer la progression enregistrée dans ce navigateur. Rien n’est effacé sans votre accord.
settings-reset-yes = Oui, effacer ma progression
settings-reset-no = Non, la garder
settings-reset-done = Votre progression a été effacée.
