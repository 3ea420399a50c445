## Libellés, boutons et affichages des scènes interactives. Faits tirés de shared/content/evidence-brief.md.

scene-right = Juste
scene-not-quite = Pas tout à fait
scene-verdict-with = { $verdict } : { $what }
scene-play-again = Rejouer
scene-skin-tone = Couleur de peau :
scene-skin-tone-n = Couleur de peau { $n } sur 6

## Explorateur de cicatrices (module 1)

explorer-hint = Touchez une cicatrice sur l’image, ou choisissez une lettre, pour en savoir plus.
explorer-icepick = Un trou étroit et profond, de moins de 2 mm de large environ. Il peut descendre loin dans la peau.
explorer-boxcar = Un creux aux bords raides et au fond plat. Il mesure environ 1,5 à 4 mm de large.
explorer-rolling = Un creux large et doux, de plus de 4 à 5 mm de large environ. Des brides sous la peau le tirent vers le bas.
explorer-hypertrophic = Une bosse ferme en relief. Elle reste dans la zone du bouton de départ.
explorer-keloid = Une cicatrice en relief qui dépasse la zone du bouton de départ.
explorer-colour-mark = Des taches plates, rouges ou brunes. La peau reste lisse. Le rouge vient de tout petits vaisseaux sanguins qui se sont élargis. Le brun, c’est du pigment en trop. Elles pâlissent souvent au fil des mois. Beaucoup de médecins disent que ce ne sont pas de vraies cicatrices, mais une échelle les compte comme la forme la plus légère.

## Lumière de côté (module 1)

light-angle = Hauteur de la lampe
light-seen-from-above = Vu d’en haut
light-rolling-shows = Avec une lumière de côté, la cicatrice ondulée fait des ombres douces. Maintenant, on la voit.
light-rolling-hides = Avec une lumière d’en haut, la cicatrice ondulée se voit mal. Ses pentes sont douces, alors elles ne font presque pas d’ombre.

## Jeu de tri (module 1 ; ses compteurs servent aussi au jeu de la routine)

sort-progress = Terminé : { $done } sur { $total } · Bonnes réponses : { $right }
sort-which = De quelle sorte est celle-ci ?
sort-bin-not-a-scar = Pas une cicatrice (tache de couleur)
sort-done = { $right ->
    [one] Vous avez { $right } bonne réponse sur { $total }.
   *[other] Vous avez { $right } bonnes réponses sur { $total }.
}
sort-why-icepick = C’était une cicatrice en pic à glace : un trou étroit et profond.
sort-why-boxcar = C’était une cicatrice en cuvette : des bords raides et un fond plat.
sort-why-rolling = C’était une cicatrice ondulée : un creux large et doux, tiré vers le bas par des brides.
sort-why-hypertrophic = C’était une cicatrice hypertrophique : en relief, mais elle reste dans la zone du bouton de départ.
sort-why-keloid = C’était une chéloïde : en relief, et elle dépasse la zone du bouton de départ.
sort-why-colour-mark = C’étaient des taches de couleur : la peau est plate, seule sa couleur a changé. Le rouge vient de vaisseaux sanguins élargis, le brun de pigment en trop. Beaucoup de médecins disent que ce ne sont pas de vraies cicatrices, même si une échelle les compte comme la forme la plus légère.

## Laboratoire des impulsions (module 2)

label-one-micrometre = 1 µm
label-half-mm = 0,5 mm
pulse-target-pigment = Grain de pigment
pulse-target-tissue = Tissu de cicatrice
pulse-length = Durée de l’impulsion :
pulse-preset-nano = Laser nanoseconde
pulse-preset-pico = Laser pico
pulse-fire = Envoyer une impulsion
pulse-readout = Pression gardée dans le grain : { $pressure } % (modèle illustratif). La chaleur a besoin de temps pour sortir du grain. Une onde de pression a besoin de temps pour le traverser : pour un grain de 1 µm de large, environ 300 ps. Ce chiffre est une estimation. Un laser pico autorisé aux États-Unis envoie des impulsions de 240 à 750 ps.
pulse-model = Modèle illustratif
pulse-outcome-breaks = Cassé ; peu de chaleur s’est répandue
pulse-outcome-heat-stays = Chauffé ; la chaleur est restée dedans
pulse-outcome-heat-leaks = Chauffé ; la chaleur est sortie dans la peau autour
pulse-outcome-tissue = Ici, ce modèle n’a pas de grain à casser
pulse-tissue-about = Ce modèle montre un grain de pigment, pas du tissu de cicatrice. Il ne montre pas ce qu’une impulsion large fait à une cicatrice. Dans la peau, de toutes petites bulles se forment sous les points d’une lentille spéciale. La lentille divise le faisceau en tout petits points, chacun plein d’énergie. Voyez la page « { pico-beams-title } ».

## Longueur d’onde (module 2)

wave-532 = 532 nm, c’est une lumière verte. Elle reste près de la surface. Le pigment de la couche du dessus en absorbe beaucoup.
wave-755 = La lumière à 755 nm vient d’un laser alexandrite. Elle va plus profond que la lumière verte.
wave-1064 = La lumière à 1064 nm vient d’un laser Nd:YAG. Elle va le plus profond. C’est la plus douce pour le pigment de la couche du dessus.

## Lentille fractionnée (module 2)

lens-none = Sans lentille
lens-diffractive = Lentille régulière
lens-microlens = Micro-lentille
lens-none-about = Sans lentille spéciale, le laser touche toute la zone avec un seul large faisceau.
lens-diffractive-about = Cette lentille divise le faisceau en beaucoup de tout petits faisceaux réguliers. Dans un essai sur de la peau de porc, chacun a laissé une bulle d’environ 78 µm de large. La peau entre les bulles reste intacte.
lens-microlens-about = Cette lentille divise aussi le faisceau, mais de façon moins régulière. Dans le même essai, les bulles faisaient environ 163 µm de large. La peau entre elles reste intacte.
lens-bubble-rows = Après une impulsion, la rangée de bulles du haut est dans la couche du dessus, où elles se forment par LIOB. La rangée du bas est dans le derme, où elles se forment par cavitation.

## Remodelage (module 2)

remodel-first-floor = Fond avant
remodel-exaggerated = Profondeur dessinée 4 fois plus grande
remodel-weeks = Semaines
remodel-status = Semaine { $week } · { $sessions ->
    [one] { $sessions } séance jusqu’ici.
   *[other] { $sessions } séances jusqu’ici.
}
remodel-measured = Dans une étude sur 20 personnes, le volume des cicatrices était environ { $percent } % plus bas à ce moment-là.

## Calendrier de récupération (module 3)

timeline-redness = Rougeur
timeline-swelling = Gonflement
timeline-days = Jours
timeline-day = Jour
timeline-on-day = { $day ->
    [0] Jour du traitement
   *[other] Jour { $day }
}
timeline-phase-day0 = Votre peau est rouge et peut être un peu gonflée. Vous verrez peut-être de tout petits points rouges là où la peau a un peu saigné. Beaucoup de personnes reprennent leurs activités normales le jour même ou le lendemain.
timeline-phase-fading = La rougeur diminue. Le gonflement a presque disparu. Beaucoup de personnes ont repris leur journée normale.
timeline-phase-mostly = Chez beaucoup de personnes, la rougeur est partie ou presque.
timeline-phase-settled = Votre peau s’est très probablement calmée. Continuez la crème solaire. Surveillez les taches foncées dans les semaines qui suivent.
timeline-normal-title = Normal
timeline-normal-body = Rougeur et léger gonflement pendant quelques heures à quelques jours. De tout petits points rouges dus à de petits saignements.
timeline-call-title = Appelez le cabinet
timeline-call-body = Des cloques. Des croûtes qui s’étendent. Plus de douleur, du pus ou de la fièvre. Un bouton de fièvre. Des taches foncées dans les semaines qui suivent.

## Planificateur d’événement (module 3)

planner-days = Jours avant mon événement
planner-event-in = { $days ->
    [0] Mon événement est le jour du traitement
    [one] Mon événement est { $days } jour après le traitement
   *[other] Mon événement est { $days } jours après le traitement
}
planner-real-dates = { $days ->
    [0] Votre prochaine séance est le { $session }.
    [one] Votre prochaine séance est le { $session }. { $days } jour après, nous serons le { $date }.
   *[other] Votre prochaine séance est le { $session }. { $days } jours après, nous serons le { $date }.
}
planner-ask-clinic = Chacun guérit un peu différemment. Demandez à votre cabinet quand prendre rendez-vous par rapport à un grand jour.

## Jeu de la routine de soins (module 4)

routine-bin-do = À faire
routine-bin-avoid = À éviter pour l’instant
routine-bin-ask = Demander au cabinet
routine-morning = Matin
routine-evening = Soir
routine-later = Plus tard
routine-reapply = Dehors, remettez de la crème solaire environ toutes les 2 heures.
routine-when-after-redness = après un jour ou deux, une fois la rougeur partie
routine-when-clinic-day = le jour que votre cabinet indique
routine-when-ask = quand votre cabinet dit que c’est bon
routine-clinic-first = C’est un conseil habituel. Les conseils de votre cabinet passent en premier.
routine-sunscreen = Crème solaire large spectre, indice 30 ou plus
routine-sunscreen-why = Les cabinets conseillent souvent d’en mettre chaque jour, et d’en remettre environ toutes les 2 heures dehors.
routine-scrub = Gommage du visage
routine-scrub-why = Les cabinets conseillent souvent d’éviter les gommages jusqu’à ce que votre peau se soit calmée. Votre cabinet vous dit quand.
routine-cleanser = Nettoyant doux
routine-cleanser-why = Les cabinets conseillent souvent un nettoyant doux pendant que votre peau guérit.
routine-sauna = Sauna ou yoga chaud
routine-sauna-why = Les cabinets conseillent souvent d’éviter les fortes chaleurs tant que votre peau est rouge. Attendez un jour ou deux, que la rougeur parte.
routine-makeup = Maquillage
routine-makeup-why = Le maquillage est souvent permis peu après ce type de laser. Votre cabinet vous dira quand.
routine-retinoid = Crème aux rétinoïdes
routine-retinoid-why = Les cabinets conseillent souvent d’éviter les rétinoïdes jusqu’à ce que votre peau se soit calmée. Votre cabinet vous dit quand.
routine-moisturiser = Crème hydratante simple
routine-moisturiser-why = Les cabinets conseillent souvent une crème hydratante simple pendant que votre peau guérit.
routine-picking = Gratter ou frotter
routine-picking-why = Ne grattez pas et ne frottez pas la peau traitée. Laissez-la guérir toute seule.
routine-pool = Piscine
routine-pool-why = Les cabinets conseillent souvent d’éviter les piscines tant que votre peau est rouge. Attendez un jour ou deux.
routine-acids = Peelings aux acides et lotions aux acides
routine-acids-why = Les cabinets conseillent souvent d’éviter les acides jusqu’à ce que votre peau se soit calmée. Votre cabinet vous dit quand.
routine-sun = Rester au soleil
routine-sun-why = Restez à l’abri du soleil direct, surtout les premières semaines.
routine-lightening = Crème éclaircissante
routine-lightening-why = Attendez que votre peau se soit calmée. Votre cabinet vous dira quand.
timeline-call-phone = Votre cabinet : { $phone }
routine-when-day = à partir du jour { $day } après le traitement, comme votre cabinet l’indique
