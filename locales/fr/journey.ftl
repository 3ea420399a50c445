## Les cinq modules du parcours.

module-scar-types-title = Les types de cicatrices
module-scar-types-summary = Découvrez les sortes de cicatrices d’acné et ce qui rend chacune différente.
module-how-pico-works-title = Comment agissent les lasers pico
module-how-pico-works-summary = Voyez comment des éclairs de lumière laser très courts aident la peau à se reconstruire sur des semaines ou des mois.
module-downtime-title = La récupération : à quoi s’attendre
module-downtime-summary = À quoi votre peau peut ressembler, et ce que vous pouvez sentir, dans les jours après une séance.
module-aftercare-title = Prendre soin de votre peau après
module-aftercare-summary = Les conseils habituels des cabinets pour prendre soin de votre peau pendant qu’elle guérit.
module-consultation-title = Préparer votre consultation
module-consultation-summary = Les questions à poser et ce qu’il faut dire à votre médecin.

## Le parcours express (environ 90 secondes) : un point clé par module.
module-scar-types-key = Il y a trois sortes principales de cicatrices en creux : les cicatrices en pic à glace, étroites et profondes ; les cicatrices en cuvette, aux bords nets ; et les cicatrices ondulées, larges et douces. Les cicatrices en relief sont encore autre chose. Les taches plates rouges ou brunes ne changent que la couleur : beaucoup de médecins disent que ce ne sont pas de vraies cicatrices.
module-how-pico-works-key = Un laser pico envoie des éclairs très courts. Ils cassent de toutes petites cibles en chauffant peu. Une lentille spéciale divise le faisceau en tout petits faisceaux qui aident la peau à se reconstruire sur des semaines ou des mois. Les résultats viennent au fil de plusieurs séances, et les cicatrices s’améliorent souvent seulement en partie.
module-downtime-key = Rougeur, léger gonflement et petits points rouges sont normaux pendant quelques heures à quelques jours. Appelez le cabinet en cas de cloques, de croûtes qui s’étendent, de signes d’infection, de bouton de fièvre ou de taches foncées.
module-aftercare-key = Conseils habituels, que votre cabinet peut changer : mettez chaque jour une crème solaire à large spectre (SPF 30 ou plus), lavez doucement et utilisez une crème hydratante simple. Évitez gommages, acides et rétinoïdes jusqu’à ce que le cabinet vous dise que c’est bon, et ne grattez pas.
module-consultation-key = Apportez vos questions, et parlez à votre médecin de vos médicaments, boutons de fièvre, chéloïdes, d’un bronzage récent ou d’une grossesse. Les médecins ne sont pas tous d’accord sur certains points : demandez au vôtre.
express-open = Peu de temps ? La version en 90 secondes
express-heading = La version en 90 secondes
express-intro = Cinq points clés, puis cinq questions rapides.
express-start-quiz = Essayer 5 questions
