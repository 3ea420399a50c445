## Module 3 : la récupération, à quoi s’attendre. Faits tirés de shared/content/evidence-brief.md, section 5,
## et la durée d’une série de la section 4.

downtime-before-title = Avant le laser
downtime-before-p1 = Votre première visite est en général une discussion avec le cabinet, appelée consultation. Le plus souvent, on regarde votre type de peau et les sortes de cicatrices que vous avez. On vous pose des questions sur vos médicaments et sur votre santé passée.
downtime-before-p2 = Le jour venu, vous pouvez choisir d’avoir une crème anesthésiante. Elle endort la peau, pour que vous sentiez moins. On la met en général environ 30 minutes avant le laser.
downtime-before-p3 = Vous portez une protection pour les yeux pendant que le laser est allumé. Elle empêche la lumière du laser d’entrer dans vos yeux. C’est le déroulement habituel, et votre cabinet vous dira le sien.

downtime-during-title = Pendant le laser
downtime-during-p1 = Pendant que le laser travaille, vous pouvez sentir comme de petits claquements sur la peau.
downtime-during-p2 = Dans une étude sur 20 personnes, la douleur moyenne était d’environ 3 sur 10. Sur cette échelle, 0 veut dire aucune douleur et 10 la pire douleur. Le fabricant du laser a payé une partie de cette étude.
downtime-during-p3 = Si la douleur vous inquiète, posez des questions sur la crème anesthésiante lors de votre première visite.

downtime-day-by-day-title = Jour après jour après le laser
downtime-day-by-day-p1 = Déplacez le curseur du jour du traitement jusqu’à 4 semaines. Regardez la rougeur baisser sur le graphique. Le graphique n’est qu’une image approximative, car chacun guérit un peu différemment. Les cartes montrent ce qui est normal et quand appeler le cabinet.
downtime-day-by-day-p2 = Une rougeur et un léger gonflement sont normaux pendant quelques heures à quelques jours. De tout petits points rouges, là où la peau a un peu saigné, sont fréquents avec ce type de laser. Le dessus de la peau reste presque intact. Beaucoup de personnes reprennent donc leur journée normale le jour même ou le lendemain.

downtime-when-to-call-title = Quand appeler le cabinet
downtime-when-to-call-p1 = Certains signes veulent dire que vous devez appeler votre cabinet. Appelez si vous avez des cloques, de petites bulles de liquide sous la peau. Appelez si des croûtes sèches se forment et s’étendent.
downtime-when-to-call-p2 = Appelez si vous voyez des signes d’infection : une douleur qui augmente, du pus ou de la fièvre. Le pus est un liquide épais jaune ou blanc. Appelez si vous avez un bouton de fièvre (herpès), une plaie douloureuse sur les lèvres ou près d’elles.
downtime-when-to-call-p3 = Appelez si des taches foncées apparaissent dans les semaines qui suivent. C’est le conseil habituel des cabinets. Votre cabinet peut vous donner sa propre liste et son numéro de téléphone.

downtime-events-title = S’organiser autour d’un grand jour
downtime-events-p1 = Vous avez bientôt un mariage, un entretien d’embauche ou une fête ? Réglez le curseur sur le nombre de jours avant votre événement. Voyez à quoi votre peau pourrait ressembler ce jour-là.
downtime-events-p2 = Une série compte souvent 3 à 6 séances, à environ 4 semaines d’écart. Dans les études, l’écart allait de 3 à 8 semaines. Placez vos séances en tenant compte de vos grands jours, et demandez à votre cabinet.

downtime-q-numbing = Si vous choisissez une crème anesthésiante, quand la met-on d’habitude ?
downtime-q-numbing-a = Juste après le laser
downtime-q-numbing-b = Environ 30 minutes avant le laser
downtime-q-numbing-c = La veille au soir, à la maison
downtime-q-numbing-why = La crème anesthésiante se met environ 30 minutes avant le laser. C’est vous qui choisissez d’en avoir ou non.

downtime-q-order = Mettez ces étapes dans l’ordre, de la première à la dernière.
downtime-q-order-step1 = Une discussion avec le cabinet sur votre peau, vos cicatrices et vos médicaments
downtime-q-order-step2 = La crème anesthésiante, si vous la voulez, environ 30 minutes avant
downtime-q-order-step3 = Mettre la protection pour les yeux
downtime-q-order-step4 = La séance de laser
downtime-q-order-step5 = De la crème solaire large spectre chaque jour après
downtime-q-order-why = D’abord vient la discussion, appelée consultation. La crème anesthésiante se met avant le laser, et la protection des yeux juste avant qu’il commence. Après la séance, la crème solaire large spectre fait partie de vos soins de chaque jour. C’est le déroulement habituel, et votre cabinet vous dira le sien.

downtime-q-pain = Dans une étude sur 20 personnes, quelle était la douleur moyenne ?
downtime-q-pain-a = Environ 8 sur 10
downtime-q-pain-b = 0 sur 10 : aucune douleur
downtime-q-pain-c = Environ 3 sur 10
downtime-q-pain-why = La moyenne était d’environ 3 sur 10, où 10 est la pire douleur. Le fabricant du laser a payé une partie de cette étude.

downtime-q-normal = Lesquels de ces signes sont normaux les premiers jours ? Choisissez toutes les bonnes réponses.
downtime-q-normal-redness = Une rougeur
downtime-q-normal-blisters = Des cloques
downtime-q-normal-dots = De tout petits points rouges là où la peau a un peu saigné
downtime-q-normal-swelling = Un léger gonflement
downtime-q-normal-pus = Du pus
downtime-q-normal-why = La rougeur, un léger gonflement et de tout petits points rouges sont normaux au début. Les cloques et le pus ne le sont pas : ce sont des raisons d’appeler votre cabinet.

downtime-q-call = Lesquels de ces signes veulent dire qu’il faut appeler le cabinet ? Choisissez toutes les bonnes réponses.
downtime-q-call-redness = Une rougeur le jour du traitement
downtime-q-call-blisters = Des cloques
downtime-q-call-crust = Des croûtes qui s’étendent
downtime-q-call-dots = De tout petits points rouges le premier jour
downtime-q-call-cold-sore = Un bouton de fièvre
downtime-q-call-why = Les cabinets demandent en général d’appeler pour des cloques, des croûtes qui s’étendent, un bouton de fièvre, des signes d’infection, ou des taches foncées dans les semaines qui suivent. Une rougeur et de tout petits points rouges au début sont normaux.

downtime-q-back = Beaucoup de personnes reprennent leur journée normale le jour même ou le lendemain.
downtime-q-back-why = Vrai. Le dessus de la peau reste presque intact, alors beaucoup de personnes reprennent vite leur vie normale.

downtime-q-dark = Les taches foncées qui apparaissent dans les semaines qui suivent sont normales : vous pouvez les ignorer.
downtime-q-dark-why = Faux. Les cabinets demandent en général de les appeler pour des taches foncées dans les semaines qui suivent.

downtime-q-gap = Quel écart y a-t-il le plus souvent entre deux séances ?
downtime-q-gap-a = Environ 1 semaine
downtime-q-gap-b = Environ 4 semaines
downtime-q-gap-c = Environ 6 mois
downtime-q-gap-why = Les séances ont le plus souvent lieu à environ 4 semaines d’écart. Dans les études, l’écart allait de 3 à 8 semaines.

downtime-q-one = Une seule séance suffit d’habitude.
downtime-q-one-why = Faux. Une série compte souvent 3 à 6 séances. Les résultats s’ajoutent au fil de la série.
