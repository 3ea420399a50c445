## Module 4 : prendre soin de votre peau après. Faits tirés de shared/content/evidence-brief.md,
## sections 8 et 6. Ces soins sont des conseils habituels : chaque page dit que ceux du cabinet passent en premier.

aftercare-sun-title = Se protéger du soleil chaque jour
aftercare-sun-p1 = Mettez de la crème solaire chaque jour. Choisissez-en une marquée « large spectre » : elle bloque une grande partie des rayons du soleil. Prenez un indice (SPF) de 30 ou plus.
aftercare-sun-p2 = Quand vous êtes dehors, remettez-en environ toutes les 2 heures. Restez à l’abri du soleil direct, surtout les premières semaines.
aftercare-sun-p3 = C’est un conseil habituel. Les conseils de votre cabinet passent en premier.

aftercare-gentle-title = Soyez doux avec votre peau
aftercare-gentle-p1 = Lavez-vous avec un nettoyant doux, un savon léger pour le visage. Puis mettez une crème hydratante simple, qui empêche la peau de sécher.
aftercare-gentle-p2 = Pour l’instant, évitez les gommages, ces nettoyants qui grattent. Évitez les produits aux acides, comme les peelings aux acides et les lotions aux acides. Évitez les rétinoïdes, des crèmes fortes à la vitamine A. Évitez les crèmes éclaircissantes qui font pâlir les taches foncées.
aftercare-gentle-p3 = Attendez que votre peau se soit calmée. Votre cabinet vous dira combien de jours. C’est un conseil habituel, et les conseils de votre cabinet passent en premier.

aftercare-hands-off-title = Ne touchez pas
aftercare-hands-off-p1 = Ne grattez pas la peau traitée. Ne la frottez pas. Laissez-la guérir toute seule.
aftercare-hands-off-p2 = Vous pouvez souvent vous maquiller peu après ce type de laser. Demandez à votre cabinet quand vous pouvez recommencer.
aftercare-hands-off-p3 = C’est un conseil habituel. Votre cabinet peut dire autre chose, et ses conseils passent en premier.

aftercare-heat-title = Chaleur et eau
aftercare-heat-p1 = Tant que votre peau est rouge, évitez les fortes chaleurs. Pas de sauna ni de yoga chaud pendant un jour ou deux.
aftercare-heat-p2 = Évitez aussi les piscines pendant ce temps.
aftercare-heat-p3 = C’est un conseil habituel. Les conseils de votre cabinet passent en premier.

aftercare-routine-title = Jeu : construisez votre routine
aftercare-routine-p1 = Classez chaque produit ou geste dans « À faire », « À éviter pour l’instant » ou « Demander au cabinet ». Vous verrez tout de suite si c’est juste, et pourquoi. Puis voyez votre routine du matin et du soir. C’est un conseil habituel, et les conseils de votre cabinet passent en premier.

aftercare-skin-tone-title = Couleur de peau et taches brunes
aftercare-skin-tone-p1 = Les médecins classent la peau en six types, de I à VI, selon sa réaction au soleil. Les peaux plus foncées, types IV à VI, ont plus facilement des taches brunes après des lasers qui agissent par la chaleur. Ces taches brunes s’appellent HPI (hyperpigmentation post-inflammatoire).
aftercare-skin-tone-p2 = Les lasers fractionnés traitent beaucoup de tout petits points et laissent la peau entre eux tranquille. Dans 7 études réunies, les lasers pico fractionnés ont causé beaucoup moins de taches brunes que les autres lasers fractionnés.
aftercare-skin-tone-p3 = Aux États-Unis, une pièce à main de 1064 nm pour les cicatrices d’acné (la partie posée sur la peau) a été autorisée, c’est-à-dire permise, pour les types de peau II à V. C’est un exemple de limite, alors posez la question de votre type de peau à votre cabinet. Les conseils de votre cabinet passent en premier.

aftercare-q-sunscreen = Quelle crème solaire conseille-t-on d’habitude après une séance ?
aftercare-q-sunscreen-a = Large spectre, indice 30 ou plus, chaque jour
aftercare-q-sunscreen-b = Indice 15, seulement les jours de chaleur
aftercare-q-sunscreen-c = N’importe laquelle, seulement à la plage
aftercare-q-sunscreen-why = Utilisez une crème solaire large spectre d’indice 30 ou plus, chaque jour. Large spectre veut dire qu’elle bloque une grande partie des rayons du soleil.

aftercare-q-reapply = Quand vous êtes dehors, tous les combien faut-il remettre de la crème solaire ?
aftercare-q-reapply-a = Une fois le matin suffit
aftercare-q-reapply-b = Environ toutes les 8 heures
aftercare-q-reapply-c = Environ toutes les 2 heures
aftercare-q-reapply-why = Dehors, remettez-en environ toutes les 2 heures. Et restez à l’abri du soleil direct, surtout les premières semaines.

aftercare-q-avoid = Que faut-il éviter pour l’instant, jusqu’à ce que votre peau se soit calmée ? Choisissez toutes les bonnes réponses.
aftercare-q-avoid-scrub = Un gommage qui gratte
aftercare-q-avoid-cleanser = Un nettoyant doux
aftercare-q-avoid-retinoid = Une crème aux rétinoïdes
aftercare-q-avoid-moisturiser = Une crème hydratante simple
aftercare-q-avoid-lightening = Une crème éclaircissante
aftercare-q-avoid-why = Les gommages, les rétinoïdes et les crèmes éclaircissantes peuvent attendre que votre peau se soit calmée. Un nettoyant doux et une crème hydratante simple, c’est bien. Votre cabinet vous dit combien de jours. C’est un conseil habituel, et les conseils de votre cabinet passent en premier.

aftercare-q-sun-weeks = Quand est-il le plus important de rester à l’abri du soleil direct ?
aftercare-q-sun-weeks-a = Seulement le jour de la séance
aftercare-q-sun-weeks-b = Surtout les premières semaines
aftercare-q-sun-weeks-c = Seulement les jours chauds d’été
aftercare-q-sun-weeks-why = Restez à l’abri du soleil direct, surtout les premières semaines. Mettez aussi une crème solaire large spectre chaque jour. C’est un conseil habituel, et les conseils de votre cabinet passent en premier.

aftercare-q-picking = Gratter doucement les petites croûtes aide la peau à guérir.
aftercare-q-picking-why = Faux. Ne grattez pas et ne frottez pas la peau traitée. Laissez-la guérir toute seule.

aftercare-q-make-up = Après ce type de laser, le maquillage est souvent permis peu de temps après.
aftercare-q-make-up-why = Vrai. Il est souvent permis peu après. Votre cabinet vous dira quand.

aftercare-q-heat = Tant que votre peau est rouge, combien de temps faut-il éviter le sauna, le yoga chaud et les piscines ?
aftercare-q-heat-a = Juste une heure
aftercare-q-heat-b = Un jour ou deux
aftercare-q-heat-c = 6 mois
aftercare-q-heat-why = Évitez la chaleur et les piscines un jour ou deux, tant que la peau est rouge. C’est un conseil habituel, et les conseils de votre cabinet passent en premier.

aftercare-q-darker = Les peaux plus foncées, types IV à VI, ont plus facilement des taches brunes après des lasers qui agissent par la chaleur.
aftercare-q-darker-why = Vrai. Ces taches brunes s’appellent HPI. Dites à votre médecin votre type de peau, et demandez-lui quel est votre risque.

aftercare-q-pico-pih = Dans 7 études réunies, comment les lasers pico fractionnés se comparaient-ils aux autres lasers fractionnés ?
aftercare-q-pico-pih-a = Ils ont causé plus de taches brunes
aftercare-q-pico-pih-b = Ils ont causé beaucoup moins de taches brunes
aftercare-q-pico-pih-c = Ils n’ont causé aucune tache brune
aftercare-q-pico-pih-why = Les lasers pico fractionnés ont causé beaucoup moins de taches brunes. Mais beaucoup moins, ce n’est pas zéro : demandez à votre médecin quel est votre propre risque.
