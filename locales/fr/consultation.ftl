## Module 5 : préparer votre consultation. Faits tirés de shared/content/evidence-brief.md,
## sections 7, 6, 9, 4 et 2 (et 5 pour les étapes d’une série).

consult-why-title = Pourquoi préparer votre visite ?
consult-why-p1 = Avant un laser, vous avez en général une consultation : une discussion et un examen de la peau avec le médecin. Le plus souvent, le médecin regarde votre type de peau et vos types de cicatrices. Il vous pose aussi des questions sur vos médicaments et votre santé passée.
consult-why-p2 = C’est utile de venir avec vos propres questions. Vous aurez ainsi des réponses sur ce qui compte pour vous. Sur le parcours, « Préparer votre visite » vous aide à faire une liste.

consult-tell-title = Ce qu’il faut dire à votre médecin
consult-tell-p1 = Certaines choses peuvent changer votre plan, alors parlez-en à votre médecin. Parlez-lui de tout médicament ou problème de santé qui rend votre peau sensible à la lumière. Dites-lui si vous avez en ce moment des boutons d’acné ou une infection de la peau.
consult-tell-p2 = Dites-lui si vous avez des boutons de fièvre (herpès). Le médecin peut vous donner des comprimés antiviraux, un médicament contre le virus du bouton de fièvre. Dites-lui si vous êtes enceinte ou si vous allaitez. Dites-lui si vous ou votre famille avez des chéloïdes (des cicatrices en relief qui dépassent le bouton de départ) ou d’autres cicatrices en relief.
consult-tell-p3 = Parlez-lui d’un bronzage dans les 2 dernières semaines environ, ou de vacances au soleil que vous prévoyez. Parlez-lui de tout autre laser ou peeling ces derniers mois. Dites-lui si vous avez ou avez eu un cancer de la peau, ou si votre système immunitaire, la défense de votre corps contre les microbes, est faible.

consult-iso-title = L’isotrétinoïne : les médecins ne sont pas d’accord
consult-iso-p1 = L’isotrétinoïne est un médicament fort contre l’acné. Vous la connaissez peut-être sous le nom de Roaccutane ou Accutane. Si vous en prenez, ou en avez pris il y a peu, dites-le à votre médecin.
consult-iso-p2 = Ses notices disent d’attendre 6 mois après l’arrêt avant un laser. Beaucoup de cabinets disent la même chose.
consult-iso-p3 = En 2017, un groupe d’experts a examiné les recherches. Ils n’ont pas trouvé de bonne preuve qu’il faille attendre avant ce type de laser. Les médecins ne sont toujours pas d’accord sur ce point. Alors parlez-en à votre médecin, et décidez avec lui.

consult-skin-title = Votre type de peau
consult-skin-p1 = Les médecins classent la peau en six types, de I à VI, selon sa réaction au soleil. Le type I brûle toujours. Le type VI ne brûle jamais. Le test de peau de cette application n’est qu’un repère approximatif, pas un diagnostic : c’est votre médecin qui vérifie votre type.
consult-skin-p2 = Les peaux plus foncées, types IV à VI, ont plus facilement des taches brunes après des lasers qui chauffent la peau. Quand les études ont été réunies, les lasers pico fractionnés ont laissé beaucoup moins de taches brunes que les autres lasers fractionnés. Fractionné veut dire que le faisceau est divisé en beaucoup de tout petits points.
consult-skin-p3 = Aux États-Unis, une pièce à main de 1064 nm pour les cicatrices d’acné a été autorisée, c’est-à-dire permise, pour les types de peau II à V. La pièce à main est la partie du laser posée sur la peau. C’est un exemple de limite, alors posez la question de votre type de peau à votre cabinet.
consult-skin-p4 = Les lasers pico pour les cicatrices d’acné ont été étudiés sur beaucoup de types de peau. Une étude portait sur des personnes de types I à V. Une étude de 2024 portait sur des personnes de types V et VI, les plus foncés, et n’a trouvé aucun effet indésirable grave. Demandez à votre médecin ce que cela veut dire pour votre peau.

consult-other-title = Les autres traitements
consult-other-p1 = Les lasers pico sont un choix parmi d’autres. Le laser CO2 fractionné est un autre type de laser. Il peut donner des résultats forts. Mais il demande environ une semaine de récupération pendant que la peau guérit, et le risque de taches brunes est plus élevé sur les peaux foncées.
consult-other-p2 = Le microneedling utilise de toutes petites aiguilles pour piquer la peau. Dans un essai, les cicatrices allaient mieux 6 mois plus tard. La subcision libère les brides serrées qui tirent les cicatrices ondulées vers le bas. Le TCA CROSS met un acide fort dans les cicatrices en pic à glace, les étroites et profondes.
consult-other-p3 = Les produits de comblement (fillers) se placent sous un creux pour le relever. L’un d’eux est approuvé aux États-Unis pour certaines cicatrices en creux. Les médecins utilisent souvent plus d’un traitement. Demandez lesquels conviennent à vos cicatrices.

consult-questions-title = De bonnes questions à poser
consult-questions-p1 = Voici quelques questions qui valent la peine d’être posées. Lesquelles de mes cicatrices cela va-t-il aider ? Combien de séances me faudra-t-il ? Quel changement est réaliste pour moi ?
consult-questions-p2 = Quels sont les risques pour mon type de peau ? Combien coûtera la série complète ? Comment prendre soin de ma peau après chaque séance ?
consult-questions-p3 = Il n’est pas prouvé qu’un traitement des cicatrices d’acné soit le meilleur. Les cicatrices s’améliorent souvent, mais en partie seulement, et les résultats varient d’une personne à l’autre. Un bon médecin en parlera avec vous franchement.
consult-questions-p4 = Dans une étude sur 20 personnes avec 6 séances, les cicatrices semblaient améliorées d’environ un quart à la moitié, sans disparaître. Des photos 3D ont montré un volume de cicatrice environ 24 % plus bas après 1 mois, et environ 27 % plus bas après 3 mois. Des évaluateurs ont jugé la peau améliorée de 25 à 50 %. Le fabricant du laser a payé une partie de l’étude.

consult-q-tell = Lesquelles de ces choses peuvent changer votre plan de laser, et sont donc à dire à votre médecin ? Choisissez toutes les bonnes réponses.
consult-q-tell-a = Vous avez des boutons de fièvre
consult-q-tell-b = Vous vous maquillez presque tous les jours
consult-q-tell-c = Vous avez bronzé la semaine dernière
consult-q-tell-d = Vous êtes enceinte ou vous allaitez
consult-q-tell-e = Vous vous lavez avec un nettoyant doux
consult-q-tell-why = Les boutons de fièvre, un bronzage récent et une grossesse peuvent tous changer le plan. Le maquillage et un nettoyant doux ne sont pas sur la liste. Vous pouvez quand même poser des questions à leur sujet.

consult-q-iso = Vous avez pris de l’isotrétinoïne, un médicament fort contre l’acné, il y a quelques mois. Que vaut-il mieux faire ?
consult-q-iso-a = Attendre 6 mois, car tous les médecins sont d’accord là-dessus
consult-q-iso-b = Ne rien dire, car il n’y a plus de risque
consult-q-iso-c = Le dire à votre médecin, car les médecins ne sont pas d’accord sur ce point
consult-q-iso-why = Les notices et beaucoup de cabinets disent d’attendre 6 mois. Un groupe d’experts n’a pas trouvé de bonne preuve qu’il faille attendre. Les médecins ne sont pas d’accord, alors dites-le à votre médecin.

consult-q-diagnosis = Vrai ou faux : le test de peau de cette application vous donne votre type de peau à coup sûr.
consult-q-diagnosis-why = Faux. Ce n’est qu’un repère approximatif, pas un diagnostic. Lors d’une consultation, le médecin vérifie en général votre type de peau.

consult-q-studied = Les lasers pico pour les cicatrices d’acné ont-ils été étudiés sur les peaux plus foncées ?
consult-q-studied-a = Non, seulement sur les peaux claires
consult-q-studied-b = Oui : une étude de 2024 portait sur les types de peau V et VI
consult-q-studied-c = Oui, et les peaux foncées n’ont jamais de taches brunes après ces lasers
consult-q-studied-why = Une étude portait sur les types de peau I à V. Une étude de 2024 portait sur les types V et VI et n’a trouvé aucun effet indésirable grave. Les peaux plus foncées ont quand même plus facilement des taches brunes après des lasers qui chauffent la peau : demandez à votre médecin quel est votre risque.

consult-q-darker = Vrai ou faux : les peaux plus foncées ont plus facilement des taches brunes après des lasers qui chauffent la peau.
consult-q-darker-why = Vrai. Les types de peau IV à VI sont plus sujets à ces taches. Dans les études réunies, les lasers pico fractionnés en ont laissé beaucoup moins que les autres lasers fractionnés.

consult-q-cleared = Aux États-Unis, une pièce à main de 1064 nm pour les cicatrices d’acné a été autorisée pour les types de peau II à V. Qu’est-ce que cela vous apprend ?
consult-q-cleared-a = Cette pièce à main a été autorisée pour tous les types de peau
consult-q-cleared-b = Il faut demander à votre cabinet si son laser convient à votre type de peau
consult-q-cleared-c = Seules les personnes de types II à V ont des cicatrices d’acné
consult-q-cleared-why = C’est un exemple : une pièce à main, aux États-Unis. Cela concerne le laser, pas les personnes qui ont des cicatrices. Alors posez la question de votre type de peau à votre cabinet.

consult-q-bands = Quel traitement libère les brides serrées qui tirent les cicatrices ondulées vers le bas ?
consult-q-bands-a = La subcision
consult-q-bands-b = Le TCA CROSS
consult-q-bands-c = Un laser CO2 fractionné
consult-q-bands-why = La subcision libère les brides sous les cicatrices ondulées. Le TCA CROSS met un acide fort dans les cicatrices en pic à glace.

consult-q-best = Vrai ou faux : il est prouvé qu’un traitement des cicatrices d’acné est le meilleur.
consult-q-best-why = Faux. Aucune preuve solide ne montre qu’un traitement soit le meilleur. Les médecins associent souvent des traitements, et les cicatrices ne s’améliorent souvent qu’en partie.

consult-q-promise = Lors de votre visite, vous demandez si le médecin peut vous promettre une peau parfaite. Quelle réponse est honnête ?
consult-q-promise-a = Oui : les lasers pico font disparaître les cicatrices pour de bon
consult-q-promise-b = Non : les cicatrices s’améliorent souvent, en partie, et les résultats varient d’une personne à l’autre
consult-q-promise-c = Non : les lasers pico n’aident pas du tout les cicatrices
consult-q-promise-why = C’est une bonne question à poser. Personne ne peut promettre une peau parfaite. Dans une étude, les cicatrices semblaient améliorées d’environ un quart à la moitié, sans disparaître, et les résultats varient d’une personne à l’autre.

consult-q-course = Mettez ces étapes d’une série de laser pico dans l’ordre.
consult-q-course-step1 = Une consultation avec votre médecin
consult-q-course-step2 = Votre première séance
consult-q-course-step3 = Environ 4 semaines jusqu’à la séance suivante
consult-q-course-step4 = D’autres séances, souvent 3 à 6 en tout
consult-q-course-step5 = Des semaines à des mois de réparation après la dernière
consult-q-course-why = Tout commence en général par une consultation, où le médecin examine votre peau. Les séances ont lieu à environ 4 semaines d’écart, souvent 3 à 6 en tout. La peau continue de se réparer pendant des semaines à des mois, alors les résultats viennent lentement.
