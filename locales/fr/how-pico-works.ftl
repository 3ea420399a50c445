## Module 2 : comment agissent les lasers pico. Faits tirés de shared/content/evidence-brief.md, sections 3 et 4.

pico-pulse-title = Qu’est-ce qu’une impulsion laser ?
pico-pulse-p1 = Un laser peut envoyer sa lumière en éclairs très courts. Chaque éclair s’appelle une impulsion. Un laser pico fait des impulsions encore plus courtes.
pico-pulse-p2 = Pico veut dire picoseconde. Une picoseconde, c’est un millionième de millionième de seconde. Les impulsions pico durent quelques centaines de picosecondes, ce qui s’écrit ps.
pico-pulse-p3 = Par exemple, un appareil autorisé aux États-Unis envoie des impulsions de 240 à 750 ps. Un autre utilise 550 ps dans un de ses modes. Des lasers plus anciens, appelés lasers Q-switched, envoient des impulsions qui durent des nanosecondes. C’est environ mille fois plus long.

pico-shake-title = De la chaleur ou une secousse ?
pico-shake-p1 = La lumière peut agir sur la peau de quatre façons. Elle peut chauffer, envoyer une onde de pression, causer un changement chimique, ou stimuler doucement les cellules. Les lasers pico comptent surtout sur l’onde de pression, une toute petite secousse.
pico-shake-p2 = Pensez à deux horloges pour une toute petite cible, comme un grain de pigment (la couleur de la peau). L’horloge de la chaleur, c’est le temps que met la chaleur à sortir de la cible. Une impulsion plus courte que cela garde la chaleur dans la cible. L’horloge de la pression, c’est le temps que met une onde de pression à traverser la cible. Une impulsion plus courte encore, plus courte que l’horloge de la pression, fait monter la pression. La pression casse la cible, et peu de chaleur se répand dans la peau autour.
pico-shake-p3 = Pour un grain large de 1 micromètre, l’horloge de la pression est d’environ 300 ps. Ce chiffre est une estimation. Faites glisser la durée de l’impulsion des nanosecondes aux picosecondes, puis tirez sur le grain. Regardez quelles horloges sont plus longues que votre impulsion. Choisissez ensuite le tissu de cicatrice. Ce modèle n’y a pas de grain, alors il vous renvoie à la page sur la lentille spéciale.

pico-colours-title = Les couleurs de la lumière laser
pico-colours-p1 = La lumière laser existe en plusieurs couleurs. Chacune porte le nom de sa longueur d’onde, en nanomètres (nm). Les lasers pico utilisent 532, 755 ou 1064 nm. Certains ont aussi des pièces à main de 730 ou 785 nm : c’est la partie du laser que l’on tient dans la main.
pico-colours-p2 = Les grandes longueurs d’onde vont plus profond dans la peau. Elles sont aussi plus douces pour le pigment de la couche du dessus. Touchez chaque longueur d’onde pour voir jusqu’où elle descend.

pico-beams-title = Un faisceau, beaucoup de tout petits faisceaux
pico-beams-p1 = Une lentille spéciale peut diviser le faisceau en beaucoup de tout petits points, chacun plein d’énergie. Sous chaque point, de toutes petites bulles appelées vacuoles se forment dans la peau. Dans la couche du dessus de la peau, elles se forment par LIOB, pour « laser-induced optical breakdown » (claquage optique induit par laser). Dans le derme, la couche en dessous, elles se forment par cavitation. La peau entre les points reste intacte.
pico-beams-p2 = Essayez chaque lentille. Dans un essai sur de la peau de porc, la lentille régulière a fait des bulles d’environ 78 micromètres de large, la micro-lentille d’environ 163. Un micromètre, c’est un millième de millimètre. Le nombre de bulles dépend du pigment de la peau.

pico-rebuild-title = Votre peau se reconstruit
pico-rebuild-p1 = Après une séance, votre peau commence à se réparer. Dans une étude, de petits prélèvements de peau montraient un derme plus épais (la couche du milieu). Ils avaient aussi plus de fibres élastiques et plus de collagène de type III, une sorte de fibre solide de la peau.
pico-rebuild-p2 = Cela prend des semaines à des mois. Les résultats s’ajoutent au fil d’une série de séances. Une série compte souvent 3 à 6 séances, à environ 4 semaines d’écart. Déplacez le curseur des semaines et regardez le fond de la cicatrice remonter un peu.

pico-studies-title = Ce qu’une étude a mesuré
pico-studies-p1 = Dans une étude, 20 personnes ont eu 6 séances avec un laser pico de 755 nm. Des photos 3D spéciales ont mesuré le volume des cicatrices, c’est-à-dire la taille des creux. Il était environ 24 % plus bas 1 mois après la dernière séance. À 3 mois, il était environ 27 % plus bas.
pico-studies-p2 = Des évaluateurs ont regardé les photos sans savoir lesquelles étaient prises avant ou après. Ils ont jugé la peau améliorée de 25 à 50 % dans l’ensemble. En moyenne, les personnes ont noté la douleur 2,8 sur 10.
pico-studies-p3 = Le fabricant du laser a payé une partie de cette étude. Avec seulement 20 personnes, c’était aussi une petite étude. Gardez ces deux points en tête quand vous lisez ses chiffres.

pico-more-title = D’autres études
pico-more-p1 = Dans une autre étude, des personnes ont eu 4 séances, une par mois, avec de la lumière à 1064 et 532 nm. Leur score de cicatrices est passé de 1,8 à 1,1. Les seuls effets secondaires étaient une rougeur, un léger gonflement et de petits saignements en points. Cela veut dire de tout petits points rouges là où la peau a un peu saigné.
pico-more-p2 = Une étude sur 42 patients asiatiques a utilisé de la lumière à 755 nm. En moyenne, chaque personne a eu 4,3 séances. Deux d’entre eux ont eu des taches brunes, appelées HPI (hyperpigmentation post-inflammatoire). Les deux taches ont pâli.
pico-more-p3 = Une étude de 2024 portait sur des personnes aux peaux les plus foncées, de types V et VI. Elles ont eu jusqu’à 5 séances, une par mois. Les 17 personnes revenues pour un contrôle allaient toutes mieux sur l’échelle du médecin. Il n’y a pas eu d’effet secondaire grave.

pico-marketing-title = Publicités et preuves
pico-marketing-p1 = Une publicité peut dire que 86 % des personnes étaient satisfaites. Cela ne veut pas dire que leurs cicatrices se sont améliorées de 86 %. Être content d’un traitement, ce n’est pas la même chose que le changement de la cicatrice.
pico-marketing-p2 = Les études peuvent mesurer si les personnes sont contentes, comment les médecins notent des photos, ou la cicatrice elle-même. À la même époque, l’étude qui a mesuré le volume des cicatrices l’a trouvé environ 24 % plus bas. Le fabricant du laser a payé une partie de cette étude.
pico-marketing-p3 = Quand vous voyez un chiffre dans une publicité, posez trois questions. Qu’est-ce qui a été mesuré ? Combien de personnes ont participé ? Qui a payé l’étude ?

pico-compared-title = Comparé à d’autres traitements
pico-compared-p1 = Dans un essai, chaque personne a eu le laser pico sur un côté du visage. L’autre côté a eu un autre laser. Après 4 séances, les scores de cicatrices ont baissé de 39 % du côté pico et de 44 % de l’autre. L’écart était trop petit pour montrer que l’un des deux est meilleur.
pico-compared-p2 = Une revue a réuni 7 études sur les lasers fractionnés, qui divisent le faisceau en tout petits points. Les lasers pico ont marché à peu près aussi bien que les autres, et faisaient moins mal. Ils ont causé beaucoup moins de taches brunes, mais beaucoup plus de petits saignements en points.
pico-compared-p3 = Il n’est pas prouvé qu’un traitement des cicatrices d’acné soit le meilleur. Les médecins associent souvent plusieurs traitements. Les cicatrices peuvent s’améliorer, mais le changement est partiel. Demandez à votre médecin quel mélange convient à vos cicatrices.

pico-q-how-short = Combien de temps dure une impulsion d’un laser pico ?
pico-q-how-short-a = Quelques centaines de nanosecondes
pico-q-how-short-b = Quelques centaines de picosecondes
pico-q-how-short-c = Environ un millième de seconde
pico-q-how-short-why = Les impulsions pico durent quelques centaines de picosecondes. Une picoseconde, c’est un millionième de millionième de seconde. Les lasers plus anciens utilisent des impulsions environ mille fois plus longues.

pico-q-pressure = Quelle impulsion fait monter une pression qui casse un tout petit grain de pigment ?
pico-q-pressure-a = Une impulsion plus longue que le temps que met la chaleur à sortir du grain
pico-q-pressure-b = Une impulsion plus courte que le temps que met une onde de pression à traverser le grain
pico-q-pressure-c = Une impulsion qui pousse le grain hors de la peau par le dessus
pico-q-pressure-why = Pensez à deux horloges. Une impulsion plus courte que le temps que met la chaleur à sortir garde la chaleur dans le grain. Une impulsion plus courte encore, plus courte que le temps que met une onde de pression à traverser le grain, fait monter la pression. Cela casse le grain, et peu de chaleur se répand. Pour un grain large de 1 micromètre, ce temps est d’environ 300 ps. Ce chiffre est une estimation.

pico-q-deeper = Les grandes longueurs d’onde, comme 1064 nm, vont plus profond dans la peau que 532 nm.
pico-q-deeper-why = Vrai. Les grandes longueurs d’onde vont plus profond. Elles sont aussi plus douces pour le pigment de la couche du dessus.

pico-q-between = Avec une lentille fractionnée, chaque bout de peau sous le faisceau reçoit une bulle.
pico-q-between-why = Faux. La lentille divise le faisceau en tout petits points. Les bulles se forment sous chaque point, et la peau entre les points reste intacte.

pico-q-order = Mettez ces étapes dans l’ordre, de la première à la dernière.
pico-q-order-step1 = Une lentille divise le faisceau en beaucoup de tout petits points
pico-q-order-step2 = De toutes petites bulles se forment dans la peau sous chaque point
pico-q-order-step3 = La peau commence à se réparer
pico-q-order-step4 = Au fil des semaines et des mois, le derme devient plus épais
pico-q-order-why = Les tout petits points font de toutes petites bulles. Puis la peau commence à se réparer. La réparation prend des semaines à des mois et s’ajoute au fil d’une série de séances.

pico-q-volume = Dans l’étude sur 20 personnes, de combien le volume des cicatrices avait-il baissé 1 mois après la dernière séance ?
pico-q-volume-a = Environ 86 % plus bas
pico-q-volume-b = Environ 24 % plus bas
pico-q-volume-c = À peu près le même qu’avant
pico-q-volume-d = Les cicatrices avaient disparu
pico-q-volume-why = Les photos 3D montraient un volume environ 24 % plus bas à 1 mois. À 3 mois, il était environ 27 % plus bas. Les cicatrices allaient mieux, mais en partie seulement. Le fabricant du laser a payé une partie de cette étude.

pico-q-satisfied = Une publicité dit que 86 % des patients étaient satisfaits. Que vous apprend ce chiffre ?
pico-q-satisfied-a = Leurs cicatrices se sont améliorées de 86 %
pico-q-satisfied-b = 86 cicatrices sur 100 ont disparu
pico-q-satisfied-c = La plupart des gens étaient contents, ce qui n’est pas la même chose que le changement des cicatrices
pico-q-satisfied-why = Être satisfait, c’est ce que les gens ont ressenti, pas combien les cicatrices ont changé. L’étude qui a mesuré le volume des cicatrices l’a trouvé environ 24 % plus bas. Le fabricant du laser a payé une partie de cette étude.

pico-q-ad = Vous voyez un chiffre dans une publicité pour un laser. Quelles questions valent la peine d’être posées ? Choisissez toutes les bonnes réponses.
pico-q-ad-a = Qu’est-ce qui a été mesuré ?
pico-q-ad-b = La marque du laser est-elle connue ?
pico-q-ad-c = Combien de personnes ont participé ?
pico-q-ad-d = Qui a payé l’étude ?
pico-q-ad-why = Ce qui a été mesuré, le nombre de participants et qui a payé changent tous le sens d’un chiffre. Une marque connue ne rend pas un chiffre plus vrai.

pico-q-best = Des études ont montré que les lasers pico sont le meilleur traitement des cicatrices d’acné.
pico-q-best-why = Faux. Il n’est pas prouvé qu’un traitement des cicatrices d’acné soit le meilleur. Les médecins associent souvent des traitements, et le changement est partiel.

pico-q-compared = Une revue a réuni 7 études sur les lasers pico fractionnés et d’autres lasers fractionnés. Qu’a-t-elle trouvé pour le pico ? Choisissez toutes les bonnes réponses.
pico-q-compared-a = Il a marché à peu près aussi bien
pico-q-compared-b = Il a causé plus de taches brunes
pico-q-compared-c = Il faisait moins mal
pico-q-compared-d = Il a causé plus de petits saignements en points
pico-q-compared-e = Il a fait disparaître les cicatrices complètement
pico-q-compared-why = Le pico a marché à peu près aussi bien et faisait moins mal. Il a causé beaucoup moins de taches brunes, mais beaucoup plus de petits saignements en points. Avec tous ces lasers, le changement est partiel.
