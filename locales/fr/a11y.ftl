## Texte pour les lecteurs d’écran : ce que montre chaque dessin, et des noms pour les
## boutons qui ne sont qu’un symbole ou une couleur à l’écran.

a11y-picture-skin = Dessin : une tranche de peau lisse vue de côté, avec le nom de chaque couche à côté.
a11y-picture-lineup = Dessin : une tranche de peau vue de côté, avec les trois sortes de cicatrices d’acné en creux côte à côte, chacune avec son nom au-dessus.
a11y-picture-explorer = Dessin : une tranche de peau vue de côté. Cinq sortes de cicatrices sont côte à côte et, à droite, une tache de couleur rouge et une brune, qui ne sont pas des cicatrices. La taille des cicatrices est à l’échelle ; les couches de la peau sont simplifiées.
a11y-picture-scar = Dessin : une tranche de peau vue de côté, qui montre cette sorte de cicatrice ou de marque : { $scar }.
# A drawing a question is about: its shape in words, never its name.
a11y-picture-one-scar = Dessin : une tranche de peau vue de côté. { $shape }
a11y-shape-icepick = C’est un trou étroit et profond, qui descend loin dans la peau.
a11y-shape-boxcar = C’est un creux aux bords raides et nets, au fond plat.
a11y-shape-rolling = C’est un creux large et doux, aux bords en pente. Des brides sous la peau le tirent vers le bas.
a11y-shape-hypertrophic = C’est une bosse ferme au-dessus de la peau. Elle reste dans le repère qui montre là où était le bouton.
a11y-shape-keloid = C’est une bosse en relief. Elle déborde du repère qui montre là où était le bouton.
a11y-shape-colour-mark = La peau est plate, sans creux ni bosse. À un endroit, de tout petits vaisseaux sanguins sous la couche du dessus sont élargis, alors elle paraît rouge. À un autre, il y a du pigment en trop dans la couche du dessus, alors elle paraît brune.

a11y-scene-side-light = Dessin : une lampe éclaire une peau avec des cicatrices, selon l’angle que vous choisissez. La lumière de côté fait des ombres dans les creux : on voit alors une cicatrice ondulée. La lumière qui vient tout droit d’en haut la cache.
a11y-scene-pulse-length = Dessin d’un modèle illustratif : une impulsion laser touche un tout petit grain de pigment dans la peau. Une impulsion pico très courte fait monter une pression qui casse le grain, avec peu de chaleur. Une impulsion plus longue chauffe le grain. Une bien plus longue laisse la chaleur sortir dans la peau autour. Quand le tissu de cicatrice est choisi, le dessin n’a pas de grain et le texte renvoie à la page sur la lentille spéciale.
a11y-scene-wavelength = Dessin : trois couleurs de laser entrent dans la peau. Les plus grandes longueurs d’onde vont plus profond, et la couleur de la couche du dessus les absorbe moins.
a11y-scene-fractional-lens = Dessin : une lentille divise le faisceau en beaucoup de tout petits faisceaux. Chacun laisse de toutes petites bulles sous la peau : une dans la couche du dessus (LIOB) et une dans le derme (cavitation). La peau entre les points reste intacte.
a11y-scene-remodelling = Dessin : une cicatrice en creux vue de côté. Au fil des semaines après chaque séance, du nouveau collagène relève peu à peu le fond du creux. Elle ne devient pas tout à fait plate.
a11y-scene-downtime-timeline = Dessin : un morceau de peau traitée le jour que vous choisissez, avec un graphique qui montre comment la rougeur et le gonflement diminuent au fil des jours.
a11y-scene-event-planner = Dessin : un morceau de peau traitée tel qu’il pourrait être le jour de votre événement. En dessous, un texte dit à quoi vous attendre ce jour-là.

a11y-move-up = Monter : { $step }
a11y-move-down = Descendre : { $step }

## La version texte des leçons (pour le site web : lecteurs d’écran et moteurs de recherche).
text-version-title = Scarwise : les leçons en texte simple
text-version-link = Version texte des leçons
text-version-contents = ← Toutes les leçons
text-version-check = Vérifiez ce que vous avez appris
text-version-answer = Voir la réponse
text-version-open-app = Ouvrir l’application interactive

## Read aloud: a lesson page, a question, an answer or the summary spoken with the device's
## own voices, sentence by sentence. { $language } is the language's own name ("Español").
read-aloud = Lire à voix haute
read-aloud-answer = Lire la réponse à voix haute
read-aloud-pause = Pause
read-aloud-resume = Reprendre la lecture
read-aloud-stop = Arrêter la lecture
read-aloud-where = Phrase { $number } sur { $total }
read-aloud-from-here = Touchez une phrase pour lire à partir de là.
read-aloud-no-voice = Cet appareil n’a pas de voix en { $language } : il ne peut pas lire ce texte à voix haute.
read-aloud-no-speech = Cet appareil ne peut pas lire à voix haute : il n’a aucune voix.
read-aloud-text-offer = Vous pouvez enregistrer la version texte de ce module. Le lecteur d’écran de votre appareil peut vous la lire.
read-aloud-text-version = Enregistrer la version texte
read-aloud-text-saved = La version texte a été enregistrée ici : { $path }
read-aloud-text-failed = La version texte n’a pas pu être enregistrée : { $reason }
