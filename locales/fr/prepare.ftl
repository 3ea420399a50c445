## Préparer la consultation : liste de questions, points « à dire à votre médecin », test du type de peau,
## choix des cicatrices et résumé. Faits tirés de shared/content/evidence-brief.md, sections 2, 4 à 8.

prep-card-title = Préparer votre visite
prep-card-about = Choisissez des questions à poser, notez ce qu’il faut dire à votre médecin, et faites un résumé d’une page. Il reste sur cet appareil.
prep-card-open = Préparer
prep-heading = Préparer votre visite
prep-intro = Une liste vous aide à poser les questions qui comptent pour vous. Choisissez les vôtres ici. Rien n’est envoyé nulle part.
prep-see-summary = Voir mon résumé

prep-questions-heading = Questions à poser
prep-questions-intro = Touchez les questions que vous voulez poser.
prep-theme-scars = Mes cicatrices
prep-q-scar-types = Quelles sortes de cicatrices ai-je ?
prep-q-which-help = Lesquelles de mes cicatrices ce traitement va-t-il le plus aider ?
prep-q-grade = Quel grade donneriez-vous à mes cicatrices ?
prep-theme-treatment = Le traitement
prep-q-why-pico = Pourquoi me proposez-vous un laser pico ?
prep-q-wavelength = Quel laser et quelle lentille allez-vous utiliser, et pourquoi ?
prep-q-combine = D’autres traitements aideraient-ils aussi, comme la subcision ou le TCA CROSS ?
prep-q-pain = Est-ce que ça fera mal ? Puis-je avoir une crème anesthésiante ?
prep-theme-results = Les résultats
prep-q-realistic = À quel point mes cicatrices peuvent-elles s’améliorer ? Qu’est-ce qui est réaliste pour moi ?
prep-q-when-see = Quand verrai-je un changement ?
prep-q-photos = Allez-vous prendre des photos pour comparer avant et après ?
prep-theme-risks = Les risques
prep-q-my-skin-risk = Quels sont les risques pour mon type de peau ?
prep-q-side-effects = Quels effets secondaires sont fréquents, et combien de temps durent-ils ?
prep-q-dark-marks = Comment réduire le risque de taches foncées ?
prep-theme-cost = Prix et séances
prep-q-sessions = Combien de séances me faudra-t-il, et à quel intervalle ?
prep-q-total-cost = Combien coûtera la série complète ?
prep-q-gap = Que se passe-t-il si je manque une séance ?
prep-theme-aftercare = Les soins après
prep-q-downtime = Combien de temps ma peau restera-t-elle rouge ?
prep-q-products = Quels produits dois-je utiliser ou arrêter, et pendant combien de temps ?
prep-q-call-when = Quand dois-je vous appeler après une séance ?
prep-own-heading = Mes propres questions
prep-own-hint = Écrivez une question
prep-own-add = Ajouter
prep-own-remove = Retirer
prep-custom-cut = { $chars ->
    [one] Votre question était longue, alors seul { $chars } caractère a été gardé.
   *[other] Votre question était longue, alors seuls les { $chars } premiers caractères ont été gardés.
}

prep-flags-heading = À dire à votre médecin
prep-flags-intro = Ces choses peuvent changer le plan. Répondez pour vous-même. Vos réponses vont seulement dans votre résumé.
prep-reply-yes = Oui
prep-reply-no = Non
prep-reply-not-sure = Je ne sais pas
prep-flag-isotretinoin = Prenez-vous de l’isotrétinoïne (comme Roaccutane ou Accutane), ou en avez-vous pris dans l’année passée ?
prep-flag-isotretinoin-why = Beaucoup de cabinets disent d’attendre 6 mois après. Un groupe d’experts n’a pas trouvé de bonne preuve qu’il faille attendre. Les médecins ne sont pas tous d’accord, alors dites-le à votre médecin.
prep-flag-light-sensitive = Prenez-vous un médicament, ou avez-vous un problème de santé, qui rend votre peau sensible à la lumière ?
prep-flag-light-sensitive-why = Les fiches des cabinets posent cette question avant un traitement au laser. Votre médecin peut vous dire ce que cela veut dire pour vous.
prep-flag-active-acne = Avez-vous des boutons ou une infection de la peau en ce moment ?
prep-flag-active-acne-why = Les médecins vérifient cela avant un laser. Cela peut changer le moment où le traitement commence.
prep-flag-cold-sores = Avez-vous des boutons de fièvre (herpès) ?
prep-flag-cold-sores-why = Votre médecin peut vous donner des comprimés pour aider à éviter un bouton de fièvre après le traitement.
prep-flag-pregnant = Êtes-vous enceinte ou allaitez-vous ?
prep-flag-pregnant-why = Les études n’ont pas inclus de femmes enceintes ou qui allaitaient, alors votre médecin doit le savoir.
prep-flag-keloids = Vous ou votre famille avez-vous des chéloïdes ou des cicatrices en relief ?
prep-flag-keloids-why = Une tendance aux cicatrices en relief compte avant tout traitement de la peau.
prep-flag-tan = Avez-vous bronzé dans les 2 dernières semaines environ, ou prévoyez-vous des vacances au soleil ?
prep-flag-tan-why = Un bronzage récent peut changer le plan. Votre médecin voudra peut-être attendre.
prep-flag-recent-procedure = Avez-vous eu un autre laser ou un peeling ces derniers mois ?
prep-flag-recent-procedure-why = Cela peut changer le plan, alors votre médecin doit le savoir.
prep-flag-skin-cancer = Avez-vous eu un cancer de la peau ?
prep-flag-skin-cancer-why = Votre médecin doit le savoir pour prévoir votre traitement en toute sécurité.
prep-flag-immune = Avez-vous un système immunitaire faible, ou prenez-vous un médicament qui l’affaiblit ?
prep-flag-immune-why = Votre médecin doit le savoir pour prévoir votre traitement en toute sécurité.

prep-skin-heading = Votre peau et le soleil
prep-skin-intro = Trois questions rapides sur la façon dont votre peau réagit au soleil. Ce n’est qu’un repère approximatif. Ce n’est pas un diagnostic.
prep-skin-q1 = Que se passe-t-il si vous restez une heure en plein soleil sans crème solaire ?
prep-skin-q1-a1 = Je brûle toujours, je ne bronze jamais
prep-skin-q1-a2 = Je brûle facilement, je bronze un peu
prep-skin-q1-a3 = Je brûle parfois, puis je bronze
prep-skin-q1-a4 = Je brûle rarement, je bronze facilement
prep-skin-q1-a5 = Je brûle très rarement
prep-skin-q1-a6 = Je ne brûle jamais
prep-skin-q2 = De quelle couleur est la peau à l’intérieur de votre bras ?
prep-skin-q2-a1 = Très claire
prep-skin-q2-a2 = Claire
prep-skin-q2-a3 = Brun clair
prep-skin-q2-a4 = Brun moyen
prep-skin-q2-a5 = Brun foncé
prep-skin-q2-a6 = Brun très foncé
prep-skin-q3 = À quoi ressemble votre peau après quelques semaines d’été ?
prep-skin-q3-a1 = Pas de bronzage, seulement des coups de soleil
prep-skin-q3-a2 = Un léger bronzage
prep-skin-q3-a3 = Un bronzage moyen
prep-skin-q3-a4 = Un bronzage foncé
prep-skin-q3-a5 = Un peu plus foncée
prep-skin-q3-a6 = À peu près pareille
prep-skin-result = Repère approximatif : type de peau { $type } sur 6
prep-skin-result-lighter = Les peaux claires ont tendance à brûler au soleil. Après un laser, la protection solaire compte quand même pour tout le monde.
prep-skin-result-darker = Les peaux foncées ont plus de risque de taches brunes après des lasers qui agissent par la chaleur. Dans les études, les lasers pico fractionnés ont causé beaucoup moins de taches brunes que les autres lasers fractionnés. Demandez à votre médecin quel est votre risque.
prep-skin-not-diagnosis = Ce n’est pas un diagnostic. Seul votre médecin peut dire votre type de peau.

prep-scars-heading = Quelles cicatrices ressemblent aux vôtres ?
prep-scars-intro = Touchez les sortes qui ressemblent le plus à vos cicatrices. Vous pouvez en choisir plusieurs. Les taches de couleur plates sont à part, car ce ne sont pas des cicatrices.
prep-scars-group-scars = Cicatrices (creux ou bosses)
prep-scars-group-marks = Taches de couleur (pas des cicatrices)
prep-scars-marks-note = Des taches plates, rouges ou brunes, laissées par un bouton. La peau reste lisse. Beaucoup de médecins disent que ce ne sont pas de vraies cicatrices, mais une échelle les compte comme la forme la plus légère. Si vous en avez, vous pouvez aussi les noter pour votre médecin.
prep-mark-red = Taches rouges
prep-mark-brown = Taches brunes

prep-summary-title = Mon résumé pour la consultation
prep-summary-intro = Fait avec Scarwise sur cet appareil. Montrez-le à votre médecin.
prep-summary-questions = Mes questions
prep-summary-no-questions = Je n’ai pas encore choisi de questions.
prep-summary-flags = À dire à mon médecin
prep-summary-no-flags = Rien de coché.
prep-summary-scars = Cicatrices qui ressemblent aux miennes
prep-summary-marks = Taches de couleur (pas des cicatrices) que j’ai aussi
prep-summary-skin = Ma peau et le soleil
prep-summary-learnt = Ce que j’ai appris
prep-summary-unclear = Sujets encore flous pour moi
prep-summary-none = Pas rempli.
prep-summary-footer = Scarwise explique ; il ne pose pas de diagnostic. Les conseils de votre médecin passent en premier.
prep-edit = ← Modifier mes réponses
prep-save-pdf = Enregistrer en PDF
prep-pick-questions = Choisir des questions
prep-export-saved = Votre résumé a été enregistré ici : { $path }
prep-export-failed = Votre résumé n’a pas pu être enregistré : { $reason }
prep-export-no-folder = il n’y a pas de dossier où l’enregistrer

## Emporter le résumé sur son téléphone : le code QR, et un résumé ouvert depuis un code.
prep-share-heading = Emportez-le sur votre téléphone
prep-share-link-body = Visez le code avec l’appareil photo de votre téléphone. Votre résumé s’ouvre sur votre téléphone. Il voyage dans le code et n’est pas envoyé à la clinique.
prep-share-text-body = Visez le code avec l’appareil photo de votre téléphone pour voir ce résumé en texte. Copiez-le dans une note pour le garder.
prep-share-left-out = Trop long pour un seul code, une partie de ceci a donc été laissée de côté : { $parts }
prep-share-code-name = Code QR avec votre résumé, pour l’appareil photo de votre téléphone
prep-received-note = Ce résumé vient d’un code. Il n’est pas enregistré ici : enregistrez-le en PDF pour le garder.
prep-received-broken = Ce lien de résumé n’a pas pu être ouvert. Il est peut-être coupé. Demandez un nouveau code.
