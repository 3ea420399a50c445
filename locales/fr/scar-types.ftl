## Module 1 : les types de cicatrices. Faits tirés de shared/content/evidence-brief.md, sections 1 et 2.

scar-types-layers-title = Votre peau a trois couches
scar-types-layers-p1 = Votre peau est faite de couches. La couche du dessus est fine. On l’appelle l’épiderme. C’est la partie que vous voyez et touchez.
scar-types-layers-p2 = En dessous se trouve la couche du milieu, appelée le derme. Elle est plus épaisse et pleine de fibres solides appelées collagène. Sous le derme, il y a une couche de graisse.
scar-types-layers-p3 = Certaines cicatrices restent près de la surface. D’autres descendent loin dans le derme. La profondeur d’une cicatrice aide à choisir comment on peut la traiter.

scar-types-colour-title = Une tache de couleur ou une cicatrice ?
scar-types-colour-p1 = Quand un bouton guérit, il peut laisser une tache plate rouge ou brune. La peau reste lisse. Ces taches pâlissent souvent au fil des mois.
scar-types-colour-why = Une tache rouge, c’est une rougeur due à de tout petits vaisseaux sanguins qui se sont élargis quand le bouton était rouge et douloureux. Une tache brune, c’est du pigment en trop, la couleur naturelle de la peau.
scar-types-colour-p2 = Une cicatrice, c’est différent. Elle change la forme de la peau. Ce peut être un creux ou une bosse.
scar-types-colour-p3 = Les médecins n’emploient pas tous ces mots de la même façon. Une échelle compte les taches plates comme la forme la plus légère de cicatrice. Beaucoup de dermatologues disent qu’une tache plate n’est pas une vraie cicatrice. Demandez à votre médecin ce qu’il veut dire.

scar-types-icepick-title = Les cicatrices en pic à glace
scar-types-icepick-p1 = Une cicatrice en pic à glace est un petit trou profond. On dirait que la peau a été piquée avec un outil pointu.
scar-types-icepick-p2 = Elle est étroite : moins de 2 mm de large environ. Mais elle peut être profonde et descendre jusqu’au bas du derme, ou plus bas.
scar-types-icepick-p3 = Comme elle est très étroite et profonde, les traitements qui agissent à la surface de la peau l’atteignent mal. Les médecins peuvent utiliser d’autres moyens pour traiter ces cicatrices.

scar-types-boxcar-title = Les cicatrices en cuvette
scar-types-boxcar-p1 = Une cicatrice en cuvette est un creux rond ou ovale. Elle a des bords raides et nets et un fond plat, comme une petite boîte enfoncée dans la peau.
scar-types-boxcar-p2 = Elle mesure environ 1,5 à 4 mm de large. Certaines sont peu profondes. D’autres sont plus profondes.
scar-types-boxcar-p3 = Les cicatrices en cuvette peu profondes répondent souvent le mieux aux traitements qui renouvellent le dessus de la peau, comme les lasers.

scar-types-rolling-title = Les cicatrices ondulées
scar-types-rolling-p1 = Les cicatrices ondulées sont des creux larges et doux dans la peau. Chacune fait plus de 4 à 5 mm de large environ. Elles peuvent donner à la peau un aspect vallonné.
scar-types-rolling-p2 = Elles viennent de brides de tissu solide sous la peau. Ces brides tirent la surface vers le bas, comme les boutons d’un coussin capitonné.
scar-types-rolling-p3 = Les cicatrices ondulées rendent la peau irrégulière, surtout avec une lumière de côté. Un traitement appelé subcision libère les brides.

scar-types-hypertrophic-title = Cicatrices en relief : les cicatrices hypertrophiques
scar-types-hypertrophic-p1 = Certaines cicatrices sont en relief au lieu d’être en creux. Une cicatrice hypertrophique est une bosse ferme sur la peau.
scar-types-hypertrophic-p2 = Elle reste dans la zone où était le bouton. Elle ne la dépasse pas.

scar-types-keloid-title = Cicatrices en relief : les chéloïdes
scar-types-keloid-p1 = Une chéloïde est une cicatrice en relief qui grandit au-delà de la zone du bouton de départ.
scar-types-keloid-p2 = Certaines personnes, et certaines familles, ont tendance à faire des chéloïdes. Si c’est votre cas ou celui de votre famille, dites-le à votre médecin avant tout traitement de la peau.

scar-types-explorer-title = Explorez tous les types
scar-types-explorer-p1 = Voici toutes les sortes côte à côte : cinq sortes de cicatrices, puis des taches de couleur plates, qui ne sont pas des cicatrices. La taille des cicatrices est à l’échelle, mais les couches de la peau sont simplifiées. Touchez chacune. Regardez sa largeur et sa profondeur.

scar-types-side-light-title = Pourquoi la lumière de côté compte
scar-types-side-light-p1 = Déplacez la lampe de haut en bas. Regardez la cicatrice ondulée.
scar-types-side-light-p2 = La lumière venue d’en haut cache les creux doux. La lumière de côté fait des ombres, alors les creux se voient. C’est pourquoi les cicatrices ondulées se voient plus sous certaines lumières.

scar-types-grading-title = Comment les médecins décrivent les cicatrices
scar-types-grading-p1 = Les médecins peuvent donner un grade aux cicatrices. Une échelle, celle de Goodman et Baron, a 4 grades. Le grade 1, ce sont les taches de couleur plates.
scar-types-grading-p2 = Le grade 2 est léger : difficile à voir à environ un demi-mètre, et facile à cacher avec du maquillage. Le grade 3 est moyen : facile à voir à cette distance, et il s’aplatit quand on étire la peau. Le grade 4 est sévère : il ne s’aplatit pas quand on étire la peau.
scar-types-grading-p3 = Aucune échelle n’est meilleure que toutes les autres. Votre médecin peut en utiliser une autre, et c’est très bien.

scar-types-sort-title = Jeu : reconnaissez la cicatrice
scar-types-sort-p1 = Regardez chaque dessin et choisissez sa sorte. Si la peau est plate et que seule sa couleur a changé, choisissez « Pas une cicatrice ». Après chaque réponse, vous verrez pourquoi.

scar-types-common-title = Beaucoup de gens sont dans votre cas
scar-types-common-p1 = L’acné est très fréquente. La plupart des gens en ont à un moment entre environ 11 et 30 ans.
scar-types-common-p2 = Les cicatrices sont fréquentes aussi. Dans une étude américaine sur 1 972 personnes ayant de l’acné et venues voir un dermatologue, 43 sur 100 avaient des cicatrices d’acné. La plupart d’entre elles n’avaient qu’une acné légère ou moyenne. Les cicatrices sont plus probables après une acné sévère, un traitement tardif ou une acné qui revient sans cesse, et chez les hommes.
scar-types-common-p3 = Les cicatrices peuvent peser sur le moral, même quand elles sont légères. Ces sentiments sont réels. Vous pouvez tout à fait en parler avec votre médecin.

scar-types-q-icepick-shape = Quelle cicatrice est un trou étroit et profond, comme une piqûre ?
scar-types-q-icepick-shape-a = Une cicatrice en pic à glace
scar-types-q-icepick-shape-b = Une cicatrice ondulée
scar-types-q-icepick-shape-c = Une chéloïde
scar-types-q-icepick-shape-why = Les cicatrices en pic à glace font moins de 2 mm de large environ, mais elles peuvent descendre loin dans la peau.

scar-types-q-which-shown = Quel type de cicatrice ce dessin montre-t-il ?
scar-types-q-boxcar-shown-a = Une cicatrice en cuvette
scar-types-q-boxcar-shown-b = Une cicatrice en pic à glace
scar-types-q-boxcar-shown-c = Une cicatrice hypertrophique
scar-types-q-boxcar-shown-why = Elle a des bords raides et un fond plat. C’est la forme d’une cicatrice en cuvette.
scar-types-q-rolling-shown-a = Une cicatrice ondulée
scar-types-q-rolling-shown-b = Une cicatrice en cuvette
scar-types-q-rolling-shown-c = Une chéloïde
scar-types-q-rolling-shown-why = C’est un creux large et doux, tiré vers le bas par des brides. C’est une cicatrice ondulée.

scar-types-q-rolling-light = Les cicatrices ondulées se voient le plus avec une lumière qui vient de côté.
scar-types-q-rolling-light-why = Vrai. Les cicatrices ondulées rendent la peau irrégulière, surtout avec une lumière de côté.

scar-types-q-colour-flat = Une tache rouge ou brune laissée par un bouton est plate, et elle pâlit souvent au fil des mois.
scar-types-q-colour-flat-why = Vrai. Ces taches de couleur ne changent pas la forme de la peau, et elles pâlissent en général avec le temps.

scar-types-q-keloid-spreads = Qu’est-ce qui différencie une chéloïde d’une cicatrice hypertrophique ?
scar-types-q-keloid-spreads-a = Une chéloïde grandit au-delà de la zone du bouton de départ
scar-types-q-keloid-spreads-b = Une chéloïde est un creux, pas une bosse
scar-types-q-keloid-spreads-c = Une chéloïde est toujours plate
scar-types-q-keloid-spreads-why = Les deux sont en relief. Une cicatrice hypertrophique reste dans la zone du bouton. Une chéloïde la dépasse.

scar-types-q-keloid-tell = Si vous avez tendance à faire des chéloïdes, vous devez le dire à votre médecin avant tout traitement de la peau.
scar-types-q-keloid-tell-why = Vrai. Une tendance aux chéloïdes, chez vous ou dans votre famille, compte avant tout traitement.

scar-types-q-bands = Qu’est-ce qui tire les cicatrices ondulées vers le bas ?
scar-types-q-bands-a = Des brides de tissu solide sous la peau
scar-types-q-bands-b = Trop de sébum dans la peau
scar-types-q-bands-c = Des taches de couleur
scar-types-q-bands-why = Des brides solides sous la peau tirent la surface vers le bas. Un traitement appelé subcision les libère.

scar-types-q-icepick-surface = Les traitements qui agissent seulement à la surface de la peau atteignent facilement les cicatrices en pic à glace.
scar-types-q-icepick-surface-why = Faux. Les cicatrices en pic à glace sont étroites et profondes, alors les traitements de surface les atteignent mal.

scar-types-q-boxcar-size = Quelle largeur fait à peu près une cicatrice en cuvette ?
scar-types-q-boxcar-size-a = Environ 1,5 à 4 mm
scar-types-q-boxcar-size-b = Plus de 2 cm
scar-types-q-boxcar-size-c = Plus fine qu’un cheveu
scar-types-q-boxcar-size-why = Les cicatrices en cuvette font en général environ 1,5 à 4 mm de large.

scar-types-q-one-scale = Tous les médecins utilisent la même échelle pour donner un grade aux cicatrices d’acné.
scar-types-q-one-scale-why = Faux. Il existe plusieurs échelles, et aucune n’est meilleure que toutes les autres.

scar-types-q-common = Dans une étude américaine sur 1 972 personnes ayant de l’acné et venues voir un dermatologue, combien avaient des cicatrices d’acné ?
scar-types-q-common-a = Environ 43 sur 100
scar-types-q-common-b = Environ 4 sur 100
scar-types-q-common-c = Toutes
scar-types-q-common-why = 43 sur 100 avaient des cicatrices. La plupart d’entre elles n’avaient qu’une acné légère ou moyenne.

scar-types-q-dented = Lesquelles de ces cicatrices sont en creux ? Choisissez toutes les bonnes réponses.
scar-types-q-dented-icepick = Les cicatrices en pic à glace
scar-types-q-dented-boxcar = Les cicatrices en cuvette
scar-types-q-dented-rolling = Les cicatrices ondulées
scar-types-q-dented-keloid = Les chéloïdes
scar-types-q-dented-hypertrophic = Les cicatrices hypertrophiques
scar-types-q-dented-why = Les cicatrices en pic à glace, en cuvette et ondulées sont les trois sortes principales de cicatrices en creux. Les chéloïdes et les cicatrices hypertrophiques sont en relief.

scar-types-q-tap-rolling = Touchez la cicatrice ondulée.
scar-types-q-tap-rolling-why = La cicatrice ondulée est le creux large et doux à droite, tiré vers le bas par des brides.

scar-types-q-tap-icepick = Touchez la cicatrice en pic à glace.
scar-types-q-tap-icepick-why = La cicatrice en pic à glace est le trou étroit et profond à gauche.

scar-types-q-widths = Mettez ces cicatrices dans l’ordre, de la plus étroite à la plus large.
scar-types-q-widths-icepick = En pic à glace : moins de 2 mm environ
scar-types-q-widths-boxcar = En cuvette : environ 1,5 à 4 mm
scar-types-q-widths-rolling = Ondulée : plus de 4 à 5 mm environ
scar-types-q-widths-why = Les cicatrices en pic à glace sont les plus étroites, les cicatrices en cuvette sont au milieu, et les cicatrices ondulées sont les plus larges.
