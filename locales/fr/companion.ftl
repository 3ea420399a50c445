## Le compagnon de traitement : mes jours de séance, la carte « Aujourd’hui » sur le parcours, et le
## fichier de calendrier. Faits tirés de shared/content/evidence-brief.md, sections 3, 4, 5, 7 et 8.

## Dates. La personne qui traduit choisit l’ordre du jour, du mois et de l’année, et le premier jour
## de la semaine (`monday` ou `sunday`).
date-week-starts = monday
date-long = { $weekday } { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year }
date-short = { $weekday } { $day ->
        [1] 1er
       *[other] { $day }
    } { $month }
date-month-year = { $month } { $year }
date-today = aujourd’hui
date-in-days = { $days ->
    [one] dans { $days } jour
   *[other] dans { $days } jours
}
date-days-ago = { $days ->
    [one] il y a { $days } jour
   *[other] il y a { $days } jours
}
date-month-1 = janvier
date-month-2 = février
date-month-3 = mars
date-month-4 = avril
date-month-5 = mai
date-month-6 = juin
date-month-7 = juillet
date-month-8 = août
date-month-9 = septembre
date-month-10 = octobre
date-month-11 = novembre
date-month-12 = décembre
date-weekday-1 = lundi
date-weekday-2 = mardi
date-weekday-3 = mercredi
date-weekday-4 = jeudi
date-weekday-5 = vendredi
date-weekday-6 = samedi
date-weekday-7 = dimanche
date-weekday-short-1 = lu
date-weekday-short-2 = ma
date-weekday-short-3 = me
date-weekday-short-4 = je
date-weekday-short-5 = ve
date-weekday-short-6 = sa
date-weekday-short-7 = di

## Mes jours de traitement.
companion-heading = Mes jours de traitement
companion-about = Ajoutez le jour de chaque séance de laser, qu’elle soit prévue ou déjà faite. Scarwise vous montre ensuite à quoi vous attendre chaque jour après la séance.
companion-pick-heading = Choisissez le jour d’une séance
companion-pick-first = Touchez un jour dans le calendrier.
companion-month-before = Mois précédent
companion-month-after = Mois suivant
companion-day-booked = jour de séance
companion-add = Ajouter le { $date }
companion-added = Ajouté : { $date }
companion-list-heading = Mes séances
companion-list-empty = Aucun jour de séance pour l’instant.
companion-session = Séance { $session }
companion-remove = Retirer
companion-remove-named = Retirer le { $date }
companion-refused-same-day = Le { $date } est déjà dans votre liste.
companion-refused-year = Scarwise peut suivre une série d’un an au plus. Avec le { $date }, elle serait plus longue. Parlez de votre plan avec votre cabinet.
companion-refused-far = Choisissez un jour à moins d’un an d’aujourd’hui.
companion-refused-many = Votre liste est pleine. Retirez d’abord un jour dont vous n’avez plus besoin.
companion-private = Vos jours de séance restent sur cet appareil. Ils ne sont jamais envoyés nulle part. « Effacer ma progression », dans les Réglages, les efface.
companion-typical-advice = C’est un conseil habituel. Les conseils de votre cabinet passent en premier.

## Le fichier de calendrier.
companion-ics-heading = Des rappels dans votre calendrier
companion-ics-about = Enregistrez un fichier de calendrier avec vos séances et de courts contrôles de la peau aux jours 1, 3 et 7 après chacune. Ouvrez-le pour les ajouter au calendrier de votre téléphone. Rien n’est envoyé nulle part.
companion-ics-button = Ajouter à mon calendrier
companion-ics-nothing-ahead = Aucun de vos jours de séance n’est encore à venir : il n’y a donc rien à ajouter.
companion-ics-saved = Votre fichier de calendrier a été enregistré ici : { $path }. Ouvrez-le pour ajouter les jours à votre calendrier.
companion-ics-failed = Votre fichier de calendrier n’a pas pu être enregistré : { $reason }
companion-ics-name = Scarwise : mes jours de traitement
companion-ics-session = Séance de laser { $session }
companion-ics-session-reminder = Demain : séance de laser { $session }
companion-ics-session-about = Avant votre séance, parlez à votre médecin de tout nouveau médicament, des boutons de fièvre, d’une grossesse ou d’un bronzage récent. Restez à l’abri du soleil fort pendant environ 2 semaines avant. Ce rappel a été créé par Scarwise sur votre appareil.
companion-ics-check-in = Contrôle de la peau : jour { $day } après la séance { $session }

## La carte « Aujourd’hui » sur le parcours.
today-heading = Aujourd’hui, { $date }
today-invite-title = Vous avez une séance de laser prévue ?
today-invite-body = Ajoutez son jour. Scarwise vous montrera à quoi vous attendre chaque jour après la séance.
today-invite-open = Mes jours de traitement
today-my-days = Mes jours de traitement
today-before = { $days ->
    [one] La séance { $session } a lieu demain, le { $date }
   *[other] La séance { $session } a lieu dans { $days } jours, le { $date }
}
today-before-tell = Avant la séance, parlez à votre médecin de tout nouveau médicament, comme des comprimés contre l’acné. Parlez-lui aussi des boutons de fièvre, d’une grossesse ou de l’allaitement.
today-before-avoid = Restez à l’abri du soleil fort et ne bronzez pas pendant environ 2 semaines avant. Demandez à votre cabinet ce que vous devez arrêter d’autre avant la séance.
today-before-prepare = Préparer ce que je dirai à mon médecin
today-after = { $day ->
    [0] La séance { $session } a lieu aujourd’hui
   *[other] Jour { $day } après la séance { $session }
}
today-normal = Ce qui est normal aujourd’hui
today-steps = Vos soins aujourd’hui
today-step-sunscreen = Mettez une crème solaire large spectre, indice 30 ou plus. Restez à l’abri du soleil direct.
today-step-hands-off = Ne grattez pas et ne frottez pas la peau traitée.
today-step-no-actives = Utilisez un nettoyant doux et une crème hydratante simple. Évitez les gommages, les acides, les rétinoïdes et les crèmes éclaircissantes jusqu’à ce que votre peau se soit calmée. Votre cabinet vous dira combien de jours.
today-step-no-actives-until = Utilisez un nettoyant doux et une crème hydratante simple. Votre cabinet dit d’éviter les gommages, les acides, les rétinoïdes et les crèmes éclaircissantes jusqu’au jour { $day }.
today-step-actives-back = Votre cabinet dit que vous pouvez reprendre les gommages, les acides et les rétinoïdes à partir du jour { $day }.
today-step-make-up = Vous pouvez souvent vous maquiller peu après ce type de laser. Demandez à votre cabinet quand.
today-step-no-heat = Tant que votre peau est rouge, évitez le sauna, le yoga chaud et les piscines.
today-next = { $days ->
    [one] Votre prochaine séance a lieu demain, le { $date }.
   *[other] Votre prochaine séance a lieu dans { $days } jours, le { $date }.
}
today-next-numbered = { $days ->
    [one] La séance { $session } a lieu demain, le { $date }.
   *[other] La séance { $session } a lieu dans { $days } jours, le { $date }.
}
today-between = { $days ->
    [one] { $days } jour depuis la séance { $session }
   *[other] { $days } jours depuis la séance { $session }
}
today-rebuilding = Votre peau continue de changer pendant des semaines. Sous la surface, elle se reconstruit, et cela peut prendre des semaines à des mois. Les résultats s’ajoutent souvent au fil de toute la série de séances.
today-keep-caring = Continuez à mettre de la crème solaire chaque jour. Appelez votre cabinet si des taches foncées apparaissent.
today-after-last = { $days ->
    [one] { $days } jour depuis votre dernière séance
   *[other] { $days } jours depuis votre dernière séance
}
today-after-last-body = Votre peau peut continuer à se reconstruire pendant des semaines à des mois après votre dernière séance. Les résultats viennent lentement, et c’est un changement en mieux, pas une peau parfaite. Demandez à votre cabinet quand revenir pour un contrôle.
today-read-before = Lire : avant le laser
today-read-day-by-day = Lire : jour après jour
today-read-skin-rebuilds = Lire : comment la peau se reconstruit
